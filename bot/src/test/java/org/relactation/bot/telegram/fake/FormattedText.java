package org.relactation.bot.telegram.fake;

import java.util.List;

/** A text as Telegram stores it: the plain characters, and the entities that format them. */
record FormattedText(String text, List<TextEntity> entities) {
    FormattedText {
        entities = entities.stream().sorted(TextEntity.ORDER).toList();
    }

    static FormattedText plain(String text) {
        return new FormattedText(text, List.of());
    }

    /**
     * Strips leading and trailing white space like Telegram does before storing a message, moving and cutting
     * the entities with it.
     */
    FormattedText trimmed() {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        if (start == 0 && end == text.length()) {
            return this;
        }
        int from = start;
        int to = end;
        List<TextEntity> kept = entities.stream()
                .map(entity -> {
                    int entityStart = Math.max(entity.offset(), from);
                    int entityEnd = Math.min(entity.offset() + entity.length(), to);
                    return entity.shifted(entityStart - from, entityEnd - entityStart);
                })
                .filter(entity -> entity.length() > 0)
                .toList();
        return new FormattedText(text.substring(start, end), kept);
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f';
    }
}
