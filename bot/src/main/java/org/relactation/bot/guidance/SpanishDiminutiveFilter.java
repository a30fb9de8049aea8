package org.relactation.bot.guidance;

import org.apache.lucene.analysis.TokenStream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish diminutives, which parents use all the time and the cards hardly ever ("una sondita", "el vasito", "un
 * poquito de leche", "cafecito"): "-ito", "-ita" and their plurals become the word they shrink, so they find the
 * cards' "sonda", "vaso", "poco", "café"; so do superlatives, "-ísimo" and its forms ("poquísima" is "poca"). The
 * spelling of the stem is mended ("poquito" is "poco", "jeringuita" is "jeringa"), and "-cito" after a vowel, "n" or
 * "r" is dropped whole ("pancito", "amorcito"). A stem shorter than three letters ("cita", "grito", "quita") is no
 * diminutive. A verb form of the same shape ("necesito") changes the same way wherever it is written, on the cards
 * and in the question alike, so it still finds itself. Runs after lower case, accent folding and
 * {@link SpanishEncliticFilter}, before {@link SpanishSpellingFilter}; words the stemmer must not touch stay as they
 * are.
 */
final class SpanishDiminutiveFilter extends WordRewriteFilter {
    private static final Pattern DIMINUTIVE = Pattern.compile("(.{3,}?)it([oa])(s?)");
    /** "-ísimo" and its forms, accent folded: "poquísima" is "poca", "muchísimos" "muchos", "cansadísima" "cansada". */
    private static final Pattern SUPERLATIVE = Pattern.compile("(.{3,}?)isim([oa])(s?)");

    SpanishDiminutiveFilter(TokenStream input) {
        super(input);
    }

    @Override
    String rewrite(String word) {
        return base(word);
    }

    /** The word a diminutive shrinks, or {@code word} as it is. */
    static String base(String word) {
        Matcher matcher = DIMINUTIVE.matcher(word);
        if (!matcher.matches()) {
            Matcher superlative = SUPERLATIVE.matcher(word);
            return superlative.matches() ? mended(superlative.group(1)) + superlative.group(2) + superlative.group(3)
                    : word;
        }
        String stem = matcher.group(1);
        String ending = matcher.group(2) + matcher.group(3);
        int length = stem.length();
        if (stem.endsWith("c") && length > 3 && "aenr".indexOf(stem.charAt(length - 2)) >= 0) {
            return stem.substring(0, length - 1) + matcher.group(3); // "cafecito", "pancito", "amorcito"
        }
        return mended(stem) + ending;
    }

    /** The stem of a diminutive or superlative spelt as in the word it comes from: "poqu" is "poc", "largu" "larg". */
    private static String mended(String stem) {
        int length = stem.length();
        if (stem.endsWith("qu")) {
            return stem.substring(0, length - 2) + "c"; // "poquito", "chiquita", "poquísima"
        }
        if (stem.endsWith("gu")) {
            return stem.substring(0, length - 1); // "jeringuita", "amiguito", "larguísimo"
        }
        return stem;
    }
}
