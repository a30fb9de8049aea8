package org.relactation.bot.telegram.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Telegram's {@code parse_mode=MarkdownV2}, following TDLib's parser: every character of
 * {@code _*[]()~`>#+-=|{}.!} must be escaped with a backslash unless it is formatting, and errors name the
 * entity and its byte offset exactly as Telegram does ("Can't find end of Bold entity at byte offset 0").
 */
final class MarkdownV2Parser {
    private static final String RESERVED = "_*[]()~`>#+-=|{}.!\n";

    /** TDLib's entity types: the name its errors print, and the Bot API type it becomes. */
    private enum Type {
        BOLD("Bold", "bold"), ITALIC("Italic", "italic"), UNDERLINE("Underline", "underline"),
        STRIKETHROUGH("Strikethrough", "strikethrough"), SPOILER("Spoiler", "spoiler"), CODE("Code", "code"),
        PRE("Pre", "pre"), PRE_CODE("PreCode", "pre"), TEXT_URL("TextUrl", "text_link"),
        CUSTOM_EMOJI("CustomEmoji", "custom_emoji"), BLOCK_QUOTE("BlockQuote", "blockquote"),
        EXPANDABLE_BLOCK_QUOTE("ExpandableBlockQuote", "expandable_blockquote");

        final String tdlibName;
        final String apiName;

        Type(String tdlibName, String apiName) {
            this.tdlibName = tdlibName;
            this.apiName = apiName;
        }
    }

    private record Open(Type type, String argument, int utf16Offset, int byteOffset, int resultPosition) {
    }

    private MarkdownV2Parser() {
    }

    static FormattedText parse(String markdown) {
        return new MarkdownV2Parser.Run(markdown).parse();
    }

    /** One parse: the cursor state TDLib keeps in locals. */
    private static final class Run {
        private final Utf8Text text;
        private final Deque<Open> open = new ArrayDeque<>();
        private final List<TextEntity> entities = new ArrayList<>();
        private boolean haveBlockquote;
        private boolean canStartBlockquote = true;
        private int i;

        Run(String markdown) {
            this.text = new Utf8Text(markdown);
        }

        FormattedText parse() {
            int size = text.size();
            for (i = 0; i < size; i++) {
                int c = text.at(i);
                if (c == '\\' && text.at(i + 1) > 0 && text.at(i + 1) <= 126) {
                    i++;
                    text.copy(text.at(i));
                    if (text.at(i) != '\r') {
                        canStartBlockquote = text.at(i) == '\n';
                    }
                    continue;
                }
                String reserved = !open.isEmpty() && isCode(open.peek().type()) ? "`" : RESERVED;
                if (c == 0 || reserved.indexOf(c) < 0) {
                    if ((c & 0xC0) != 0x80 && c != '\r') {
                        canStartBlockquote = false;
                    }
                    text.copy(c);
                    continue;
                }
                if (isEndOfEntity(c)) {
                    closeEntity(c);
                } else {
                    openEntity(c);
                }
            }
            finishBlockquote(size);
            if (!open.isEmpty()) {
                throw cantFindEnd(open.peek());
            }
            return new FormattedText(text.result(), entities);
        }

        private static boolean isCode(Type type) {
            return type == Type.CODE || type == Type.PRE || type == Type.PRE_CODE;
        }

        private boolean isEndOfEntity(int c) {
            if (open.isEmpty()) {
                return false;
            }
            if (haveBlockquote && c == '\n' && (i + 1 == text.size() || text.at(i + 1) != '>')) {
                return true;
            }
            return switch (open.peek().type()) {
                case BOLD -> c == '*';
                case ITALIC -> c == '_' && text.at(i + 1) != '_';
                case CODE -> c == '`';
                case PRE, PRE_CODE -> c == '`' && text.at(i + 1) == '`' && text.at(i + 2) == '`';
                case TEXT_URL, CUSTOM_EMOJI -> c == ']';
                case UNDERLINE -> c == '_' && text.at(i + 1) == '_';
                case STRIKETHROUGH -> c == '~';
                case SPOILER -> c == '|' && text.at(i + 1) == '|';
                case BLOCK_QUOTE, EXPANDABLE_BLOCK_QUOTE -> false;
            };
        }

        private void openEntity(int c) {
            int byteOffset = i;
            String argument = "";
            Type type;
            switch (c) {
                case '_' -> {
                    if (text.at(i + 1) == '_') {
                        type = Type.UNDERLINE;
                        i++;
                    } else {
                        type = Type.ITALIC;
                    }
                }
                case '*' -> type = Type.BOLD;
                case '~' -> type = Type.STRIKETHROUGH;
                case '|' -> {
                    if (text.at(i + 1) != '|') {
                        throw reserved(c);
                    }
                    i++;
                    type = Type.SPOILER;
                }
                case '[' -> type = Type.TEXT_URL;
                case '`' -> {
                    if (text.at(i + 1) == '`' && text.at(i + 2) == '`') {
                        i += 3;
                        type = Type.PRE;
                        int languageEnd = i;
                        while (!Utf8Text.isSpace(text.at(languageEnd)) && text.at(languageEnd) != '`') {
                            languageEnd++;
                        }
                        if (i != languageEnd && languageEnd < text.size() && text.at(languageEnd) != '`') {
                            type = Type.PRE_CODE;
                            argument = text.slice(i, languageEnd);
                            i = languageEnd;
                        }
                        // One line break right after the opening fence is not part of the text.
                        if (text.at(i) == '\n' || text.at(i) == '\r') {
                            if ((text.at(i + 1) == '\n' || text.at(i + 1) == '\r') && text.at(i) != text.at(i + 1)) {
                                i += 2;
                            } else {
                                i++;
                            }
                        }
                        i--;
                    } else {
                        type = Type.CODE;
                    }
                }
                case '!' -> {
                    if (text.at(i + 1) != '[') {
                        throw reserved(c);
                    }
                    i++;
                    type = Type.CUSTOM_EMOJI;
                }
                case '\n' -> {
                    text.copy('\n');
                    canStartBlockquote = true;
                    return;
                }
                case '>' -> {
                    if (!canStartBlockquote) {
                        throw reserved(c);
                    }
                    if (haveBlockquote) {
                        return;
                    }
                    type = Type.BLOCK_QUOTE;
                    haveBlockquote = true;
                }
                default -> throw reserved(c);
            }
            open.push(new Open(type, argument, text.utf16Length(), byteOffset, text.resultSize()));
        }

        private void closeEntity(int c) {
            Type type = open.peek().type();
            if (c == '\n' && type != Type.BLOCK_QUOTE) {
                // Only "||" right before the line break may end a quote, which makes it expandable.
                Open top = open.peek();
                boolean spoilerJustOpened = top.byteOffset() == i - 2
                        || (top.byteOffset() == i - 3 && text.resultSize() != 0 && text.lastResultByte() == '\r');
                if (type != Type.SPOILER || !spoilerJustOpened) {
                    throw cantFindEnd(top);
                }
                open.pop();
                if (open.peek().type() != Type.BLOCK_QUOTE) {
                    throw cantFindEnd(open.peek());
                }
                type = Type.EXPANDABLE_BLOCK_QUOTE;
            }
            Open start = open.peek();
            String argument = start.argument();
            String mentionedUserId = null;
            boolean skip = text.utf16Length() == start.utf16Offset();
            switch (type) {
                case UNDERLINE, SPOILER -> i++;
                case PRE, PRE_CODE -> i += 2;
                case TEXT_URL -> {
                    String url = text.at(i + 1) == '(' ? readUrl("Can't find end of a URL at byte offset ")
                            : text.resultFrom(start.resultPosition());
                    mentionedUserId = Links.mentionedUserId(url);
                    String checked = Links.checked(url);
                    if (mentionedUserId == null && checked == null) {
                        skip = true;
                    } else {
                        argument = checked;
                    }
                }
                case CUSTOM_EMOJI -> {
                    if (text.at(i + 1) != '(') {
                        throw new EntityParseException("Custom emoji entity must contain a tg://emoji URL");
                    }
                    String url = readUrl("Can't find end of a custom emoji URL at byte offset ");
                    argument = Links.customEmojiId(url);
                }
                case BLOCK_QUOTE, EXPANDABLE_BLOCK_QUOTE -> {
                    haveBlockquote = false;
                    text.copy(text.at(i));
                    canStartBlockquote = true;
                    skip = false;
                }
                default -> {
                }
            }
            if (!skip) {
                int length = text.utf16Length() - start.utf16Offset();
                if (mentionedUserId != null) {
                    entities.add(new TextEntity("text_mention", start.utf16Offset(), length, mentionedUserId));
                } else {
                    entities.add(new TextEntity(type.apiName, start.utf16Offset(), length,
                            type == Type.PRE || isPlain(type) ? "" : argument));
                }
            }
            open.pop();
        }

        private static boolean isPlain(Type type) {
            return type == Type.BOLD || type == Type.ITALIC || type == Type.UNDERLINE || type == Type.CODE
                    || type == Type.STRIKETHROUGH || type == Type.SPOILER || type == Type.BLOCK_QUOTE
                    || type == Type.EXPANDABLE_BLOCK_QUOTE;
        }

        /** Reads "(url)" after a "]" at {@code i}; leaves {@code i} on the ")". */
        private String readUrl(String unclosed) {
            i += 2;
            int urlBegin = i;
            StringBuilder url = new StringBuilder();
            int chunkBegin = i;
            while (i < text.size() && text.at(i) != ')') {
                if (text.at(i) == '\\' && text.at(i + 1) > 0 && text.at(i + 1) <= 126) {
                    url.append(text.slice(chunkBegin, i)).append((char) text.at(i + 1));
                    i += 2;
                    chunkBegin = i;
                    continue;
                }
                i++;
            }
            url.append(text.slice(chunkBegin, Math.min(i, text.size())));
            if (text.at(i) != ')') {
                throw new EntityParseException(unclosed + urlBegin);
            }
            return url.toString();
        }

        private void finishBlockquote(int size) {
            if (!haveBlockquote) {
                return;
            }
            Type type = Type.BLOCK_QUOTE;
            if (open.peek().type() == Type.SPOILER && open.peek().byteOffset() == size - 2) {
                open.pop();
                type = Type.EXPANDABLE_BLOCK_QUOTE;
            }
            if (open.peek().type() == Type.BLOCK_QUOTE) {
                haveBlockquote = false;
                Open start = open.pop();
                int length = text.utf16Length() - start.utf16Offset();
                if (length != 0) {
                    entities.add(new TextEntity(type.apiName, start.utf16Offset(), length));
                }
            }
        }

        private static EntityParseException cantFindEnd(Open entity) {
            return new EntityParseException("Can't find end of " + entity.type().tdlibName
                    + " entity at byte offset " + entity.byteOffset());
        }

        private static EntityParseException reserved(int c) {
            return new EntityParseException(
                    "Character '" + (char) c + "' is reserved and must be escaped with the preceding '\\'");
        }
    }
}
