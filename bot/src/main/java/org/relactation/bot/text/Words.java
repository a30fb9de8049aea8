package org.relactation.bot.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the bot compares words a parent typed: lower case, no accents, no apostrophes ("Pañal" = "panal"). */
public final class Words {
    /** What separates words: compiled once, since every message is split many times. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {
    }

    /** {@code text} folded: lower case, accents and apostrophes gone ("Can't", "can’t" and "cant" are one word). */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || "'\u2019\u2018\u02BC`\u00B4".indexOf(c) >= 0) {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The folded words of {@code text}: runs of letters and digits, everything else a separator. */
    public static List<String> of(String text) {
        return Arrays.stream(SEPARATORS.split(fold(text))).filter(word -> !word.isEmpty()).toList();
    }
}
