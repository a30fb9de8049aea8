package org.relactation.bot.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** How the bot compares words a parent typed: lower case, no accents, no apostrophes ("Pañal" = "panal"). */
public final class Words {
    /** Apostrophes of every kind: dropped, so that "can't" and "cant" are one word. */
    private static final String APOSTROPHES = "'\u2019\u2018\u02BC`\u00B4";

    private Words() {
    }

    /**
     * {@code text} folded: lower case, accents and apostrophes gone ("Can't", "can’t" and "cant" are one word).
     * Plain ASCII, what most messages and every word list mostly are, is folded without the Unicode decomposition
     * (it decomposes to itself), and returned as it is when it has nothing to fold; the answer is the same.
     */
    public static String fold(String text) {
        int length = text.length();
        boolean changes = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return foldUnicode(text);
            }
            if ((c >= 'A' && c <= 'Z') || c == '\'' || c == '`') {
                changes = true;
            }
        }
        if (!changes) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '`') {
                continue;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    private static String foldUnicode(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || APOSTROPHES.indexOf(c) >= 0) {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The folded words of {@code text}: runs of letters and digits (Unicode letters and numbers, as the regular
     * expression {@code [\p{L}\p{N}]+} reads them), everything else a separator.
     */
    public static List<String> of(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        int length = folded.length();
        for (int i = 0; i < length; ) {
            int c = folded.codePointAt(i);
            boolean word = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                    : wordCharacter(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return Collections.unmodifiableList(words);
    }

    /** A letter or a number, as {@code \p{L}} and {@code \p{N}} read them. */
    private static boolean wordCharacter(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
