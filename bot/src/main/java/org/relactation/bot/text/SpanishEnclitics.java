package org.relactation.bot.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish verbs with their pronoun written on ("pesarlo", "calmarse", "bajarle", "dándole"): without it, the verb is
 * the one a word list holds ("para calmarse" and "para calmarlo" are both "para calmar"). Only an infinitive (at
 * least five letters with its "-ar", "-er", "-ir": "sacar", never "par" of "parte") or a gerund ("-ando", "-iendo")
 * loses its ending pronoun. Words are expected in lower case with their accents folded ({@link Words#fold}).
 */
public final class SpanishEnclitics {
    /** One pronoun written onto a verb, or two ("dármelo"). */
    private static final String PRONOUNS = "(?:me|te|se|nos)?(?:lo|la|le|los|las|les)|me|te|se|nos";
    /** A verb form, then its pronouns. */
    private static final Pattern ENCLITIC = Pattern.compile("(.{3,}(?:ar|er|ir)|.+(?:ando|iendo))(" + PRONOUNS + ")");
    private static final Pattern PRONOUNS_ONLY = Pattern.compile(PRONOUNS);

    private SpanishEnclitics() {
    }

    /**
     * Whether {@code word} is {@code verb} with a pronoun written on: an imperative said to the bot ("bórrame",
     * "quítalo", "cancélalo" are "borra", "quita", "cancela"), which {@link #strip} leaves as it is.
     */
    public static boolean carries(String word, String verb) {
        return word.length() > verb.length() && word.startsWith(verb)
                && PRONOUNS_ONLY.matcher(word.substring(verb.length())).matches();
    }

    /** {@code word} without the pronoun written onto it, or as it is. */
    public static String strip(String word) {
        Matcher matcher = ENCLITIC.matcher(word);
        return matcher.matches() ? matcher.group(1) : word;
    }
}
