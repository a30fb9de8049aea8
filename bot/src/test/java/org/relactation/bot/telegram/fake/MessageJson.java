package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds Telegram's Message, User and Chat objects as the Bot API returns them. */
final class MessageJson {
    private MessageJson() {
    }

    static ObjectNode user(long id, String firstName, String languageCode) {
        ObjectNode user = Json.object();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", firstName);
        if (languageCode != null && !languageCode.isEmpty()) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    static ObjectNode privateChat(long userId, String firstName) {
        ObjectNode chat = Json.object();
        chat.put("id", userId);
        chat.put("first_name", firstName);
        chat.put("type", "private");
        return chat;
    }

    static ObjectNode groupChat(long chatId, String title) {
        ObjectNode chat = Json.object();
        chat.put("id", chatId);
        chat.put("title", title);
        chat.put("type", "group");
        return chat;
    }

    /** A bot message as the Bot API returns it from send and edit methods and inside callback queries. */
    static ObjectNode botMessage(ObjectNode chat, ChatStore.Message message, ObjectNode botUser,
                                 ChatStore.Message replyTo) {
        ObjectNode json = Json.object();
        json.put("message_id", message.id);
        json.set("from", botUser.deepCopy());
        json.set("chat", chat.deepCopy());
        json.put("date", message.date);
        if (message.editDate != null) {
            json.put("edit_date", message.editDate);
        }
        if (replyTo != null) {
            json.set("reply_to_message", replyTo.fromBot ? botMessage(chat, replyTo, botUser, null)
                    : replyTo.incoming.deepCopy());
        }
        switch (message.kind) {
            case TEXT -> {
                json.put("text", message.text.text());
                if (!message.text.entities().isEmpty()) {
                    json.set("entities", TextEntity.toJson(message.text.entities()));
                }
            }
            case PHOTO -> {
                json.set("photo", message.file.photoSizes().deepCopy());
                putCaption(json, message);
            }
            case DOCUMENT -> {
                ObjectNode document = json.putObject("document");
                document.put("file_id", message.file.fileId());
                document.put("file_unique_id", message.file.fileUniqueId());
                document.put("file_name", message.file.fileName());
                document.put("mime_type", message.file.mimeType());
                document.put("file_size", message.file.size());
                putCaption(json, message);
            }
        }
        // A Message carries only inline keyboards back; reply keyboards live in the client.
        if (message.markup != null && message.markup.inline()) {
            json.set("reply_markup", message.markup.json().deepCopy());
        }
        return json;
    }

    private static void putCaption(ObjectNode json, ChatStore.Message message) {
        if (message.caption != null && !message.caption.text().isEmpty()) {
            json.put("caption", message.caption.text());
            if (!message.caption.entities().isEmpty()) {
                json.set("caption_entities", TextEntity.toJson(message.caption.entities()));
            }
        }
    }
}
