package org.relactation.bot.guidance;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.relactation.bot.content.Texts;
import org.relactation.bot.text.Words;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How long ago something happened, read from a number and its unit: "hace 3 semanas", "hace un mes", "8 months ago",
 * "hace años". The number and the unit become one word of two, {@link #RECENT} (under {@link #LONG_AGO_DAYS}) or
 * {@link #LONG_AGO}, on the cards and in the question alike, so that "lo dejé hace 3 semanas" is no longer near "lo
 * dejé hace 8 meses" by its "dejé hace", and "hace un mes" no longer shares the "mes" of "hace 8 meses": milk that
 * stopped weeks ago is a question of what to expect, months or years ago the card on a long gap. A number and unit
 * that say no time ago ("tiene 9 meses", "for 3 weeks") stay as they are. The words come from content: the numbers and
 * units as typed (onboarding.typed_numbers, onboarding.typed_units, in days) and where "ago" goes
 * (guide.time_ago: "hace _", "_ ago"). A unit alone counts one, or two in the plural ("hace meses", "weeks ago").
 * Runs after lower case and accent folding, before the stop words (which would drop "un" and "a").
 */
final class TimeAgoFilter extends TokenFilter {
    /** From two months on ("Months or years later"), a time ago is long. */
    static final int LONG_AGO_DAYS = 60;
    static final String RECENT = "agoshort";
    static final String LONG_AGO = "agolong";
    /** Words that may stand between "hace" and the number, or between the unit and "ago": "hace como 5 meses". */
    static final int MAX_BETWEEN = 2;

    /** The words of one language that say a time ago. */
    record Vocabulary(Map<String, Integer> numbers, Map<String, Integer> unitDays, Set<String> before,
                      Set<String> after) {
        static final Vocabulary NONE = new Vocabulary(Map.of(), Map.of(), Set.of(), Set.of());

        /** From content: onboarding.typed_numbers, onboarding.typed_units and guide.time_ago. */
        static Vocabulary of(Texts texts) {
            Set<String> before = new HashSet<>();
            Set<String> after = new HashSet<>();
            for (String phrase : ContentLists.commaSeparated(texts.get("guide.time_ago"))) {
                int gap = phrase.indexOf('_');
                if (gap < 0) {
                    throw new IllegalArgumentException("guide.time_ago: '" + phrase + "' has no _ for the time");
                }
                before.addAll(Words.of(phrase.substring(0, gap)));
                after.addAll(Words.of(phrase.substring(gap + 1)));
            }
            return new Vocabulary(pairs(texts.get("onboarding.typed_numbers")),
                    pairs(texts.get("onboarding.typed_units")), Set.copyOf(before), Set.copyOf(after));
        }

        /** "a=1, two=2": single words only ("a couple" is also "couple"). */
        private static Map<String, Integer> pairs(String list) {
            Map<String, Integer> pairs = new HashMap<>();
            for (String pair : ContentLists.commaSeparated(list)) {
                String[] parts = pair.split("=", 2);
                List<String> words = Words.of(parts[0]);
                if (parts.length == 2 && words.size() == 1) {
                    pairs.put(words.getFirst(), Integer.valueOf(parts[1].strip()));
                }
            }
            return Map.copyOf(pairs);
        }

        boolean isEmpty() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    private final Vocabulary vocabulary;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** The whole text's words, read at once (a question or a card is short), then given out one by one. */
    private final List<AttributeSource.State> states = new ArrayList<>();
    private final List<String> terms = new ArrayList<>();
    private int next = -1;

    TimeAgoFilter(TokenStream input, Vocabulary vocabulary) {
        super(input);
        this.vocabulary = vocabulary;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < 0) {
            readAll();
            next = 0;
        }
        while (next < states.size()) {
            int at = next++;
            if (terms.get(at) == null) {
                continue; // a number that became part of its time ago
            }
            restoreState(states.get(at));
            if (!terms.get(at).equals(term.toString())) {
                term.setEmpty().append(terms.get(at));
                keyword.setKeyword(true);
            }
            return true;
        }
        return false;
    }

    private void readAll() throws IOException {
        while (input.incrementToken()) {
            states.add(captureState());
            terms.add(term.toString());
        }
        List<String> words = List.copyOf(terms);
        for (int i = 0; i < words.size(); i++) {
            if (vocabulary.before().contains(words.get(i))) {
                // "hace (como) 3 semanas": the first unit within reach, the number nearest before it.
                for (int unit = i + 1; unit < Math.min(words.size(), i + 2 + MAX_BETWEEN); unit++) {
                    if (vocabulary.unitDays().containsKey(words.get(unit))) {
                        mark(words, i + 1, unit);
                        break;
                    }
                }
            } else if (vocabulary.after().contains(words.get(i))) {
                // "3 weeks (or so) ago": the last unit within reach, the number just before it.
                for (int unit = i - 1; unit >= Math.max(0, i - 1 - MAX_BETWEEN); unit--) {
                    if (vocabulary.unitDays().containsKey(words.get(unit))) {
                        mark(words, Math.max(0, unit - 1 - MAX_BETWEEN), unit);
                        break;
                    }
                }
            }
        }
    }

    /** The unit at {@code unit} becomes its time ago, and the number nearest before it, from {@code from}, goes. */
    private void mark(List<String> words, int from, int unit) {
        Integer count = null;
        int numberAt = -1;
        for (int i = unit - 1; i >= from && count == null; i--) {
            count = number(words.get(i));
            numberAt = i;
        }
        String unitWord = words.get(unit);
        int days = vocabulary.unitDays().get(unitWord)
                * (count != null ? count : unitWord.endsWith("s") ? 2 : 1);
        terms.set(unit, days >= LONG_AGO_DAYS ? LONG_AGO : RECENT);
        if (count != null) {
            terms.set(numberAt, null);
        }
    }

    private Integer number(String word) {
        if (!word.isEmpty() && word.length() <= 4 && word.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(word);
        }
        return vocabulary.numbers().get(word);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        states.clear();
        terms.clear();
        next = -1;
    }
}
