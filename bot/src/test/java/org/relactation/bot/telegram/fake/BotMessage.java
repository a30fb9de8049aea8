package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message the bot sent, as it currently stands in its chat (after every edit).
 *
 * @param chatId      the chat it is in
 * @param messageId   its id, counted per chat together with the user's messages
 * @param kind        text, photo or document
 * @param text        the text as the user sees it (markup parsed, trimmed); null for a photo or document
 * @param sentText    the text or caption exactly as the bot sent it, markup included
 * @param parseMode   the parse_mode of the last send or edit of the text or caption, or null
 * @param entities    the formatting entities of the text (or of the caption), as Telegram returns them
 * @param replyMarkup the reply_markup as sent (any kind), or null; an edit without one removed it
 * @param caption     the caption as the user sees it; null for a text message
 * @param file        the uploaded file of a photo or document, or null
 * @param date        epoch seconds when sent
 * @param editDate    epoch seconds of the last edit, or null
 */
public record BotMessage(long chatId, int messageId, Kind kind, String text, String sentText, String parseMode,
                         JsonNode entities, JsonNode replyMarkup, String caption, Attachment file, long date,
                         Long editDate) {
    /** What a message shows. */
    public enum Kind { TEXT, PHOTO, DOCUMENT }

    /**
     * The file of a photo or document message.
     *
     * @param fileId      the file_id Telegram returned (of the largest size, for a photo)
     * @param fileName    the filename of the upload
     * @param contentType the Content-Type of the uploaded part, as the client sent it
     * @param mimeType    the mime_type Telegram reports for a document (guessed from the name), or null
     * @param width       a photo's width in pixels, or null
     * @param height      a photo's height in pixels, or null
     */
    public record Attachment(String fileId, String fileName, String contentType, String mimeType, byte[] bytes,
                             Integer width, Integer height) {
        public Attachment {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** The text, or the caption of a photo or document. */
    public String visibleText() {
        return text != null ? text : caption;
    }

    /** The texts of the inline keyboard's buttons, row by row, left to right; empty without one. */
    public List<String> buttonTexts() {
        List<String> texts = new ArrayList<>();
        for (JsonNode row : inlineKeyboard()) {
            for (JsonNode button : row) {
                texts.add(button.path("text").asText());
            }
        }
        return texts;
    }

    /** The callback data of the first inline button with exactly this text. */
    public Optional<String> callbackDataOf(String buttonText) {
        for (JsonNode row : inlineKeyboard()) {
            for (JsonNode button : row) {
                if (button.path("text").asText().equals(buttonText) && button.has("callback_data")) {
                    return Optional.of(button.get("callback_data").asText());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether some inline button carries exactly this callback data. */
    public boolean hasCallbackData(String data) {
        for (JsonNode row : inlineKeyboard()) {
            for (JsonNode button : row) {
                if (button.has("callback_data") && button.get("callback_data").asText().equals(data)) {
                    return true;
                }
            }
        }
        return false;
    }

    private JsonNode inlineKeyboard() {
        return replyMarkup == null ? Json.array() : replyMarkup.path("inline_keyboard");
    }
}
