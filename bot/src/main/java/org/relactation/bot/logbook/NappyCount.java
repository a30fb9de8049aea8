package org.relactation.bot.logbook;

/**
 * Nappies of one kind.
 *
 * @param kind     WET or DIRTY; ANY when a plain "nappies" stands next to explicit wet or dirty ones and adds nothing
 * @param count    how many (1 when no number was given)
 * @param numbered whether the parent typed the number
 */
record NappyCount(NappyKind kind, double count, boolean numbered) {
}
