package org.relactation.bot.guidance;

import java.util.Arrays;
import java.util.List;

/** The content loader allows only strings, so lists are written as one string: comma- or newline-separated. */
final class ContentLists {
    private ContentLists() {
    }

    /** "a, b , c" as [a, b, c]; blanks dropped. */
    static List<String> commaSeparated(String text) {
        return split(text, ",");
    }

    /** One item a line; blank lines dropped. */
    static List<String> lines(String text) {
        return split(text, "\\R");
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
