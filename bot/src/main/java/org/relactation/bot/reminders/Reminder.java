package org.relactation.bot.reminders;

import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * A parent's next reminder. One per parent, so reminders missed while the bot was down collapse into one.
 *
 * @param claimedBy    the bot instance sending it now, or null
 * @param claimedUntil until when that claim holds; an instance that died mid-send lets it expire, another takes over
 * @param pausedUntil  the end of a /pause, or null: nothing (a log, a plan change) brings the reminder before it
 */
public record Reminder(@BsonId long userId, Instant dueAt, String claimedBy, Instant claimedUntil,
                       Instant pausedUntil) {
}
