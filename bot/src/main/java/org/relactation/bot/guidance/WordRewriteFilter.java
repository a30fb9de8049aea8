package org.relactation.bot.guidance;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * A token filter that rewrites each word by one rule of Spanish word shape ({@link #rewrite}), leaving alone the
 * words the stemmer must not touch (keywords).
 */
abstract class WordRewriteFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    WordRewriteFilter(TokenStream input) {
        super(input);
    }

    /** The word as this filter writes it, or {@code word} itself. */
    abstract String rewrite(String word);

    @Override
    public final boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String rewritten = rewrite(term.toString());
            term.setEmpty().append(rewritten);
        }
        return true;
    }
}
