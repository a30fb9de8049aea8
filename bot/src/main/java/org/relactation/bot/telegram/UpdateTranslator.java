package org.relactation.bot.telegram;

import org.relactation.bot.conversation.Inbound;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a Telegram update (a message, an edited message or a button press) into the core's {@link Inbound};
 * updates the bot has no use for give empty.
 */
final class UpdateTranslator {
    private final Clock clock;

    UpdateTranslator(Clock clock) {
        this.clock = clock;
    }

    Optional<Inbound> translate(Update update) {
        if (update.hasMessage() && update.getMessage().getFrom() != null) {
            return Optional.of(fromMessage(update.getUpdateId(), update.getMessage(), false));
        }
        if (update.hasEditedMessage() && update.getEditedMessage().getFrom() != null) {
            return Optional.of(fromMessage(update.getUpdateId(), update.getEditedMessage(), true));
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return Optional.of(fromButton(update.getUpdateId(), update.getCallbackQuery()));
        }
        return Optional.empty();
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
