package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.ContentException;
import org.relactation.bot.content.Texts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds red flags in any message, a question or a log line alike ("pumped 15 min, baby had only 2 wet nappies
 * today"). Trigger phrases come from content (safety.triggers.*) and are analysed with the language's stemming,
 * so "fevers" finds "fever" and "pañales mojados" finds "pañal mojado". A trigger matches when its words appear
 * in order with at most {@value #MAX_GAP} other words between each two. A trigger right after a negation from
 * safety.negations ("no fever", "sin fiebre", "I don't have a fever") does not count; anything less clear does,
 * since a needless warning costs less than a missed one. Every message is checked in the parent's language and
 * in English, because people mix. Immutable and thread-safe.
 */
public final class RedFlagDetector {
    /** Words allowed between two words of a trigger ("breast is very red" matches "breast red"). */
    static final int MAX_GAP = 2;
    /** In a trigger, "#" stands for a small count, 0 to 5 ("# wet nappies" finds "2 wet nappies"). */
    static final String SMALL_NUMBER = "#";
    private static final int SMALL_NUMBER_MAX = 5;
    private static final String ENGLISH = "en";

    private final String fallbackLanguage;
    private final Map<String, PhraseRules> byLanguage;

    public RedFlagDetector(ContentCatalog catalog) {
        this.fallbackLanguage = catalog.fallbackLanguage();
        Map<String, PhraseRules> rules = new LinkedHashMap<>();
        for (String language : catalog.languages()) {
            rules.put(language, PhraseRules.load(language, catalog.texts(language)));
        }
        this.byLanguage = Map.copyOf(rules);
    }

    /** The kinds of red flag in {@code message}, written by a parent whose language is {@code language}. */
    public Set<RedFlag> detect(String language, String message) {
        if (message == null || message.isBlank()) {
            return Set.of();
        }
        Set<RedFlag> found = EnumSet.noneOf(RedFlag.class);
        PhraseRules own = byLanguage.getOrDefault(language, byLanguage.get(fallbackLanguage));
        own.scan(message, found);
        PhraseRules english = byLanguage.get(ENGLISH);
        if (english != null && english != own) {
            english.scan(message, found);
        }
        return Collections.unmodifiableSet(found);
    }

    /** The triggers and negations of one language, analysed. */
    private record PhraseRules(LanguageAnalyzer analyzer, List<Trigger> triggers, List<List<String>> negations) {
        static PhraseRules load(String language, Texts texts) {
            LanguageAnalyzer analyzer = LanguageAnalyzer.forPhrases(language);
            List<Trigger> triggers = new ArrayList<>();
            for (RedFlag kind : RedFlag.values()) {
                for (String line : ContentLists.lines(texts.get(kind.triggersKey()))) {
                    triggers.add(new Trigger(kind, line, words(analyzer, line, language)));
                }
            }
            List<List<String>> negations = new ArrayList<>();
            for (String line : ContentLists.lines(texts.get("safety.negations"))) {
                negations.add(words(analyzer, line, language));
            }
            return new PhraseRules(analyzer, List.copyOf(triggers), List.copyOf(negations));
        }

        /** The analysed words of a content phrase, with "#" kept as the small-number placeholder. */
        private static List<String> words(LanguageAnalyzer analyzer, String phrase, String language) {
            List<String> words = new ArrayList<>();
            String[] parts = phrase.split(SMALL_NUMBER, -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    words.add(SMALL_NUMBER);
                }
                words.addAll(analyzer.terms(parts[i]));
            }
            if (words.isEmpty()) {
                throw new ContentException(language + " safety phrase '" + phrase + "' has no words");
            }
            return List.copyOf(words);
        }

        void scan(String message, Set<RedFlag> found) {
            List<LanguageAnalyzer.Token> tokens = analyzer.tokens(message);
            for (Trigger trigger : triggers) {
                if (!found.contains(trigger.kind()) && matches(trigger.words(), tokens, message)) {
                    found.add(trigger.kind());
                }
            }
        }

        /** Whether {@code words} occur in {@code tokens}, in order with small gaps, at least once not negated. */
        private boolean matches(List<String> words, List<LanguageAnalyzer.Token> tokens, String message) {
            for (int start = 0; start < tokens.size(); start++) {
                if (same(words.get(0), tokens.get(start).term())
                        && continues(words, 1, tokens, start)
                        && !negated(tokens, start, message)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean continues(List<String> words, int next, List<LanguageAnalyzer.Token> tokens, int at) {
            if (next == words.size()) {
                return true;
            }
            int last = Math.min(tokens.size() - 1, at + 1 + MAX_GAP);
            for (int i = at + 1; i <= last; i++) {
                if (same(words.get(next), tokens.get(i).term()) && continues(words, next + 1, tokens, i)) {
                    return true;
                }
            }
            return false;
        }

        /** A negation ends right before token {@code start}, without punctuation inside ("no, fever" still counts). */
        private boolean negated(List<LanguageAnalyzer.Token> tokens, int start, String message) {
            for (List<String> negation : negations) {
                int from = start - negation.size();
                if (from < 0) {
                    continue;
                }
                boolean equal = true;
                for (int i = 0; i < negation.size() && equal; i++) {
                    equal = negation.get(i).equals(tokens.get(from + i).term());
                }
                if (equal && !hasPunctuation(message.substring(tokens.get(from).end(), tokens.get(start).start()))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasPunctuation(String between) {
            return between.chars().anyMatch(c -> ".,;:!?¡¿()\n".indexOf(c) >= 0);
        }

        private static boolean same(String word, String term) {
            if (SMALL_NUMBER.equals(word)) {
                return term.length() <= 2 && term.chars().allMatch(Character::isDigit)
                        && Integer.parseInt(term) <= SMALL_NUMBER_MAX;
            }
            return word.equals(term);
        }
    }

    /** One trigger phrase: its kind, as written in content, and its analysed words. */
    private record Trigger(RedFlag kind, String phrase, List<String> words) {
    }
}
