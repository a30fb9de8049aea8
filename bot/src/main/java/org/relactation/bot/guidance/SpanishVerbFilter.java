package org.relactation.bot.guidance;

import org.apache.lucene.analysis.TokenStream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish verbs by their root: the infinitive ("frustrar", "descansar"), the "-ado"/"-ada" participle
 * ("frustrada") and the gerund ("descansando") of a verb are one word to the search, as a parent writes "cómo hago
 * para no frustrarme" where a card says "frustrada". The light Spanish stemmer only takes plurals and gender off, so
 * without this they were different words. A root shorter than four letters ("sacar", "mamar", "nada", "cada") is
 * kept whole: "mam" would be "mamá". "-ido"/"-ida" participles stay too: "dormido" (asleep) is not "dormir" (to
 * sleep) to a parent. A noun of the same shape ("lugar") loses its ending the same way wherever it is written, so
 * it still finds itself. Runs after {@link SpanishEncliticFilter} and {@link SpanishDiminutiveFilter}, before
 * {@link SpanishSpellingFilter}; words the stemmer must not touch stay as they are.
 */
final class SpanishVerbFilter extends WordRewriteFilter {
    private static final Pattern VERB = Pattern.compile("(.{4,}?)(?:ar|er|ir|ad[oa]s?|ando|iendo)");

    SpanishVerbFilter(TokenStream input) {
        super(input);
    }

    @Override
    String rewrite(String word) {
        return root(word);
    }

    /** The root of a verb form, or {@code word} as it is. */
    static String root(String word) {
        Matcher matcher = VERB.matcher(word);
        return matcher.matches() ? matcher.group(1) : word;
    }
}
