package org.relactation.bot.outbound;

import org.bson.codecs.pojo.annotations.BsonId;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;

import java.time.Instant;
import java.util.List;

/**
 * One message of the durable outbox, as stored: the action itself, whole, and who holds it. Texts, buttons and edits
 * are stored as they are; a picture or a file (a chart, the CSV and PDF of /export) as its bytes. The bytes, not a
 * way to make them again: the file is what the parent asked for at that moment, and making it again later (after
 * more logs, after /delete) would give another one or none. It is one write, and gone once Telegram took it.
 * Answers to button presses are not kept: after a crash Telegram no longer takes them, and its spinner stops by
 * itself.
 *
 * @param id           "chat:update:n", the n-th kept message of the answer to that update: the same answer kept twice
 *                     (a retry) is one document
 * @param userId       the parent whose update it answers
 * @param chatId       the chat, in a private chat the parent's user id
 * @param updateId     the update answered (Telegram's update ids grow: a chat's order is (updateId, index))
 * @param index        the message's place in the answer
 * @param claimedBy    the instance that sends it
 * @param claimedUntil when the claim runs out and another instance may send it
 * @param kind         reply, edit, photo or document
 * @param messageId    the message an edit changes
 * @param content      a picture's or a file's bytes
 */
public record OutboxMessage(@BsonId String id, long userId, long chatId, long updateId, int index, String claimedBy,
                            Instant claimedUntil, String kind, String text, List<List<Button>> keyboard,
                            Integer messageId, byte[] content, String fileName, String mimeType, String caption) {

    static final String REPLY = "reply";
    static final String EDIT = "edit";
    static final String PHOTO = "photo";
    static final String DOCUMENT = "document";

    public OutboxMessage {
        keyboard = keyboard == null ? List.of() : keyboard;
    }

    static String id(long chatId, long updateId, int index) {
        return chatId + ":" + updateId + ":" + index;
    }

    /** Whether an action is kept in the outbox: everything but the answer to a button press. */
    static boolean kept(Action action) {
        return !(action instanceof Action.AnswerButton);
    }

    /** The action as a document of the outbox, held by {@code claimant} until {@code until}. */
    static OutboxMessage of(Action action, long userId, long updateId, int index, String claimant, Instant until) {
        String id = id(action.chatId(), updateId, index);
        long chat = action.chatId();
        return switch (action) {
            case Action.Reply reply -> new OutboxMessage(id, userId, chat, updateId, index, claimant, until, REPLY,
                    reply.text(), reply.keyboard().rows(), null, null, null, null, null);
            case Action.Edit edit -> new OutboxMessage(id, userId, chat, updateId, index, claimant, until, EDIT,
                    edit.text(), edit.keyboard().rows(), edit.messageId(), null, null, null, null);
            case Action.Photo photo -> new OutboxMessage(id, userId, chat, updateId, index, claimant, until, PHOTO,
                    null, null, null, photo.png(), photo.fileName(), null, photo.caption());
            case Action.Document document -> new OutboxMessage(id, userId, chat, updateId, index, claimant, until,
                    DOCUMENT, null, null, null, document.content(), document.fileName(), document.mimeType(),
                    document.caption());
            case Action.AnswerButton answer -> throw new IllegalArgumentException("Button answers are not kept");
        };
    }

    /** The action to carry out again. */
    Action action() {
        return switch (kind) {
            case REPLY -> new Action.Reply(chatId, text, new Keyboard(keyboard));
            case EDIT -> new Action.Edit(chatId, messageId, text, new Keyboard(keyboard));
            case PHOTO -> new Action.Photo(chatId, content, fileName, caption);
            case DOCUMENT -> new Action.Document(chatId, content, fileName, mimeType, caption);
            default -> throw new IllegalStateException("Unknown kind of outbox message: " + kind);
        };
    }
}
