package org.relactation.bot.logbook;

/**
 * Why a message that clearly is a log cannot be stored as it stands. Each comes with details (the offending
 * value) so the reply can say exactly what to fix; nothing is stored.
 */
public enum Rejection {
    /** A negative amount, count or time offset. Details: "minutes", "ml" or "nappies". */
    NEGATIVE,
    /** "0 min, 20 ml": milk without time. Details: "minutes" (0) and "ml". */
    ZERO_MINUTES_WITH_VOLUME,
    /** More than {@value LogLimits#MAX_ML} ml from one session or in one supplement. Details: "ml". */
    TOO_MUCH_VOLUME,
    /** A session over {@value LogLimits#MAX_MINUTES} minutes. Details: "minutes". */
    TOO_LONG,
    /** More than {@value LogLimits#MAX_NAPPIES} nappies at once. Details: "nappies". */
    TOO_MANY_NAPPIES,
    /** A time more than {@value LogLimits#FUTURE_TOLERANCE_MINUTES} minutes ahead. Details: "at" (Instant). */
    FUTURE,
    /** A time more than {@value LogLimits#MAX_DAYS_BACK} days back. Details: "days". */
    TOO_OLD,
    /** A duration word without a number we can read ("a few minutes"). Details: "text", as typed. */
    UNREADABLE_DURATION,
    /** A time we cannot place ("at 25:00", "yesterday" without a time). Details: "text", as typed. */
    UNREADABLE_TIME,
    /** Two kinds of entry in one message ("nursed, then 60 ml formula"). Details: "kinds" (List of EntryKind). */
    MIXED_KINDS,
    /**
     * "nursed x3", "pumped 3 times tonight": several sessions or feeds in one message without their times, a count
     * that disagrees with the times listed, or nappies at several times; their times, listed, log them all (see
     * {@link ParseResult.Several}). Details: "count".
     */
    SEVERAL,
    /** More than one weight in one message ("was 3.9, now 4.2 kg"). Details: "count". */
    SEVERAL_WEIGHTS,
    /**
     * A weight outside {@value LogLimits#MIN_GRAMS} to {@value LogLimits#MAX_GRAMS} grams: a typo or the wrong unit.
     * Details: "grams".
     */
    UNLIKELY_WEIGHT
}
