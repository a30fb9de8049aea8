package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * sendPhoto and sendDocument. A file comes as a multipart file part (named by the field itself, or by
 * {@code attach://<part>} in the field, which is how OkHttpTelegramClient sends it), or as the file_id of an
 * earlier upload. URLs cannot be fetched offline and fail as an unreachable URL does.
 */
final class MediaMethods {
    private static final Map<String, String> MIME_TYPES = Map.of("pdf", "application/pdf", "txt", "text/plain",
            "csv", "text/csv", "json", "application/json", "zip", "application/zip", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** Either a new upload or a file Telegram already has. */
    private record Input(UploadedFile upload, StoredFile existing) {
    }

    private final Backend backend;

    MediaMethods(Backend backend) {
        this.backend = backend;
    }

    void register(MethodTable table) {
        table.add("sendPhoto", this::sendPhoto).add("sendDocument", this::sendDocument);
    }

    private JsonNode sendPhoto(RequestParams params) {
        Input input = input(params, "photo");
        if (input.existing() != null && !input.existing().isPhoto()) {
            throw BotApiError.badRequest("wrong file identifier/HTTP URL specified");
        }
        Caption caption = Caption.read(params, backend.strictHtmlAmpersands());
        Optional<ReplyMarkup> markup = ReplyMarkup.parse(params);
        ReplyTarget reply = ReplyTarget.of(params);
        long chatId = backend.chats.requireChat(params);
        backend.requireNotBlocked(chatId);
        BufferedImage image = input.upload() == null ? null : decode(input.upload());
        if (image != null) {
            checkDimensions(image.getWidth(), image.getHeight());
        }
        FormattedText text = TextFormatter.finishCaption(caption.parsed());
        markup.ifPresent(ReplyMarkup::checkLimits);
        StoredFile file = image == null ? input.existing()
                : backend.files.addPhoto(input.upload(), image.getWidth(), image.getHeight());
        var content = new ChatStore.Content(BotMessage.Kind.PHOTO, null, text, caption.raw(), caption.parseMode(),
                markup.orElse(null), file);
        return backend.chats.addBotMessage(chatId, content, reply.messageId(), reply.allowWithoutReply(),
                backend.now());
    }

    private JsonNode sendDocument(RequestParams params) {
        Input input = input(params, "document");
        if (input.upload() != null && input.upload().size() == 0) {
            throw BotApiError.badRequest("file must be non-empty");
        }
        Caption caption = Caption.read(params, backend.strictHtmlAmpersands());
        Optional<ReplyMarkup> markup = ReplyMarkup.parse(params);
        ReplyTarget reply = ReplyTarget.of(params);
        long chatId = backend.chats.requireChat(params);
        backend.requireNotBlocked(chatId);
        FormattedText text = TextFormatter.finishCaption(caption.parsed());
        markup.ifPresent(ReplyMarkup::checkLimits);
        StoredFile file = input.existing() != null ? input.existing()
                : backend.files.addDocument(input.upload(), mimeType(input.upload().fileName()));
        var content = new ChatStore.Content(BotMessage.Kind.DOCUMENT, null, text, caption.raw(),
                caption.parseMode(), markup.orElse(null), file);
        return backend.chats.addBotMessage(chatId, content, reply.messageId(), reply.allowWithoutReply(),
                backend.now());
    }

    private Input input(RequestParams params, String field) {
        Optional<UploadedFile> direct = params.file(field);
        if (direct.isPresent()) {
            return new Input(direct.get(), null);
        }
        String value = params.string(field)
                .orElseThrow(() -> BotApiError.badRequest("there is no " + field + " in the request"));
        if (value.startsWith("attach://")) {
            return params.file(value.substring("attach://".length()))
                    .map(upload -> new Input(upload, null))
                    .orElseThrow(() -> BotApiError.badRequest("there is no " + field + " in the request"));
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            throw BotApiError.badRequest("failed to get HTTP URL content");
        }
        return backend.files.byId(value.trim())
                .map(file -> new Input(null, file))
                .orElseThrow(() -> BotApiError.badRequest("wrong file identifier/HTTP URL specified"));
    }

    /** Telegram recompresses photos; what it cannot decode it refuses. */
    private static BufferedImage decode(UploadedFile upload) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(upload.bytes()));
            if (image == null) {
                throw BotApiError.badRequest("IMAGE_PROCESS_FAILED");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BotApiError error) {
                throw error;
            }
            throw BotApiError.badRequest("IMAGE_PROCESS_FAILED");
        }
    }

    /** Telegram's photo limits: width plus height at most 10000, sides in a ratio of at most 20. */
    private static void checkDimensions(int width, int height) {
        double ratio = (double) Math.max(width, height) / Math.min(width, height);
        if (width + height > 10_000 || ratio > 20) {
            throw BotApiError.badRequest("PHOTO_INVALID_DIMENSIONS");
        }
    }

    /** Telegram guesses a document's mime_type from its name. */
    private static String mimeType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String known = MIME_TYPES.get(extension);
        if (known != null) {
            return known;
        }
        String guessed = URLConnection.guessContentTypeFromName(fileName);
        return guessed != null ? guessed : "application/octet-stream";
    }

    /** The caption parameters of a media send. */
    private record Caption(String raw, String parseMode, FormattedText parsed) {
        static Caption read(RequestParams params, boolean strictHtml) {
            String raw = params.string("caption").orElse("");
            Optional<String> parseMode = params.string("parse_mode");
            FormattedText parsed = TextFormatter.parse(raw, parseMode,
                    params.json("caption_entities", "can't parse entities JSON object"), strictHtml);
            return new Caption(raw, parseMode.orElse(null), parsed);
        }
    }
}
