package org.relactation.bot.telegram.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Telegram's {@code parse_mode=HTML}: the tags and character references it supports, and its error messages
 * with byte offsets, following TDLib's parser (which the Bot API server uses).
 *
 * <p>Telegram shows a bare {@code &} that starts no known reference as it is; the fake does the same unless
 * {@code strictAmpersands} is on, which reports it like an unsupported tag so that tests catch unescaped user
 * text (a user's literal "&lt;" would otherwise turn into "<").
 */
final class HtmlParser {
    private static final Set<String> TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
            "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote");

    private record Open(String tag, String argument, int utf16Offset, int resultPosition) {
    }

    private record Reference(int codePoint, int end) {
    }

    private HtmlParser() {
    }

    static FormattedText parse(String html, boolean strictAmpersands) {
        Utf8Text text = new Utf8Text(html);
        Deque<Open> open = new ArrayDeque<>();
        List<TextEntity> entities = new ArrayList<>();
        int size = text.size();
        for (int i = 0; i < size; i++) {
            int c = text.at(i);
            if (c == '&') {
                Reference reference = reference(text, i);
                if (reference != null) {
                    text.appendCodePoint(reference.codePoint());
                    i = reference.end() - 1;
                    continue;
                }
                if (strictAmpersands) {
                    throw new EntityParseException("Unescaped \"&\" at byte offset " + i
                            + " (the fake's strict mode: Telegram would show it as it is; write &amp;)");
                }
            }
            if (c != '<') {
                text.copy(c);
                continue;
            }
            int begin = i++;
            if (text.at(i) != '/') {
                i = startTag(text, begin, i, open);
            } else {
                i = endTag(text, begin, i, open, entities);
            }
        }
        if (!open.isEmpty()) {
            throw new EntityParseException(
                    "Can't find end tag corresponding to start tag \"" + open.peek().tag() + "\"");
        }
        // A language on a code that no pre claimed is dropped, as TDLib does.
        List<TextEntity> finished = entities.stream()
                .map(entity -> entity.type().equals("code") ? new TextEntity("code", entity.offset(), entity.length())
                        : entity)
                .toList();
        return new FormattedText(text.result(), finished);
    }

    /** Reads a start tag from just after its "<"; returns the index of its closing ">". */
    private static int startTag(Utf8Text text, int begin, int i, Deque<Open> open) {
        while (!Utf8Text.isSpace(text.at(i)) && text.at(i) != '>') {
            i++;
        }
        if (text.at(i) == 0) {
            throw new EntityParseException("Unclosed start tag at byte offset " + begin);
        }
        String tag = text.slice(begin + 1, i).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(tag)) {
            throw new EntityParseException("Unsupported start tag \"" + tag + "\" at byte offset " + begin);
        }
        String argument = "";
        while (text.at(i) != '>') {
            while (text.at(i) != 0 && Utf8Text.isSpace(text.at(i))) {
                i++;
            }
            if (text.at(i) == '>') {
                break;
            }
            int nameBegin = i;
            while (!Utf8Text.isSpace(text.at(i)) && text.at(i) != '=' && text.at(i) != '>' && text.at(i) != '/'
                    && text.at(i) != '"' && text.at(i) != '\'') {
                i++;
            }
            String name = text.slice(nameBegin, i);
            if (name.isEmpty()) {
                throw new EntityParseException(
                        "Empty attribute name in the tag \"" + tag + "\" at byte offset " + begin);
            }
            while (text.at(i) != 0 && Utf8Text.isSpace(text.at(i))) {
                i++;
            }
            if (text.at(i) != '=') {
                if (text.at(i) == 0) {
                    throw new EntityParseException("Unclosed start tag \"" + tag + "\" at byte offset " + begin);
                }
                if (tag.equals("blockquote") && name.equals("expandable")) {
                    argument = "1";
                }
                continue;
            }
            i++;
            while (text.at(i) != 0 && Utf8Text.isSpace(text.at(i))) {
                i++;
            }
            if (text.at(i) == 0) {
                throw new EntityParseException("Unclosed start tag \"" + tag + "\" at byte offset " + begin);
            }
            StringBuilder value = new StringBuilder();
            if (text.at(i) != '\'' && text.at(i) != '"') {
                int tokenBegin = i;
                while (Utf8Text.isAlnum(text.at(i)) || text.at(i) == '.' || text.at(i) == '-') {
                    i++;
                }
                value.append(text.slice(tokenBegin, i).toLowerCase(Locale.ROOT));
                if (!Utf8Text.isSpace(text.at(i)) && text.at(i) != '>') {
                    throw new EntityParseException("Unexpected end of name token at byte offset " + tokenBegin);
                }
            } else {
                int quote = text.at(i++);
                int chunkBegin = i;
                while (text.at(i) != quote && text.at(i) != 0) {
                    if (text.at(i) == '&') {
                        Reference reference = reference(text, i);
                        if (reference != null) {
                            value.append(text.slice(chunkBegin, i)).appendCodePoint(reference.codePoint());
                            i = reference.end();
                            chunkBegin = i;
                            continue;
                        }
                    }
                    i++;
                }
                value.append(text.slice(chunkBegin, i));
                if (text.at(i) == quote) {
                    i++;
                }
            }
            if (text.at(i) == 0) {
                throw new EntityParseException("Unclosed start tag at byte offset " + begin);
            }
            argument = argumentOf(tag, name, value.toString(), argument);
        }
        if (tag.equals("span") && !argument.equals("spoiler")) {
            throw new EntityParseException("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + begin);
        }
        open.push(new Open(tag, argument, text.utf16Length(), text.resultSize()));
        return i;
    }

    private static String argumentOf(String tag, String attribute, String value, String current) {
        if (tag.equals("a") && attribute.equals("href")) {
            return value;
        }
        if (tag.equals("code") && attribute.equals("class") && value.startsWith("language-")) {
            return value.substring("language-".length());
        }
        if (tag.equals("span") && attribute.equals("class") && value.startsWith("tg-")) {
            return value.substring("tg-".length());
        }
        if (tag.equals("tg-emoji") && attribute.equals("emoji-id")) {
            return value;
        }
        if (tag.equals("blockquote") && attribute.equals("expandable")) {
            return "1";
        }
        return current;
    }

    /** Reads an end tag from just after its "<"; returns the index of its closing ">". */
    private static int endTag(Utf8Text text, int begin, int i, Deque<Open> open, List<TextEntity> entities) {
        if (open.isEmpty()) {
            throw new EntityParseException("Unexpected end tag at byte offset " + begin);
        }
        while (!Utf8Text.isSpace(text.at(i)) && text.at(i) != '>') {
            i++;
        }
        String endTag = text.slice(begin + 2, i).toLowerCase(Locale.ROOT);
        while (Utf8Text.isSpace(text.at(i)) && text.at(i) != 0) {
            i++;
        }
        if (text.at(i) != '>') {
            throw new EntityParseException("Unclosed end tag at byte offset " + begin);
        }
        Open start = open.peek();
        if (!endTag.isEmpty() && !endTag.equals(start.tag())) {
            throw new EntityParseException("Unmatched end tag at byte offset " + begin + ", expected \"</"
                    + start.tag() + ">\", found \"</" + endTag + ">\"");
        }
        int length = text.utf16Length() - start.utf16Offset();
        if (length > 0) {
            addEntity(text, start, length, entities);
        }
        open.pop();
        return i;
    }

    private static void addEntity(Utf8Text text, Open start, int length, List<TextEntity> entities) {
        int offset = start.utf16Offset();
        String argument = start.argument();
        switch (start.tag()) {
            case "i", "em" -> entities.add(new TextEntity("italic", offset, length));
            case "b", "strong" -> entities.add(new TextEntity("bold", offset, length));
            case "s", "strike", "del" -> entities.add(new TextEntity("strikethrough", offset, length));
            case "u", "ins" -> entities.add(new TextEntity("underline", offset, length));
            case "tg-spoiler", "span" -> entities.add(new TextEntity("spoiler", offset, length));
            case "blockquote" -> entities.add(new TextEntity(
                    argument.isEmpty() ? "blockquote" : "expandable_blockquote", offset, length));
            case "tg-emoji" -> {
                if (!argument.matches("[0-9]{1,19}") || argument.matches("0+")) {
                    throw new EntityParseException("Invalid custom emoji identifier specified");
                }
                entities.add(new TextEntity("custom_emoji", offset, length, argument));
            }
            case "a" -> {
                String url = argument.isEmpty() ? text.resultFrom(start.resultPosition()) : argument;
                String userId = Links.mentionedUserId(url);
                String checked = Links.checked(url);
                if (userId != null) {
                    entities.add(new TextEntity("text_mention", offset, length, userId));
                } else if (checked != null) {
                    entities.add(new TextEntity("text_link", offset, length, checked));
                }
            }
            case "pre" -> {
                TextEntity last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
                if (last != null && last.type().equals("code") && last.offset() == offset
                        && last.length() == length && !last.argument().isEmpty()) {
                    entities.set(entities.size() - 1, new TextEntity("pre", offset, length, last.argument()));
                } else {
                    entities.add(new TextEntity("pre", offset, length));
                }
            }
            case "code" -> {
                TextEntity last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
                if (last != null && last.type().equals("pre") && last.offset() == offset
                        && last.length() == length && !argument.isEmpty()) {
                    entities.set(entities.size() - 1, new TextEntity("pre", offset, length, argument));
                } else {
                    // The language stays until an enclosing pre may claim it; parse() drops the rest.
                    entities.add(new TextEntity("code", offset, length, argument));
                }
            }
            default -> throw new IllegalStateException(start.tag());
        }
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** TDLib's decode_html_entity: a named (lt, gt, amp, quot) or numeric reference at {@code i}, or null. */
    private static Reference reference(Utf8Text text, int i) {
        int end = i + 1;
        long codePoint = 0;
        if (text.at(i + 1) == '#') {
            end++;
            if (text.at(i + 2) == 'x') {
                end++;
                while (isHexDigit(text.at(end))) {
                    codePoint = codePoint * 16 + Character.digit(text.at(end++), 16);
                    if (codePoint > 0x10FFFF) {
                        codePoint = 0x110000;
                    }
                }
            } else {
                while (text.at(end) >= '0' && text.at(end) <= '9') {
                    codePoint = codePoint * 10 + text.at(end++) - '0';
                    if (codePoint > 0x10FFFF) {
                        codePoint = 0x110000;
                    }
                }
            }
            if (codePoint == 0 || codePoint >= 0x10FFFF || end - i >= 10) {
                return null;
            }
        } else {
            while ((text.at(end) >= 'a' && text.at(end) <= 'z') || (text.at(end) >= 'A' && text.at(end) <= 'Z')) {
                end++;
            }
            switch (text.slice(i + 1, end)) {
                case "lt" -> codePoint = '<';
                case "gt" -> codePoint = '>';
                case "amp" -> codePoint = '&';
                case "quot" -> codePoint = '"';
                default -> {
                    return null;
                }
            }
        }
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            throw new EntityParseException("Text contains invalid Unicode characters after decoding HTML entities, "
                    + "check for unmatched surrogate code units");
        }
        return new Reference((int) codePoint, text.at(end) == ';' ? end + 1 : end);
    }
}
