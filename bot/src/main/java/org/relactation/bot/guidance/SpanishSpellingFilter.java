package org.relactation.bot.guidance;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Spanish spelled as it sounds: many parents write "relactasion", "deshidratasion", "aver" or "bebe" con "v", as
 * Latin American and most Spanish speech does not tell "c"/"z" from "s", "v" from "b", "ll" from "y", and never says
 * an "h". Folding every term to one spelling of its sound (on the cards and on the question alike) lets such a word
 * find the card: "ce", "ci" and "z" become "s"; "v" becomes "b"; "ll" becomes "y"; a leading "h" is dropped. Applied
 * before stemming, so "produce" and "produse" lose the same ending. Words the stemmer must not touch are marked
 * before this filter and stay marked.
 */
final class SpanishSpellingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SpanishSpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = fold(term.toString());
        term.setEmpty().append(folded);
        return true;
    }

    /** One spelling for one sound, as described above; letters other than these are kept as they are. */
    static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            if (c == 'h' && i == 0 && word.length() > 1) {
                continue;
            }
            if (c == 'c' && (next == 'e' || next == 'i') || c == 'z') {
                out.append('s');
            } else if (c == 'v') {
                out.append('b');
            } else if (c == 'l' && next == 'l') {
                out.append('y');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
