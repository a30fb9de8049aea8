package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Optional;

/**
 * Turns a text parameter into what Telegram stores, in Telegram's two steps: {@link #parse} reads the markup
 * (the Bot API server does this before it looks at the chat), then {@link #finishText} / {@link #finishCaption}
 * trim and measure the result (Telegram's servers do this afterwards).
 */
final class TextFormatter {
    static final int MAX_TEXT_LENGTH = 4096;
    static final int MAX_CAPTION_LENGTH = 1024;

    private TextFormatter() {
    }

    /**
     * Reads markup by parse mode (case-insensitive, as Telegram accepts "html"); with no parse mode, explicit
     * entities are taken instead, which Telegram ignores when a parse mode is given.
     */
    static FormattedText parse(String raw, Optional<String> parseMode, Optional<JsonNode> entities,
                               boolean strictHtmlAmpersands) {
        String mode = parseMode.map(value -> value.toLowerCase(Locale.ROOT)).orElse("");
        try {
            return switch (mode) {
                case "" -> entities.map(json -> new FormattedText(raw, TextEntity.fromJson(json, raw.length())))
                        .orElseGet(() -> FormattedText.plain(raw));
                case "html" -> HtmlParser.parse(raw, strictHtmlAmpersands);
                case "markdownv2" -> MarkdownV2Parser.parse(raw);
                case "markdown" -> MarkdownParser.parse(raw);
                default -> throw BotApiError.badRequest("unsupported parse_mode");
            };
        } catch (EntityParseException e) {
            throw BotApiError.badRequest("can't parse entities: " + e.getMessage());
        }
    }

    /** A message text as stored: trimmed, not empty, at most 4096 UTF-16 code units. */
    static FormattedText finishText(FormattedText parsed) {
        FormattedText trimmed = parsed.trimmed();
        if (trimmed.text().isEmpty()) {
            throw BotApiError.badRequest(parsed.text().isEmpty() ? "message text is empty" : "text must be non-empty");
        }
        if (trimmed.text().length() > MAX_TEXT_LENGTH) {
            throw BotApiError.badRequest("message is too long");
        }
        return trimmed;
    }

    /** A caption as stored: trimmed, at most 1024 UTF-16 code units; empty is allowed. */
    static FormattedText finishCaption(FormattedText parsed) {
        FormattedText trimmed = parsed.trimmed();
        if (trimmed.text().length() > MAX_CAPTION_LENGTH) {
            throw BotApiError.badRequest("message caption is too long");
        }
        return trimmed;
    }
}
