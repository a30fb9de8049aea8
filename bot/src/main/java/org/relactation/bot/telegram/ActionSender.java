package org.relactation.bot.telegram;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

/**
 * Carries out actions through the Bot API, in order. Survives Telegram's transient faults: waits out a 429's
 * retry_after, retries 5xx and network errors with growing pauses; a blocked chat (403) or an edit that changes
 * nothing is not an error worth retrying. Logs method and error code only, never texts or chat contents.
 */
final class ActionSender implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(ActionSender.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(60);

    private final TelegramClient client;
    private final int retries;

    ActionSender(TelegramClient client, int retries) {
        this.client = client;
        this.retries = retries;
    }

    @Override
    public Delivery send(List<Action> actions) {
        for (Action action : actions) {
            Delivery delivery = sendWithRetries(action);
            if (delivery != Delivery.DELIVERED) {
                return delivery;
            }
        }
        return Delivery.DELIVERED;
    }

    private Delivery sendWithRetries(Action action) {
        String method = action.getClass().getSimpleName();
        for (int attempt = 0; ; attempt++) {
            try {
                execute(action);
                return Delivery.DELIVERED;
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (code != null && code == 400 && e.getApiResponse() != null
                        && e.getApiResponse().contains("message is not modified")) {
                    return Delivery.DELIVERED;
                }
                if (code != null && code == 403) {
                    LOG.info("{} refused with 403: the parent blocked the bot or left the chat", method);
                    return Delivery.BLOCKED;
                }
                boolean transientFault = code == null || code == 429 || code >= 500;
                if (!transientFault || attempt >= retries) {
                    LOG.error("{} failed with {} after {} attempt(s): {}", method, code, attempt + 1,
                            e.getApiResponse());
                    return Delivery.FAILED;
                }
                pause(code != null && code == 429 ? retryAfter(e) : backoff(attempt));
            } catch (TelegramApiException e) {
                if (attempt >= retries) {
                    LOG.error("{} failed after {} attempt(s): {}", method, attempt + 1, e.getClass().getName());
                    return Delivery.FAILED;
                }
                pause(backoff(attempt));
            }
        }
    }

    private void execute(Action action) throws TelegramApiException {
        switch (action) {
            case Action.Reply reply -> client.execute(SendMessage.builder()
                    .chatId(reply.chatId()).text(reply.text()).replyMarkup(markup(reply.keyboard())).build());
            case Action.Edit edit -> client.execute(EditMessageText.builder()
                    .chatId(edit.chatId()).messageId(edit.messageId()).text(edit.text())
                    .replyMarkup(markup(edit.keyboard())).build());
            case Action.Photo photo -> client.execute(SendPhoto.builder().chatId(photo.chatId())
                    .photo(new InputFile(new ByteArrayInputStream(photo.png()), photo.fileName()))
                    .caption(photo.caption()).build());
            case Action.Document document -> client.execute(SendDocument.builder().chatId(document.chatId())
                    .document(new InputFile(new ByteArrayInputStream(document.content()), document.fileName()))
                    .caption(document.caption()).build());
            case Action.AnswerButton answer -> client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(answer.callbackId()).text(answer.notice()).build());
        }
    }

    private static InlineKeyboardMarkup markup(Keyboard keyboard) {
        if (keyboard.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(ActionSender::button).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(Button button) {
        return InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build();
    }

    private static Duration retryAfter(TelegramApiRequestException e) {
        Integer seconds = e.getParameters() != null ? e.getParameters().getRetryAfter() : null;
        Duration wait = Duration.ofSeconds(seconds != null && seconds > 0 ? seconds : 1);
        return wait.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : wait;
    }

    private static Duration backoff(int attempt) {
        Duration wait = Duration.ofMillis(250L << Math.min(attempt, 8));
        return wait.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : wait;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
