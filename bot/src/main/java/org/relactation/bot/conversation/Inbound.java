package org.relactation.bot.conversation;

import java.time.Instant;
import java.util.Locale;
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
 * @param caption      the caption of a photo or file, or null (the bot reads it for warning signs only)
 * @param edited       true when the person changed a message sent earlier: it is checked for warning signs, and
 *                     changes nothing stored
 */
public record Inbound(long updateId, long userId, long chatId, boolean privateChat, String text, ButtonPress button,
                      String languageCode, Instant at, String caption, boolean edited) {

    /** A new message or button press (no caption, not an edit). */
    public Inbound(long updateId, long userId, long chatId, boolean privateChat, String text, ButtonPress button,
                   String languageCode, Instant at) {
        this(updateId, userId, chatId, privateChat, text, button, languageCode, at, null, false);
    }

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

    /** What the person wrote, in a text or in a caption; null for a button press or a sticker. */
    public String written() {
        return text != null ? text : caption;
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
        return word.isEmpty() ? null : word.toLowerCase(Locale.ROOT);
    }
}
