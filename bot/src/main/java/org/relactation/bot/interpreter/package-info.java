/**
 * Reading a parent's message before any handler answers it: where one thing said ends and the next begins
 * ({@link org.relactation.bot.interpreter.Clauses}), and what each part is.
 */
package org.relactation.bot.interpreter;
