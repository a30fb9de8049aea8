package org.relactation.bot.logbook;

import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.types.ObjectId;

import java.time.Instant;

/**
 * One logged thing, as stored: a session (pumping, hand expression, nursing, supplementer), a supplement given,
 * a nappy count, or the baby's weight. Times are UTC instants; the parent's zone turns them into local days.
 *
 * @param source       where it came from ("u:<update id>", "q:<message id>:<button>"): unique per parent, so
 *                     the same update or button press never logs twice
 * @param minutes      session length, or null
 * @param ml           volume expressed (session) or given (supplement), in ml, or null
 * @param note         the parent's leftover words, or null
 * @param leftMl       of {@code ml}, what the left breast gave, when the parent said it side by side ("L 20 R 15
 *                     ml"); null otherwise. Set together with {@code rightMl}, and the two add up to {@code ml}
 * @param rightMl      of {@code ml}, what the right breast gave, or null
 * @param leftMinutes  of {@code minutes}, the time on the left breast ("izq 10 der 12"), or null; set together
 *                     with {@code rightMinutes}, and the two add up to {@code minutes}
 * @param rightMinutes of {@code minutes}, the time on the right breast, or null
 * @param grams        the baby's weight, only for {@link EntryKind#WEIGHT}; else null
 * @param weightUnit   the unit the weight was given in, to show it the same way; null with {@code grams}
 */
public record Entry(@BsonId ObjectId id, long userId, String source, EntryKind kind, Method method, Side side,
                    Integer minutes, Integer ml, Instant at, Supplement supplement, Integer wet, Integer dirty,
                    String note, Instant createdAt, Integer leftMl, Integer rightMl, Integer leftMinutes,
                    Integer rightMinutes, Integer grams, WeightUnit weightUnit) {

    /** An entry that is not a weight. */
    public Entry(ObjectId id, long userId, String source, EntryKind kind, Method method, Side side, Integer minutes,
                 Integer ml, Instant at, Supplement supplement, Integer wet, Integer dirty, String note,
                 Instant createdAt, Integer leftMl, Integer rightMl, Integer leftMinutes, Integer rightMinutes) {
        this(id, userId, source, kind, method, side, minutes, ml, at, supplement, wet, dirty, note, createdAt, leftMl,
                rightMl, leftMinutes, rightMinutes, null, null);
    }

    /** An entry without amounts by side. */
    public Entry(ObjectId id, long userId, String source, EntryKind kind, Method method, Side side, Integer minutes,
                 Integer ml, Instant at, Supplement supplement, Integer wet, Integer dirty, String note,
                 Instant createdAt) {
        this(id, userId, source, kind, method, side, minutes, ml, at, supplement, wet, dirty, note, createdAt, null,
                null, null, null, null, null);
    }

    public boolean isSession() {
        return kind == EntryKind.SESSION;
    }

    /** Whether the ml were said side by side. */
    public boolean mlBySide() {
        return leftMl != null && rightMl != null;
    }

    /** Whether the minutes were said side by side. */
    public boolean minutesBySide() {
        return leftMinutes != null && rightMinutes != null;
    }
}
