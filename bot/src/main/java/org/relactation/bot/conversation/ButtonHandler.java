package org.relactation.bot.conversation;

import java.util.List;

/**
 * Handles presses on buttons whose data starts with {@code prefix() + ":"}. The payload is everything after that
 * colon and must be treated as untrusted: it can be old, replayed or forged. The Router answers the press
 * (answerCallbackQuery) when the handler does not.
 */
public interface ButtonHandler {

    /** Short, unique: it costs bytes of the 64 Telegram allows for button data. */
    String prefix();

    List<Action> press(Turn turn, String payload);

    /** Builds button data for this handler. */
    default String data(String payload) {
        return prefix() + ":" + payload;
    }
}
