package org.relactation.bot.guidance;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.relactation.bot.text.Words;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a parent wants instead of something: "instead of a bottle", "besides bottles", "alternativas al biberón", "en
 * vez del biberón". The thing named after such words (content: guide.instead_of) stays, and a word of its own follows
 * it, {@link #PREFIX} and the thing ("insteadbottles"), on the cards and in the question alike (a word of its own, not
 * one at the same place, which the search would blend with the thing as if a synonym, and lose its rarity). The cards
 * that answer what to use instead of a bottle say so in those words, while the cards about bottles say "bottle" far
 * more often: the thing alone took such questions to them. Up to {@link #MAX_BETWEEN} stop words may stand between the
 * words and the thing ("alternativas hay al biberón", "alternatives are there to a bottle"). Runs after lower case
 * and accent folding, before the stop words (which would drop "of" and "de") and the stemmer (which then stems the
 * new word as it stems the thing: "insteadbottles" and "insteadbottle" are one).
 */
final class InsteadOfFilter extends TokenFilter {
    static final String PREFIX = "instead";
    static final int MAX_BETWEEN = 3;

    private final List<List<String>> markers;
    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** The whole text's words, read at once (a question or a card is short), then given out one by one. */
    private final List<AttributeSource.State> states = new ArrayList<>();
    private final List<String> terms = new ArrayList<>();
    /** By word, the word that joins it (null for none). */
    private final List<String> joined = new ArrayList<>();
    private int next = -1;
    private String pending;

    /** {@code markers}: the phrases that say "instead of", as written in content; {@code stopWords} may be null. */
    InsteadOfFilter(TokenStream input, List<List<String>> markers, CharArraySet stopWords) {
        super(input);
        this.markers = markers;
        this.stopWords = stopWords;
    }

    /** The phrases of a comma-separated content list, each as its folded words. */
    static List<List<String>> markers(Collection<String> phrases) {
        return phrases.stream().map(Words::of).filter(words -> !words.isEmpty()).toList();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < 0) {
            readAll();
            next = 0;
        }
        if (pending != null) {
            term.setEmpty().append(pending);
            increment.setPositionIncrement(1);
            pending = null;
            return true;
        }
        if (next >= states.size()) {
            return false;
        }
        int at = next++;
        restoreState(states.get(at));
        pending = joined.get(at);
        return true;
    }

    private void readAll() throws IOException {
        while (input.incrementToken()) {
            states.add(captureState());
            terms.add(term.toString());
            joined.add(null);
        }
        for (int i = 0; i < terms.size(); i++) {
            int after = markerEnd(i);
            if (after < 0) {
                continue;
            }
            for (int thing = after; thing < Math.min(terms.size(), after + MAX_BETWEEN + 1); thing++) {
                if (stopWords == null || !stopWords.contains(terms.get(thing))) {
                    joined.set(thing, PREFIX + terms.get(thing));
                    break;
                }
            }
        }
    }

    /** Where the words after a marker phrase starting at {@code start} begin, or -1 when none starts there. */
    private int markerEnd(int start) {
        for (List<String> marker : markers) {
            if (start + marker.size() <= terms.size() && terms.subList(start, start + marker.size()).equals(marker)) {
                return start + marker.size();
            }
        }
        return -1;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        states.clear();
        terms.clear();
        joined.clear();
        next = -1;
        pending = null;
    }
}
