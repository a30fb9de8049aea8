package org.relactation.bot.logbook;

import org.relactation.bot.text.TypoDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases and what they mean, matched over a message's tokens longest first, so "double pumped" wins over
 * "double" and "di el pecho" (nursed) over "di" (gave). Lookup is by the first token, so matching costs a few
 * comparisons per token whatever the size of the vocabulary. Immutable once built.
 */
final class PhraseDictionary {
    private record Phrase(List<String> tokens, Meaning meaning) {
    }

    /**
     * Senses a mistyped word may still have: the words of a log, not the small words around them, and the question
     * words ("waht", "hwo" is not: never the first letter), so a mistyped question is never taken for a log.
     */
    private static final Set<Sense> TYPO_SENSES = EnumSet.of(Sense.METHOD, Sense.DURATION_UNIT, Sense.VOLUME_UNIT,
            Sense.SIDE, Sense.NAPPY, Sense.SUPPLEMENT_TYPE, Sense.SUPPLEMENT_GIVEN, Sense.PER_SIDE, Sense.QUESTION,
            Sense.WEIGHT_UNIT, Sense.WEIGHED);
    /** From this length one missing, extra, wrong or swapped letter is forgiven ("pumpd", "minuts"). */
    private static final int TYPO_LENGTH = 5;

    private final Map<String, List<Phrase>> byFirstToken;
    private final List<Phrase> typoTargets;
    /** Words the vocabulary lists for a meaning of their own ("subió" changes a weight): never a typo of a log term. */
    private final Set<String> ownWords;

    private PhraseDictionary(Map<String, List<Phrase>> byFirstToken, Set<String> ownWords) {
        this.byFirstToken = byFirstToken;
        this.ownWords = ownWords;
        this.typoTargets = byFirstToken.values().stream().flatMap(List::stream)
                .filter(phrase -> phrase.tokens().size() == 1 && TYPO_SENSES.contains(phrase.meaning().sense()))
                .toList();
    }

    /**
     * Days, weeks, months: never a session's length, and close to everyday words ("mouth" is no "month"): only two
     * letters swapped are forgiven in them ("dyas").
     */
    private static boolean spansDays(Meaning meaning) {
        return meaning.sense() == Sense.DURATION_UNIT && meaning.value() instanceof Double minutes
                && minutes >= DurationReader.DAY;
    }

    /** Collects phrases; the first meaning given to a phrase is kept. */
    static final class Builder {
        private final Map<String, List<Phrase>> byFirstToken = new HashMap<>();
        private final Map<List<String>, Meaning> seen = new HashMap<>();

        /** @return the meaning the phrase already had, or null if it is new (and now added) */
        Meaning add(List<String> tokens, Meaning meaning) {
            Meaning earlier = seen.putIfAbsent(tokens, meaning);
            if (earlier == null) {
                byFirstToken.computeIfAbsent(tokens.get(0), first -> new ArrayList<>())
                        .add(new Phrase(List.copyOf(tokens), meaning));
            }
            return earlier;
        }

        /** @param ownWords words listed with a meaning of their own, never read as a mistyped log term */
        PhraseDictionary build(Set<String> ownWords) {
            Map<String, List<Phrase>> sorted = new HashMap<>();
            byFirstToken.forEach((first, phrases) -> {
                List<Phrase> longestFirst = new ArrayList<>(phrases);
                longestFirst.sort(Comparator.comparingInt((Phrase phrase) -> phrase.tokens().size()).reversed());
                sorted.put(first, List.copyOf(longestFirst));
            });
            return new PhraseDictionary(Map.copyOf(sorted), Set.copyOf(ownWords));
        }
    }

    /** The message as pieces: known phrases, numbers, and unknown words and symbols one token each. */
    List<Piece> pieces(List<Token> tokens) {
        List<Piece> pieces = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            Phrase phrase = token.type() == Token.Type.NUMBER ? null : longestAt(tokens, i);
            if (phrase == null && token.type() == Token.Type.WORD) {
                phrase = mistyped(token.text());
            }
            if (phrase != null) {
                Token last = tokens.get(i + phrase.tokens().size() - 1);
                Meaning meaning = phrase.meaning();
                Numeral number = meaning.sense() == Sense.NUMBER
                        ? Numeral.ofWord(((Number) meaning.value()).doubleValue()) : null;
                pieces.add(new Piece(meaning.sense(), meaning.value(), token.start(), last.end(),
                        String.join(" ", phrase.tokens()), token.spaced(), number));
                i += phrase.tokens().size();
            } else {
                Sense sense = switch (token.type()) {
                    case NUMBER -> Sense.NUMBER;
                    case WORD -> Sense.WORD;
                    case SYMBOL -> Sense.SYMBOL;
                };
                pieces.add(new Piece(sense, null, token.start(), token.end(), token.text(), token.spaced(),
                        token.number()));
                i++;
            }
        }
        return pieces;
    }

    /**
     * The one-word log term a word not in the vocabulary was probably meant to be: one typo from five letters on
     * ("pumpd", "minuts", "extraccion"), two letters swapped in a short one ("mni", "mnis"), never in the first
     * letter; never a word the vocabulary lists for a meaning of its own.
     */
    private Phrase mistyped(String word) {
        if (ownWords.contains(word)) {
            return null; // "subió 100 g" gained weight: no "sucio" nappy
        }
        int[] typed = word.codePoints().toArray();
        for (Phrase phrase : typoTargets) {
            String target = phrase.tokens().get(0);
            if (target.isEmpty() || target.charAt(0) != word.charAt(0)
                    || Math.abs(target.length() - word.length()) > 1) {
                continue;
            }
            int[] expected = target.codePoints().toArray();
            boolean close = target.length() >= TYPO_LENGTH && word.length() >= TYPO_LENGTH - 1
                    && !spansDays(phrase.meaning())
                    ? TypoDistance.within(typed, expected, 1)
                    : target.length() >= 3 && TypoDistance.swapped(typed, expected);
            if (close) {
                return phrase;
            }
        }
        return null;
    }


    private Phrase longestAt(List<Token> tokens, int start) {
        for (Phrase phrase : byFirstToken.getOrDefault(tokens.get(start).text(), List.of())) {
            if (matches(phrase.tokens(), tokens, start)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean matches(List<String> phrase, List<Token> tokens, int start) {
        if (start + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < phrase.size(); k++) {
            Token token = tokens.get(start + k);
            if (token.type() == Token.Type.NUMBER
                    || !token.text().equals(phrase.get(k)) && !mistypedAs(token.text(), phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word after a phrase's first, typed with one typo ("le di pexho", "pañales mojdos"): as for one-word log
     * terms, from five letters on and never in the first letter. The first word must be exact, so the phrase is
     * still found by it.
     */
    private static boolean mistypedAs(String typed, String expected) {
        // "nappie" is no typo of "nappies": a plural and a singular count differently.
        boolean samePlurality = typed.endsWith("s") == expected.endsWith("s");
        return expected.length() >= TYPO_LENGTH && typed.length() >= TYPO_LENGTH - 1 && samePlurality
                && typed.charAt(0) == expected.charAt(0) && Math.abs(typed.length() - expected.length()) <= 1
                && TypoDistance.within(typed.codePoints().toArray(), expected.codePoints().toArray(), 1);
    }
}
