package org.relactation.bot.telegram;

import org.relactation.bot.conversation.Inbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a Telegram update (a message, an edited message or a button press) into the core's {@link Inbound};
 * updates the bot has no use for give empty, and so do those without a chat or a sender (logged by id).
 */
final class UpdateTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateTranslator.class);
    private final Clock clock;

    UpdateTranslator(Clock clock) {
        this.clock = clock;
    }

    Optional<Inbound> translate(Update update) {
        if (update.hasMessage()) {
            return complete(update, update.getMessage().getChat(), update.getMessage().getFrom())
                    ? Optional.of(fromMessage(update.getUpdateId(), update.getMessage(), false)) : Optional.empty();
        }
        if (update.hasEditedMessage()) {
            return complete(update, update.getEditedMessage().getChat(), update.getEditedMessage().getFrom())
                    ? Optional.of(fromMessage(update.getUpdateId(), update.getEditedMessage(), true)) : Optional.empty();
        }
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            // A press on an inline message (sent via the bot in other chats) has none: the bot sends none such.
            return query.getMessage() != null
                    && complete(update, query.getMessage().getChat(), query.getFrom())
                    ? Optional.of(fromButton(update.getUpdateId(), query)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A message or press without its chat or its sender has nowhere to be answered: skipped, and said so. */
    private static boolean complete(Update update, Chat chat, User from) {
        if (chat != null && chat.getId() != null && from != null && from.getId() != null) {
            return true;
        }
        // The update id only: what the message says is health data.
        LOG.warn("Update {} has no {}; skipped", update.getUpdateId(), chat == null || chat.getId() == null
                ? "chat" : "sender");
        return false;
    }

    /** A message, or an edit of one (read for warning signs only, at the time of the edit). */
    private Inbound fromMessage(long updateId, Message message, boolean edited) {
        String text = message.hasText() ? message.getText() : null;
        Instant at = edited && message.getEditDate() != null ? Instant.ofEpochSecond(message.getEditDate())
                : message.getDate() != null ? Instant.ofEpochSecond(message.getDate()) : clock.instant();
        return new Inbound(updateId, message.getFrom().getId(), message.getChatId(), message.isUserMessage(), text,
                null, message.getFrom().getLanguageCode(), at, message.getCaption(), edited);
    }

    private Inbound fromButton(long updateId, CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        // A button press carries no date of its own: it happens now.
        return new Inbound(updateId, query.getFrom().getId(), message.getChatId(), message.isUserMessage(), null,
                new Inbound.ButtonPress(query.getData(), message.getMessageId(), query.getId()),
                query.getFrom().getLanguageCode(), clock.instant());
    }
}
