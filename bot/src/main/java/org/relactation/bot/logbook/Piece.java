package org.relactation.bot.logbook;

/**
 * A run of tokens that means one thing: a vocabulary phrase, a number, or an unknown word or symbol.
 *
 * @param start   where it starts in the original message (a char index)
 * @param end     where it ends (exclusive)
 * @param text    the normalized text of its tokens, space-joined: to tell "h" from "hour"
 * @param spaced  whether white space comes right before it
 * @param number  the value when {@code sense} is NUMBER, else null
 */
record Piece(Sense sense, Object value, int start, int end, String text, boolean spaced, Numeral number) {

    boolean is(Sense other) {
        return sense == other;
    }

    boolean isSymbol(String symbol) {
        return sense == Sense.SYMBOL && text.equals(symbol);
    }

    /** A number typed in digits, not written as a word ("un", "two"). */
    boolean typedDigits() {
        return sense == Sense.NUMBER && value == null;
    }

    double doubleValue() {
        return ((Number) value).doubleValue();
    }
}
