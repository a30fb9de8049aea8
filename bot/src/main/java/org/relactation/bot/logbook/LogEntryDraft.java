package org.relactation.bot.logbook;

import java.time.Instant;

/**
 * One entry read from a message, not yet stored: the caller adds the parent, the source and, for
 * {@link Method#DEFAULT}, the parent's usual method.
 *
 * @param method       how the session was done; null unless {@link EntryKind#SESSION}
 * @param side         which breast, or null when not said
 * @param minutes      session length, or null when not said
 * @param ml           volume expressed (session) or given (supplement; for a supplementer session, given through
 *                     it), rounded to whole ml, or null when not said
 * @param at           when it happened: the time the parent gave, or now
 * @param timeGiven    whether the parent gave a time ("at 14:30", "30 min ago") rather than logging it now
 * @param supplement   what was given; null unless {@link EntryKind#SUPPLEMENT}
 * @param wet          wet nappies, or null when not said; only for {@link EntryKind#NAPPIES}
 * @param dirty        dirty nappies, or null when not said; only for {@link EntryKind#NAPPIES}
 * @param note         the parent's other words as typed, trimmed, at most 200 characters, or null
 * @param leftMl       of {@code ml}, the left breast's when the parent said each side ("L 20 R 15 ml"), else null;
 *                     {@code leftMl + rightMl == ml}
 * @param rightMl      of {@code ml}, the right breast's, or null
 * @param leftMinutes  of {@code minutes}, the left breast's ("izq 10 der 12"), else null;
 *                     {@code leftMinutes + rightMinutes == minutes}
 * @param rightMinutes of {@code minutes}, the right breast's, or null
 * @param grams        the baby's weight, rounded to whole grams; only for {@link EntryKind#WEIGHT}
 * @param weightUnit   the unit the weight was given in; null without {@code grams}
 */
public record LogEntryDraft(EntryKind kind, Method method, Side side, Integer minutes, Integer ml, Instant at,
                            boolean timeGiven, Supplement supplement, Integer wet, Integer dirty, String note,
                            Integer leftMl, Integer rightMl, Integer leftMinutes, Integer rightMinutes,
                            Integer grams, WeightUnit weightUnit) {

    /** A draft that is not a weight. */
    public LogEntryDraft(EntryKind kind, Method method, Side side, Integer minutes, Integer ml, Instant at,
                         boolean timeGiven, Supplement supplement, Integer wet, Integer dirty, String note,
                         Integer leftMl, Integer rightMl, Integer leftMinutes, Integer rightMinutes) {
        this(kind, method, side, minutes, ml, at, timeGiven, supplement, wet, dirty, note, leftMl, rightMl,
                leftMinutes, rightMinutes, null, null);
    }

    /** A draft without amounts by side. */
    public LogEntryDraft(EntryKind kind, Method method, Side side, Integer minutes, Integer ml, Instant at,
                         boolean timeGiven, Supplement supplement, Integer wet, Integer dirty, String note) {
        this(kind, method, side, minutes, ml, at, timeGiven, supplement, wet, dirty, note, null, null, null, null);
    }

    /** This draft at {@code when}, a time the parent gave ("le di pecho a las 5 y luego 60 de fórmula"). */
    LogEntryDraft at(Instant when) {
        return new LogEntryDraft(kind, method, side, minutes, ml, when, true, supplement, wet, dirty, note, leftMl,
                rightMl, leftMinutes, rightMinutes, grams, weightUnit);
    }
}
