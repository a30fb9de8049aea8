package org.relactation.bot.logbook;

/** Turns read amounts into the whole numbers an entry stores. */
final class Values {
    private Values() {
    }

    /** Rounded half up, and kept inside int range (a typed "99999999999 ml" is capped, never wrapped). */
    static int whole(double value) {
        double rounded = Math.floor(value + 0.5);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, rounded));
    }
}
