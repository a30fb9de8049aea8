package org.relactation.bot.logbook;

import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.types.ObjectId;

import java.time.Instant;

/**
 * One logged thing, as stored: a session (pumping, hand expression, nursing, supplementer), a supplement given,
 * or a nappy count. Times are UTC instants; the parent's zone turns them into local days.
 *
 * @param source    where it came from ("u:<update id>", "q:<message id>:<button>"): unique per parent, so
 *                  the same update or button press never logs twice
 * @param minutes   session length, or null
 * @param ml        volume expressed (session) or given (supplement), in ml, or null
 * @param note      the parent's leftover words, or null
 */
public record Entry(@BsonId ObjectId id, long userId, String source, EntryKind kind, Method method, Side side,
                    Integer minutes, Integer ml, Instant at, Supplement supplement, Integer wet, Integer dirty,
                    String note, Instant createdAt) {

    public boolean isSession() {
        return kind == EntryKind.SESSION;
    }

    public Entry withAt(Instant newAt) {
        return new Entry(id, userId, source, kind, method, side, minutes, ml, newAt, supplement, wet, dirty, note,
                createdAt);
    }

    public Entry withMl(Integer newMl) {
        return new Entry(id, userId, source, kind, method, side, minutes, newMl, at, supplement, wet, dirty, note,
                createdAt);
    }
}
