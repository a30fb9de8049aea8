package org.relactation.bot.encouragement;

import org.relactation.bot.content.Texts;

import java.time.LocalDate;

/**
 * Several wordings of one message, keyed {@code family.1}, {@code family.2}, ... in content/. The pick moves on by
 * one each local day (offset per parent), so with two or more variants nobody reads the same sentence on two days
 * in a row, and a test can tell which one a day gets.
 */
public final class Variants {
    private Variants() {
    }

    /** The key of the variant of {@code family} for {@code day}. */
    public static String key(Texts texts, String family, LocalDate day, long userId) {
        return key(texts, family, day.toEpochDay() + userId);
    }

    /**
     * The key of the {@code turn}-th variant of {@code family}, counting round: turns one after the other go through
     * every variant there is (for a message sent several times a day, such as a reminder).
     */
    public static String key(Texts texts, String family, long turn) {
        int count = count(texts, family);
        if (count == 0) {
            throw new IllegalArgumentException("No variants '" + family + ".1' in language " + texts.language());
        }
        return family + "." + (Math.floorMod(turn, count) + 1);
    }

    /** How many variants {@code family} has: {@code family.1} up to the first missing number. */
    public static int count(Texts texts, String family) {
        int count = 0;
        while (texts.has(family + "." + (count + 1))) {
            count++;
        }
        return count;
    }
}
