package org.relactation.bot.safety;

import java.util.Locale;

/** How words are compared: lower case, accents and apostrophes gone ("Pañal" and "panal", "can't" and "cant"). */
final class Normalizer {
    private Normalizer() {
    }

    static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
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
}
