package org.relactation.bot.smalltalk;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.text.TypoDistance;
import org.relactation.bot.text.Words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases of smalltalk.words.* in every language, and what a message is made of: which kinds of small talk it
 * holds (greeting, thanks, a feeling...), in which language, and how many words are left that are none of them.
 */
public final class SmallTalkWords {
    static final String PREFIX = "smalltalk.words.";
    static final String FILLER = "filler";
    static final String SELF = "self";
    private static final int MIN_TYPO_LENGTH = 6;
    /** Two letters swapped ("thnak") is forgiven from this length on. */
    private static final int MIN_SWAP_LENGTH = 4;

    /** One phrase: its kind, its language and its folded words. */
    private record Phrase(String kind, String language, List<String> words) {
    }

    /** What a message holds: the kinds found in order of first appearance, their language, and the rest. */
    public record Reading(List<String> kinds, String language, int otherWords, int words, boolean question,
                          boolean aboutSelf) {
        public boolean has(String kind) {
            return kinds.contains(kind);
        }
    }

    private final List<Phrase> phrases = new ArrayList<>();

    public SmallTalkWords(ContentCatalog catalog) {
        for (String language : catalog.languages()) {
            catalog.texts(language).under(PREFIX).forEach((kind, list) -> {
                for (String phrase : list.split(",")) {
                    List<String> words = words(phrase);
                    if (!words.isEmpty()) {
                        phrases.add(new Phrase(kind, language, words));
                    }
                }
            });
        }
        // Longer phrases first, so "thank you so much" is one phrase, not "thank you" and two fillers.
        phrases.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    }

    public Reading read(String message, String parentLanguage) {
        List<String> words = words(message);
        boolean[] covered = new boolean[words.size()];
        Map<String, Integer> kindsAt = new LinkedHashMap<>();
        Map<String, Integer> votes = new LinkedHashMap<>();
        boolean aboutSelf = false;
        for (Phrase phrase : phrases) {
            for (int start = 0; start + phrase.words().size() <= words.size(); start++) {
                if (!free(covered, start, phrase.words().size()) || !matches(phrase, words, start)) {
                    continue;
                }
                for (int i = start; i < start + phrase.words().size(); i++) {
                    covered[i] = true;
                }
                if (phrase.kind().equals(SELF)) {
                    aboutSelf = true;
                } else if (!phrase.kind().equals(FILLER)) {
                    kindsAt.merge(phrase.kind(), start, Math::min);
                    votes.merge(phrase.language(), phrase.words().size(), Integer::sum);
                }
            }
        }
        int other = 0;
        for (boolean c : covered) {
            other += c ? 0 : 1;
        }
        List<String> kinds = kindsAt.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).toList();
        int own = votes.getOrDefault(parentLanguage, 0);
        String language = votes.entrySet().stream().filter(e -> e.getValue() > own)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(parentLanguage);
        return new Reading(kinds, language, other, words.size(), message.contains("?") || message.contains("¿"),
                aboutSelf);
    }

    private static boolean free(boolean[] covered, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Phrase phrase, List<String> words, int start) {
        for (int i = 0; i < phrase.words().size(); i++) {
            String expected = phrase.words().get(i);
            String typed = words.get(start + i);
            if (!expected.equals(typed) && !stretched(typed, expected) && !(expected.length() >= MIN_SWAP_LENGTH
                    && TypoDistance.swapped(typed.codePoints().toArray(), expected.codePoints().toArray()))
                    && !(expected.length() >= MIN_TYPO_LENGTH && typed.charAt(0) == expected.charAt(0)
                    && TypoDistance.within(typed.codePoints().toArray(), expected.codePoints().toArray(), 1))) {
                return false;
            }
        }
        return true;
    }

    /** "okk", "holaaa", "tyy", "entendidooo": a word with letters held down is the word. */
    private static boolean stretched(String typed, String expected) {
        return typed.length() > expected.length() && squeezed(typed).equals(squeezed(expected));
    }

    private static String squeezed(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    /** Folded words: lower case, no accents or apostrophes, letters and digits only. */
    public static List<String> words(String text) {
        return Words.of(text);
    }
}
