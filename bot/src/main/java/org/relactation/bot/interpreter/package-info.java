/**
 * Reading a parent's message before any handler answers it ({@link org.relactation.bot.interpreter.Interpreter}):
 * where one thing said ends and the next begins, and what each part is (a log, a question, a feeling, small talk,
 * a command word, or a log and a question alike, which {@link org.relactation.bot.interpreter.LogOrQuestion} asks
 * about with two buttons). The words are in content/LANG/interpreter.yaml. Depends on {@code content},
 * {@code conversation} (MessageParts, Turn, Action), {@code logbook} (the log parser), {@code guidance} (the
 * question matcher), {@code smalltalk} (its words), {@code storage} (the kept message) and {@code text}.
 */
package org.relactation.bot.interpreter;
