package org.relactation.bot.telegram;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonCheck;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.outbound.SendFault;
import org.relactation.bot.outbound.Transmitter;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Carries one action out through the Bot API, asynchronously, and says what a failure means for retrying: a 429
 * with its retry_after, a 5xx or network error (transient), a 403 (blocked), anything else (rejected). An edit
 * that changes nothing ("message is not modified") is a success. Fault descriptions hold the method and Telegram's
 * error text only, never what was sent. Once Telegram has taken a message with buttons, or an edit, the buttons the
 * message now carries are recorded ({@link ButtonCheck#shown}) before the send counts as done, so a press on them
 * finds them.
 */
final class TelegramTransmitter implements Transmitter {
    private final TelegramClient client;
    private final ButtonCheck buttons;

    TelegramTransmitter(TelegramClient client, ButtonCheck buttons) {
        this.client = client;
        this.buttons = buttons;
    }

    @Override
    public CompletableFuture<Void> transmit(Action action) {
        CompletableFuture<?> call;
        try {
            call = execute(action);
        } catch (TelegramApiException e) {
            RuntimeException fault = fault(action, e);
            return fault == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(fault);
        }
        return call.handle((result, error) -> {
            RuntimeException fault = error == null ? null : fault(action, error);
            if (fault != null) {
                throw fault;
            }
            if (error == null) {
                shown(action, result);
            }
            return null;
        });
    }

    /** The buttons a message carries now that Telegram took it (an edit "not modified" changed none). */
    private void shown(Action action, Object result) {
        if (action instanceof Action.Reply reply && !reply.keyboard().isEmpty() && result instanceof Message sent) {
            buttons.shown(reply.chatId(), sent.getMessageId(), reply.keyboard());
        } else if (action instanceof Action.Edit edit) {
            buttons.shown(edit.chatId(), edit.messageId(), edit.keyboard());
        }
    }

    private CompletableFuture<?> execute(Action action) throws TelegramApiException {
        return switch (action) {
            case Action.Reply reply -> client.executeAsync(SendMessage.builder()
                    .chatId(reply.chatId()).text(reply.text()).replyMarkup(markup(reply.keyboard())).build());
            case Action.Edit edit -> client.executeAsync(EditMessageText.builder()
                    .chatId(edit.chatId()).messageId(edit.messageId()).text(edit.text())
                    .replyMarkup(markup(edit.keyboard())).build());
            case Action.Photo photo -> client.executeAsync(SendPhoto.builder().chatId(photo.chatId())
                    .photo(new InputFile(new ByteArrayInputStream(photo.png()), photo.fileName()))
                    .caption(photo.caption()).build());
            case Action.Document document -> client.executeAsync(SendDocument.builder().chatId(document.chatId())
                    .document(new InputFile(new ByteArrayInputStream(document.content()), document.fileName()))
                    .caption(document.caption()).build());
            case Action.AnswerButton answer -> client.executeAsync(AnswerCallbackQuery.builder()
                    .callbackQueryId(answer.callbackId()).text(answer.notice()).build());
        };
    }

    /** What a failure means for retrying; null when it is no failure at all (an edit to the same text). */
    private static RuntimeException fault(Action action, Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime && !(cause instanceof CompletionException)
                && !(cause instanceof SendFault)) {
            // A bug on our side (a builder refusing a value): not worth retrying.
            return new SendFault(SendFault.Kind.REJECTED, null, method(action) + ": " + cause.getClass().getName());
        }
        if (cause instanceof TelegramApiRequestException request) {
            Integer code = request.getErrorCode();
            String response = String.valueOf(request.getApiResponse());
            if (code != null && code == 400 && response.contains("message is not modified")) {
                return null;
            }
            if (code != null && code == 403) {
                return new SendFault(SendFault.Kind.BLOCKED, null, method(action) + ": 403");
            }
            if (code != null && code == 429) {
                Integer seconds = request.getParameters() != null ? request.getParameters().getRetryAfter() : null;
                return new SendFault(SendFault.Kind.RATE_LIMITED, Duration.ofSeconds(seconds == null ? 1 : seconds),
                        method(action) + ": 429");
            }
            boolean transientFault = code == null || code >= 500;
            return new SendFault(transientFault ? SendFault.Kind.TRANSIENT : SendFault.Kind.REJECTED, null,
                    method(action) + ": " + code + " " + response);
        }
        if (cause instanceof TelegramApiValidationException) {
            // The library's own check of a request, before anything was sent.
            return new SendFault(SendFault.Kind.REJECTED, null, method(action) + ": " + cause.getMessage());
        }
        return new SendFault(SendFault.Kind.TRANSIENT, null, method(action) + ": " + cause.getClass().getSimpleName());
    }

    private static String method(Action action) {
        return action.getClass().getSimpleName();
    }

    private static InlineKeyboardMarkup markup(Keyboard keyboard) {
        if (keyboard.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(TelegramTransmitter::button).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(Button button) {
        return InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build();
    }
}
