package org.relactation.bot.guidance;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish verbs with their pronoun written on ("pesarlo", "sacarme", "bajarle", "dándole"): the pronoun is dropped,
 * so the verb is the one the cards use ("cada cuánto hay que pesarlo" finds "pesar"). Only an infinitive (at
 * least five letters with its "-ar", "-er", "-ir": "sacar", never "par" of "parte") or a gerund ("-ando",
 * "-iendo") loses its ending pronoun; words the stemmer must not touch stay as they are. Runs after lower case and
 * accent folding, before {@link SpanishSpellingFilter}.
 */
final class SpanishEncliticFilter extends TokenFilter {
    /** A verb form, then one pronoun (or two: "dármelo"). */
    private static final Pattern ENCLITIC = Pattern.compile(
            "(.{3,}(?:ar|er|ir)|.+(?:ando|iendo))((?:me|te|se|nos)?(?:lo|la|le|los|las|les)|me|te|se|nos)");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SpanishEncliticFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String verb = strip(term.toString());
            term.setEmpty().append(verb);
        }
        return true;
    }

    /** {@code word} without the pronoun written onto it, or as it is. */
    static String strip(String word) {
        Matcher matcher = ENCLITIC.matcher(word);
        return matcher.matches() ? matcher.group(1) : word;
    }
}
