package org.relactation.bot.guidance;

import org.apache.lucene.analysis.TokenStream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish verbs with their pronoun written on ("pesarlo", "sacarme", "bajarle", "dándole"): the pronoun is dropped,
 * so the verb is the one the cards use ("cada cuánto hay que pesarlo" finds "pesar"). Only an infinitive (at
 * least five letters with its "-ar", "-er", "-ir": "sacar", never "par" of "parte") or a gerund ("-ando",
 * "-iendo") loses its ending pronoun; words the stemmer must not touch stay as they are. Runs after lower case and
 * accent folding, before {@link SpanishSpellingFilter}.
 */
final class SpanishEncliticFilter extends WordRewriteFilter {
    /** A verb form, then one pronoun (or two: "dármelo"). */
    private static final Pattern ENCLITIC = Pattern.compile(
            "(.{3,}(?:ar|er|ir)|.+(?:ando|iendo))((?:me|te|se|nos)?(?:lo|la|le|los|las|les)|me|te|se|nos)");

    SpanishEncliticFilter(TokenStream input) {
        super(input);
    }

    @Override
    String rewrite(String word) {
        return strip(word);
    }

    /** {@code word} without the pronoun written onto it, or as it is. */
    static String strip(String word) {
        Matcher matcher = ENCLITIC.matcher(word);
        return matcher.matches() ? matcher.group(1) : word;
    }
}
