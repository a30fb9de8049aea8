/**
 * Reading a parent's message before any handler answers it ({@link org.relactation.bot.interpreter.Interpreter}):
 * where one thing said ends and the next begins, and what each part is (a log, a question, a feeling, small talk,
 * a command word ({@link org.relactation.bot.interpreter.CommandWords}), or a log and a question alike, which
 * {@link org.relactation.bot.interpreter.LogOrQuestion} asks about with two buttons). The words are in
 * content/LANG/interpreter.yaml.
 *
 * <p>Depends on: content, conversation (MessageParts, Turn, Action), guidance (the question matcher), logbook (the
 * log parser), smalltalk (its words), parent (the kept message), text.
 */
package org.relactation.bot.interpreter;
