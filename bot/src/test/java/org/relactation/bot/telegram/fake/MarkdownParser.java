package org.relactation.bot.telegram.fake;

import java.util.ArrayList;
import java.util.List;

/**
 * Telegram's legacy {@code parse_mode=Markdown}: {@code *bold*}, {@code _italic_}, {@code `code`},
 * {@code ```pre```} and {@code [text](url)}, without nesting; only those four characters can be escaped.
 */
final class MarkdownParser {
    private MarkdownParser() {
    }

    static FormattedText parse(String markdown) {
        Utf8Text text = new Utf8Text(markdown);
        List<TextEntity> entities = new ArrayList<>();
        int size = text.size();
        for (int i = 0; i < size; i++) {
            int c = text.at(i);
            if (c == '\\' && isMarker(text.at(i + 1))) {
                text.copy(text.at(++i));
                continue;
            }
            if (!isMarker(c)) {
                text.copy(c);
                continue;
            }
            int begin = i;
            int end = c == '[' ? ']' : c;
            i++;
            boolean pre = false;
            String language = "";
            if (c == '`' && text.at(i) == '`' && text.at(i + 1) == '`') {
                i += 2;
                pre = true;
                int languageEnd = i;
                while (!Utf8Text.isSpace(text.at(languageEnd)) && text.at(languageEnd) != '`') {
                    languageEnd++;
                }
                if (i != languageEnd && languageEnd < size && text.at(languageEnd) != '`') {
                    language = text.slice(i, languageEnd);
                    i = languageEnd;
                }
                if (text.at(i) == '\n' || text.at(i) == '\r') {
                    if ((text.at(i + 1) == '\n' || text.at(i + 1) == '\r') && text.at(i) != text.at(i + 1)) {
                        i += 2;
                    } else {
                        i++;
                    }
                }
            }
            int entityOffset = text.utf16Length();
            int resultStart = text.resultSize();
            while (i < size && (text.at(i) != end
                    || (pre && !(text.at(i + 1) == '`' && text.at(i + 2) == '`')))) {
                text.copy(text.at(i++));
            }
            if (i == size) {
                throw new EntityParseException("Can't find end of the entity starting at byte offset " + begin);
            }
            int length = text.utf16Length() - entityOffset;
            if (length > 0) {
                switch (c) {
                    case '_' -> entities.add(new TextEntity("italic", entityOffset, length));
                    case '*' -> entities.add(new TextEntity("bold", entityOffset, length));
                    case '[' -> {
                        String url;
                        if (text.at(i + 1) != '(') {
                            url = text.resultFrom(resultStart);
                        } else {
                            i += 2;
                            int urlBegin = i;
                            while (i < size && text.at(i) != ')') {
                                i++;
                            }
                            url = text.slice(urlBegin, i);
                        }
                        String checked = Links.checked(url);
                        if (checked != null) {
                            entities.add(new TextEntity("text_link", entityOffset, length, checked));
                        }
                    }
                    case '`' -> entities.add(pre ? new TextEntity("pre", entityOffset, length, language)
                            : new TextEntity("code", entityOffset, length));
                    default -> throw new IllegalStateException();
                }
            }
            if (pre) {
                i += 2;
            }
        }
        return new FormattedText(text.result(), entities);
    }

    private static boolean isMarker(int c) {
        return c == '_' || c == '*' || c == '`' || c == '[';
    }
}
