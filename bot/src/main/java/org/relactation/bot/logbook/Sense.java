package org.relactation.bot.logbook;

/** The role a word, phrase or number plays in a log. Vocabulary senses come from content/logwords.yaml. */
enum Sense {
    /** A number: typed digits or a number word. */
    NUMBER,
    /** A word the vocabulary does not know: material for the note. */
    WORD,
    /** A symbol the vocabulary does not know: punctuation, emoji. */
    SYMBOL,
    /** Value: true when it may be followed by a comment, false for an everyday word that logs only alone. */
    DONE,
    FILLER,
    /** "I", "she", "me": no meaning for a log, but part of the parent's sentence when it becomes a note. */
    PRONOUN,
    /** "but", "pero": ends the log and starts a comment, like a comma. */
    COMMENT_START,
    /** Makes the message a question when it comes first; an ordinary word anywhere else. */
    QUESTION,
    /**
     * "every", "times a day", "cada", "al día": the message tells a routine ("pumping 20 min every 3 hours", "8
     * times a day"), never one session: it is not a log.
     */
    ROUTINE,
    METHOD,
    SIDE,
    /** "each side", "cada lado": the amounts given were for each breast, so both sides and twice the amount. */
    PER_SIDE,
    /** "x3", "3 times", "3 veces": how many of what is logged, next to a number. */
    TIMES,
    /** "a few drops", "unas gotitas": what came out, too little to measure; a session, kept in its note. */
    DROPS,
    /** Value: minutes per unit. */
    DURATION_UNIT,
    /** Value: minutes. */
    FIXED_DURATION,
    /** "and a half" after hours. */
    HALF_MORE,
    /** Value: ml per unit. */
    VOLUME_UNIT,
    /** "nothing came out", "didn't measure", "ni idea": there is no amount to give; alone, no log. */
    NO_AMOUNT,
    /** "un lado", "del otro", "both breasts": says only where an amount came from ("10 de un lado y 12 del otro"). */
    SIDE_WORD,
    AGO,
    AGO_BEFORE,
    /** "just now", "recién": the session was now (a time said, zero minutes back). */
    JUST_NOW,
    TIME_PREFIX,
    /** Value: true for a marker that may follow a bare number ("2pm"), false for a part of the day. */
    AM,
    /** Like AM. */
    PM,
    /** Value: a LocalTime. */
    CLOCK_WORD,
    /** Value: a {@link DayWord}. */
    DAY,
    /** Value: a {@link Supplement}. */
    SUPPLEMENT_TYPE,
    SUPPLEMENT_GIVEN,
    /** Value: a {@link NappyKind}. */
    NAPPY,
    /** Value: grams per unit ("kg" 1000, "lb" 453.59237). */
    WEIGHT_UNIT,
    /** "weighed", "pesa", "báscula": a bare number next to it is the baby's weight. */
    WEIGHED;

    /** Carries no meaning for a log: skipped when looking for a neighbour, not the parent's own words. */
    boolean isFiller() {
        return isConnector() || this == PRONOUN;
    }

    /** Joins or punctuates: trimmed from a note's edges ("and felt relaxed." becomes "felt relaxed"). */
    boolean isConnector() {
        return this == FILLER || this == SYMBOL || this == TIME_PREFIX || this == COMMENT_START;
    }

    /** The parent's own words: they count toward "this is free text, not a log". */
    boolean isFreeText() {
        return this == WORD || this == QUESTION || this == ROUTINE;
    }
}
