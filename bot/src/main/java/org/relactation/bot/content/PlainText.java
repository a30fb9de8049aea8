package org.relactation.bot.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Typed text reduced for comparing with words from content/: no accents, lower case, punctuation as spaces,
 * single spaces. "¿Qué hago?" and "que  hago" compare equal; so do "Fórmula" and "formula".
 */
public final class PlainText {
    private PlainText() {
    }

    public static String of(String text) {
        String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
