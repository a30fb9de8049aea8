package org.relactation.bot.logbook;

/**
 * A number read at some piece, possibly a range or a sum: "15-20" is 17.5, the middle, since a parent who
 * estimates means about that much and the reply shows what was stored; "20+15" is 35.
 *
 * @param end the piece after the amount
 */
record Amount(double value, int end) {

    /** The amount starting at piece {@code i}, or null when there is no unclaimed number there. */
    static Amount at(Reading reading, int i) {
        if (!reading.freeNumber(i)) {
            return null;
        }
        double first = reading.pieces.get(i).number().value();
        Piece dash = reading.at(i + 1);
        if (dash == null || !reading.freeNumber(i + 2) || reading.pieces.get(i + 2).number().negative()) {
            return new Amount(first, i + 1);
        }
        double second = reading.pieces.get(i + 2).number().value();
        if (dash.isSymbol("-") || dash.isSymbol("\u2013")) {
            return new Amount((first + second) / 2, i + 3);
        }
        if (dash.isSymbol("+")) {
            return new Amount(first + second, i + 3);
        }
        return new Amount(first, i + 1);
    }
}
