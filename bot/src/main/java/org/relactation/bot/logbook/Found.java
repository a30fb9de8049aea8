package org.relactation.bot.logbook;

/**
 * Something a message says, and the pieces that say it: pieces {@code from} (inclusive) to {@code to}
 * (exclusive). The range lets the entry mark what it used, so whatever is left becomes the note.
 */
record Found<T>(T value, int from, int to) {
}
