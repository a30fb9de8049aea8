package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A file Telegram holds after an upload, reusable by its file_id.
 *
 * @param photoSizes for a photo, the PhotoSize array of its message (several sizes, largest last); else null
 */
record StoredFile(String fileId, String fileUniqueId, String fileName, String contentType, String mimeType,
                  byte[] bytes, Integer width, Integer height, ArrayNode photoSizes) {
    StoredFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    int size() {
        return bytes.length;
    }

    boolean isPhoto() {
        return photoSizes != null;
    }

    BotMessage.Attachment attachment() {
        return new BotMessage.Attachment(fileId, fileName, contentType, mimeType, bytes, width, height);
    }
}
