package org.relactation.bot.safety;

import org.relactation.bot.text.Words;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.ContentException;
import org.relactation.bot.content.Texts;
import org.relactation.bot.text.TypoDistance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words of every concept the safety rules speak of (safety.words.CONCEPT in each language's safety.yaml),
 * all languages together: a message is checked against every language whatever the parent's Telegram language.
 * A term is one word or a phrase; "*" at the end of a word takes any ending ("bleed*": bleeds, bleeding). Words
 * are compared after {@link Words#fold}, and a typo is forgiven where it rarely turns one common word into
 * another: one missing, extra or swapped letter from six letters on, one wrong letter from seven on, two typos
 * from twelve on, never in the first letter (but for the first two swapped), and never for a word that is itself in
 * some list ("temperatura" is a word, not a typo of "temperature"). Between the words of a phrase of three words or
 * more, one other word may stand.
 */
final class Vocabulary {
    static final String PREFIX = "safety.words.";
    /** Words allowed between two words of a phrase of three words or more ("blood in my milk", "blood in milk"). */
    static final int PHRASE_GAP = 1;
    /** Shorter words must be typed right: a typo in "doses" gives "does", in "pocos" "poos". */
    static final int MIN_TYPO_LENGTH = 6;
    /** Two typos only in long words: "confusing" is two letters from "convulsing". */
    static final int TWO_TYPOS_LENGTH = 12;

    /** One word of a term: its letters, and whether any ending may follow. */
    record WordPattern(String text, boolean anyEnding, int[] codePoints) {
        static WordPattern of(String raw) {
            boolean anyEnding = raw.endsWith("*");
            String text = Words.fold(anyEnding ? raw.substring(0, raw.length() - 1) : raw);
            return new WordPattern(text, anyEnding, text.codePoints().toArray());
        }

        boolean matches(String word, boolean typoAllowed) {
            if (anyEnding ? word.startsWith(text) : word.equals(text)) {
                return true;
            }
            if (!typoAllowed || text.length() < MIN_TYPO_LENGTH || Character.isDigit(text.charAt(0))) {
                return false;
            }
            if (!anyEnding) {
                return typo(word);
            }
            // A typo inside the stem: compare the stem with the word's beginning of about the same length.
            for (int cut = text.length() - 1; cut <= Math.min(word.length(), text.length() + 1); cut++) {
                if (cut > 0 && typo(word.substring(0, cut))) {
                    return true;
                }
            }
            return false;
        }

        private boolean typo(String word) {
            int[] typed = word.codePoints().toArray();
            if (typed.length < 2 || (typed[0] != codePoints[0]
                    && !(typed[0] == codePoints[1] && typed[1] == codePoints[0]))) {
                return false; // a first letter is rarely mistyped, and a changed one makes other words ("smother")
            }
            int edits = text.length() >= TWO_TYPOS_LENGTH ? 2 : 1;
            if (!TypoDistance.within(typed, codePoints, edits)) {
                return false;
            }
            // Below seven letters, a wrong letter too often makes another real word ("fevers" and "levers").
            return text.length() >= 7 || typed.length != codePoints.length
                    || TypoDistance.swapped(typed, codePoints);
        }

    }

    /** A word or phrase of one concept, in the language it was written for. */
    record Term(String concept, String language, List<WordPattern> words) {
    }

    private final Map<String, List<Term>> byConcept;
    private final Map<String, List<Term>> byFirstLetter = new LinkedHashMap<>();
    /** Every word written out in any list: such a word is what it says, never a typo of another. */
    private final Set<String> knownWords = new HashSet<>();

    private Vocabulary(Map<String, List<Term>> byConcept) {
        this.byConcept = byConcept;
        for (List<Term> terms : byConcept.values()) {
            for (Term term : terms) {
                term.words().stream().filter(w -> !w.anyEnding()).forEach(w -> knownWords.add(w.text()));
                String first = term.words().get(0).text();
                byFirstLetter.computeIfAbsent(first.substring(0, 1), k -> new ArrayList<>()).add(term);
            }
        }
    }

    static Vocabulary load(ContentCatalog catalog) {
        Map<String, List<Term>> byConcept = new LinkedHashMap<>();
        for (String language : catalog.languages()) {
            Texts texts = catalog.texts(language);
            texts.under(PREFIX).forEach((concept, value) -> {
                for (String phrase : value.split(",")) {
                    // Split as messages are: "24h" is the number 24 and the word h.
                    List<WordPattern> words = Arrays.stream(phrase.strip().split("[\\s-]+|(?<=\\d)(?=\\p{L})"
                                    + "|(?<=\\p{L})(?=\\d)"))
                            .filter(w -> !w.isBlank()).map(WordPattern::of)
                            .filter(w -> !w.text().isEmpty()).toList();
                    if (words.isEmpty()) {
                        continue;
                    }
                    byConcept.computeIfAbsent(concept, k -> new ArrayList<>())
                            .add(new Term(concept, language, words));
                }
            });
        }
        if (byConcept.isEmpty()) {
            throw new ContentException("No safety.words in content: the red-flag check would find nothing");
        }
        return new Vocabulary(byConcept);
    }

    /** Whether {@code word} is written out in some list, in some language ("temperatura" is not "temperature"). */
    boolean known(String word) {
        return knownWords.contains(word);
    }

    Set<String> concepts() {
        return byConcept.keySet();
    }

    /** The terms that could start at a word: those with its first letter or, swapped, its second. */
    List<Term> candidates(String word) {
        List<Term> exact = byFirstLetter.getOrDefault(word.isEmpty() ? "" : word.substring(0, 1), List.of());
        if (word.length() < 2) {
            return exact;
        }
        // The first two letters swapped ("fveer") is the one typo in a first letter that is forgiven.
        List<Term> swapped = byFirstLetter.getOrDefault(word.substring(1, 2), List.of());
        if (swapped.isEmpty() || swapped == exact) {
            return exact;
        }
        List<Term> all = new ArrayList<>(exact);
        swapped.stream().filter(term -> term.words().get(0).text().length() >= MIN_TYPO_LENGTH).forEach(all::add);
        return all;
    }
}
