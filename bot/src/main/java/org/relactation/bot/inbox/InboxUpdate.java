package org.relactation.bot.inbox;

import org.bson.codecs.pojo.annotations.BsonId;
import org.relactation.bot.conversation.Inbound;

import java.time.Instant;

/**
 * One update in the inbox, as stored: the {@link Inbound} it was read as (so the inbox knows no transport), and who
 * holds it.
 *
 * @param id           the update's id (Telegram's update_id): an update fetched twice is one document
 * @param claimedBy    the instance that handles it
 * @param claimedUntil when that claim runs out and another instance sharing the database may take it
 */
public record InboxUpdate(@BsonId long id, long userId, long chatId, boolean privateChat, String text,
                          String buttonData, Integer buttonMessageId, String callbackId, String languageCode,
                          Instant at, String caption, boolean edited, String claimedBy, Instant claimedUntil) {

    static InboxUpdate of(Inbound inbound, String claimant, Instant until) {
        Inbound.ButtonPress button = inbound.button();
        return new InboxUpdate(inbound.updateId(), inbound.userId(), inbound.chatId(), inbound.privateChat(),
                inbound.text(), button == null ? null : button.data(), button == null ? null : button.messageId(),
                button == null ? null : button.callbackId(), inbound.languageCode(), inbound.at(), inbound.caption(),
                inbound.edited(), claimant, until);
    }

    Inbound inbound() {
        Inbound.ButtonPress button = callbackId == null ? null
                : new Inbound.ButtonPress(buttonData, buttonMessageId == null ? 0 : buttonMessageId, callbackId);
        return new Inbound(id, userId, chatId, privateChat, text, button, languageCode, at, caption, edited);
    }
}
