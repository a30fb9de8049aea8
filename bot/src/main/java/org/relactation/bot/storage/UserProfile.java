package org.relactation.bot.storage;

import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * What the bot keeps about a parent: the minimum to answer them. No names, no phone numbers.
 *
 * @param userId    Telegram user id, the key of everything stored about this parent
 * @param chatId    the private chat to write to
 * @param language  the language the bot speaks with them
 * @param createdAt first contact
 * @param startedAt when they first sent /start, or null
 * @param lastSeenAt their latest message
 */
public record UserProfile(@BsonId long userId, long chatId, String language, Instant createdAt, Instant startedAt,
                          Instant lastSeenAt) {
}
