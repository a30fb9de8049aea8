package org.relactation.bot.guidance;

import org.apache.lucene.analysis.TokenStream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish verbs by their root: the infinitive ("frustrar", "descansar"), the "-ado"/"-ada" participle ("frustrada")
 * and the gerund ("descansando") of a verb are one word to the search, as a parent writes "cómo hago para no
 * frustrarme" where a card says "frustrada"; so are the past tenses a parent tells her story in, "-aron"/"-ieron"
 * ("me separaron", "me internaron" against "separada", "internada") and "-aba"/"-aban" ("esperaba"), and the forms of
 * a verb in "-uir" with a "y" ("que no se obstruyan", "disminuye") that of its infinitive ("obstruir"). The light Spanish stemmer only takes plurals and gender off, so without
 * this they were different words. A root shorter than four letters ("sacar", "mamar", "nada", "cada") is kept whole:
 * "mam" would be "mamá". "-ido"/"-ida" participles stay too: "dormido" (asleep) is not "dormir" (to sleep) to a
 * parent. A noun of the same shape ("lugar") loses its ending the same way wherever it is written, so it still finds
 * itself. A stem-changing verb's stressed diphthong in the present tense is its infinitive's vowel ("pierdo" is
 * "perder", "duermo" is "dormir", "vuelve" is "volver"): "ie" becomes "e" and "ue" becomes "o" when it is the last
 * vowel of the stem before a present-tense ending (-o, -a, -e, -as, -es, -an, -en); the "u" of "gue"/"que" is silent
 * and no diphthong ("guerra" stays), and a root shorter than four letters as it sounds stays whole ("puedo", "duele",
 * "hierba"). A noun of that shape ("tiempo") changes the same way wherever it is written, so it still finds itself.
 * Runs after {@link SpanishEncliticFilter} and {@link SpanishDiminutiveFilter}, before {@link SpanishSpellingFilter};
 * words the stemmer must not touch stay as they are.
 */
final class SpanishVerbFilter extends WordRewriteFilter {
    /** A shorter root is kept whole: "mam" would be "mamá", "pod" (of "puedo") is no root "poder" shares. */
    private static final int MIN_ROOT = 4;
    private static final Pattern VERB = Pattern.compile("(.{" + MIN_ROOT + ",}?)(?:ar|er|ir|ad[oa]s?|ando|iendo|aron|ieron|aba[ns]?)");
    /**
     * A form of a verb in "-uir" that takes a "y" before its ending ("obstruyen", "disminuye", "obstruya",
     * "disminuyendo"): the root is the infinitive's, up to its "u".
     */
    private static final Pattern UIR = Pattern.compile("(.{" + (MIN_ROOT - 1) + ",}u)y(?:[oae]|[ae][sn]|endo|eron)");
    /** A present-tense form whose stressed stem vowel is the diphthong "ie" or "ue" (not the "ue" of "gue"). */
    private static final Pattern DIPHTHONG = Pattern.compile("(.*?)(ie|(?<![gq])ue)([^aeiou]+)(o|a|e|as|es|an|en)");

    /**
     * A root that ends like a plural to the light stemmer ("empez", spelt "empes"; "interes") would lose that "es"
     * too ("emp", "inter"), and no longer be the root of "empiezo" or "interesa": it gets a vowel for the stemmer
     * to take off instead.
     */
    private static final Pattern PLURAL_LIKE = Pattern.compile(".*[aeo][sz]");

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
        if (matcher.matches()) {
            String root = matcher.group(1);
            return PLURAL_LIKE.matcher(root).matches() ? root + "o" : root;
        }
        Matcher uir = UIR.matcher(word);
        if (uir.matches()) {
            return uir.group(1);
        }
        Matcher diphthong = DIPHTHONG.matcher(word);
        if (!diphthong.matches()) {
            return word;
        }
        String stem = diphthong.group(1) + (diphthong.group(2).equals("ie") ? "e" : "o") + diphthong.group(3);
        // Counted as it sounds: "hierba" would be "erb" and too short for the stemmer to take "hierbas" to it too.
        return SpanishSpellingFilter.fold(stem).length() < MIN_ROOT ? word : stem + diphthong.group(4);
    }
}
