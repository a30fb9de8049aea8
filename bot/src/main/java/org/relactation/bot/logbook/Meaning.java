package org.relactation.bot.logbook;

/**
 * What a vocabulary phrase means.
 *
 * @param value depends on the sense: a Method, Side, Supplement, NappyKind, DayWord, LocalTime, or a Double
 *              (minutes, ml per unit, or a number word's value); null when the sense says it all
 */
record Meaning(Sense sense, Object value) {
}
