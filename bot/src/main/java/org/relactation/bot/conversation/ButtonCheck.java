package org.relactation.bot.conversation;

import org.relactation.bot.storage.KeyboardStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one check every button press passes before any handler sees it. Telegram does not check a callback's data
 * against the message it names, and a webhook request can be made up: so a press counts only when the message is
 * in the presser's own private chat and carries, as the bot itself recorded when it showed it (sent it, or edited
 * it), a button with exactly this data. A forged payload, a press on a message the parent never received, on a
 * message of another chat, or on a button that an edit has since replaced, is "expired" and changes nothing.
 * Transports tell it what they showed ({@link #shown}); what it did not record never counts.
 */
public final class ButtonCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ButtonCheck.class);

    private final KeyboardStore keyboards;

    public ButtonCheck(KeyboardStore keyboards) {
        this.keyboards = keyboards;
    }

    /** Only the chat is checked (the core alone, without a database: tests of the router). */
    public static ButtonCheck ownChatOnly() {
        return new ButtonCheck(null);
    }

    /**
     * A message now carries these buttons: it was sent with them, or edited (no buttons: it carries none now). A
     * failure to record is logged and otherwise ignored: the message was sent; its buttons will say "expired".
     */
    public void shown(long chatId, int messageId, Keyboard keyboard) {
        if (keyboards == null) {
            return;
        }
        try {
            keyboards.shown(chatId, messageId, keyboard.buttons().stream().map(Button::data).toList());
        } catch (RuntimeException e) {
            LOG.warn("The buttons of a message could not be recorded; pressing them will say expired: {}",
                    e.getClass().getName());
        }
    }

    /**
     * Whether a press that is not {@link #genuine} was on a button the message really carried before an edit took
     * it away: a second tap on a step already answered, answered kindly and changing nothing.
     */
    public boolean answeredBefore(Inbound press) {
        return keyboards != null && press.privateChat() && press.chatId() == press.userId()
                && keyboards.carried(press.chatId(), press.button().messageId(), press.button().data());
    }

    /** Whether the press may be handled: the presser's own private chat, on a message that carries this button. */
    public boolean genuine(Inbound press) {
        if (!press.privateChat() || press.chatId() != press.userId()) {
            return false;
        }
        return keyboards == null
                || keyboards.carries(press.chatId(), press.button().messageId(), press.button().data());
    }
}
