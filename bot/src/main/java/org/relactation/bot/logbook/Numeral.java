package org.relactation.bot.logbook;

/**
 * A number as typed. Runs of more than {@value #MAX_DIGITS} digits read as {@link #HUGE}: no real log has them,
 * and capping keeps every later sum far from overflow while the reply can still say "that is too much".
 *
 * @param value          the value, negative when typed with a minus, at most {@link #HUGE} in size
 * @param integerDigits  how many digits were typed before any decimal separator (thousands groups included)
 * @param fraction       the digits after a decimal separator, or "" (at most {@value #MAX_DIGITS} kept)
 */
record Numeral(double value, int integerDigits, String fraction) {
    static final int MAX_DIGITS = 9;
    static final double HUGE = 1_000_000_000d;

    /** A number word ("two", "quince"). */
    static Numeral ofWord(double value) {
        return new Numeral(value, String.valueOf((long) value).length(), "");
    }

    /** Digits as typed: "1500" and "" for "1,500", "0" and "5" for "0.5". */
    static Numeral of(String integerDigits, String fractionDigits, boolean negative) {
        String significant = stripLeadingZeros(integerDigits);
        String fraction = fractionDigits.length() > MAX_DIGITS ? fractionDigits.substring(0, MAX_DIGITS)
                : fractionDigits;
        double value;
        if (significant.length() > MAX_DIGITS) {
            value = HUGE;
        } else {
            value = significant.isEmpty() ? 0 : Long.parseLong(significant);
            if (!fraction.isEmpty()) {
                value += Long.parseLong(fraction) / Math.pow(10, fraction.length());
            }
        }
        return new Numeral(negative ? -value : value, integerDigits.length(), fraction);
    }

    boolean isWhole() {
        return fraction.isEmpty();
    }

    boolean negative() {
        return value < 0;
    }

    /** The whole part when this could be an hour or a minute on a clock (one or two digits), else -1. */
    int clockPart() {
        return isWhole() && !negative() && integerDigits <= 2 ? (int) value : -1;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
