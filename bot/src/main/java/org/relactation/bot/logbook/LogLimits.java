package org.relactation.bot.logbook;

/**
 * The bounds of a believable log. Values outside them are far more likely a typo ("900 ml" for "90 ml") than
 * a fact, and a typo stored silently would skew the parent's daily totals, so they are rejected with a reply.
 */
final class LogLimits {
    /** One session or one supplement: more than this is not one feed's worth. */
    static final int MAX_ML = 500;
    /** Three hours: longer is two sessions, or a typo. */
    static final int MAX_MINUTES = 180;
    /** Sessions or feeds logged from one message by their listed times ("at 1, 3 and 5"). */
    static final int MAX_AT_ONCE = 12;
    /** The lightest weight logged, in grams: a very premature baby's; less is a typo or the wrong unit. */
    static final int MIN_GRAMS = 400;
    /** The heaviest, in grams: a nursing toddler's; more is a typo, the wrong unit, or not the baby. */
    static final int MAX_GRAMS = 25_000;
    /** Nappies in one message. */
    static final int MAX_NAPPIES = 20;
    /** A clock a few minutes fast, or "at 10:30" typed at 10:28, is not the future. */
    static final int FUTURE_TOLERANCE_MINUTES = 5;
    /** A time later today, said without a day, is yesterday's when that was less than this many hours ago. */
    static final int YESTERDAY_WITHIN_HOURS = 12;
    /** Older than a week is history, not a log: it would change days already summed up. */
    static final int MAX_DAYS_BACK = 7;
    /** A log is a few words; a longer message is a story or a question for guidance. */
    static final int MAX_MESSAGE_CHARS = 400;
    /** Words beyond the log itself; more than this reads as free text that happens to contain a number. */
    static final int MAX_NOTE_WORDS = 25;
    /** The stored note is cut to this. */
    static final int MAX_NOTE_CHARS = 200;

    private LogLimits() {
    }
}
