package org.relactation.bot.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a person did, whatever the transport: sent a text, pressed a button, or sent something the bot
 * cannot read (a sticker, a photo).
 *
 * @param updateId     the transport's id for this event (Telegram update_id), for idempotency
 * @param userId       who acted (Telegram user id); every stored document is keyed by it
 * @param chatId       where to answer
 * @param privateChat  false for groups and channels, where the bot stores nothing
 * @param text         the message text, or null for a button press or a non-text message
 * @param button       the pressed button, or null
 * @param languageCode the person's Telegram language (e.g. "es-MX"), may be null
 * @param at           when it happened
 */
public record Inbound(long updateId, long userId, long chatId, boolean privateChat, String text, ButtonPress button,
                      String languageCode, Instant at) {

    /** A press on an inline button: the data it carried, the message it sits under, and the id to answer. */
    public record ButtonPress(String data, int messageId, String callbackId) {
        public ButtonPress {
            Objects.requireNonNull(callbackId, "callbackId");
            data = data == null ? "" : data;
        }
    }

    public Inbound {
        Objects.requireNonNull(at, "at");
    }

    public boolean isText() {
        return text != null;
    }

    public boolean isButton() {
        return button != null;
    }

    /** The command name if the text is a command ("/start@my_bot now" gives "start"), else null. */
    public String command() {
        if (text == null || !text.startsWith("/") || text.length() < 2) {
            return null;
        }
        String word = text.substring(1).split("[\\s@]", 2)[0];
        return word.isEmpty() ? null : word.toLowerCase(java.util.Locale.ROOT);
    }
}
