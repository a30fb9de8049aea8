package org.relactation.bot.logbook;

/**
 * One word, number or symbol of a message.
 *
 * @param text    lower case without accents or variation marks, for matching; for a number, its digits
 * @param start   where it starts in the original message (a char index)
 * @param end     where it ends (exclusive)
 * @param spaced  whether white space comes right before it: "20ml" is one amount, "14h30" one clock time
 * @param number  the value when this is a number, else null
 */
record Token(Type type, String text, int start, int end, boolean spaced, Numeral number) {
    enum Type { WORD, NUMBER, SYMBOL }
}
