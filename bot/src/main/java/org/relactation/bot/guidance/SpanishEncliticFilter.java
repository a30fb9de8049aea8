package org.relactation.bot.guidance;

import org.apache.lucene.analysis.TokenStream;
import org.relactation.bot.text.SpanishEnclitics;

/**
 * Spanish verbs with their pronoun written on ("pesarlo", "sacarme", "bajarle", "dándole"): the pronoun is dropped
 * ({@link SpanishEnclitics}), so the verb is the one the cards use ("cada cuánto hay que pesarlo" finds "pesar");
 * words the stemmer must not touch stay as they are. Runs after lower case and accent folding, before
 * {@link SpanishSpellingFilter}.
 */
final class SpanishEncliticFilter extends WordRewriteFilter {
    SpanishEncliticFilter(TokenStream input) {
        super(input);
    }

    @Override
    String rewrite(String word) {
        return strip(word);
    }

    /** {@code word} without the pronoun written onto it, or as it is. */
    static String strip(String word) {
        return SpanishEnclitics.strip(word);
    }
}
