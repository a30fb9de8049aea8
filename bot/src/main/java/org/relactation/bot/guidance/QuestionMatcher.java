package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the guide card that answers a question typed in a parent's own words, or nothing when no card answers it
 * well: "I'm not sure" is better than a confident wrong answer. One in-memory Lucene index per language, built
 * once at start-up from the cards (example questions weigh most), searched with the language's stemming, stop
 * words and synonyms, plus typo-tolerant fuzzy terms at a lower boost. Thread-safe; a match takes well under a
 * millisecond.
 */
public final class QuestionMatcher {
    /**
     * Below this confidence {@link #match} answers empty. Calibrated on the phrasings in QuestionMatcherTest (see
     * {@link #confidence}): answerable questions score 0.55 and up, unanswerable ones 0.35 and below.
     */
    public static final double MIN_CONFIDENCE = 0.5;

    /** Explained IDF weight that counts as full evidence: about one word that only one or two cards use. */
    static final double FULL_EVIDENCE = 2.0;
    /** A Lucene score that on its own is full confidence: a topical phrase the card's questions repeat. */
    static final double FULL_SCORE = 25;
    /** A lead over the runner-up of this share of the best score is a clear lead. */
    static final double FULL_MARGIN = 0.3;
    /** How much a close runner-up can take off the confidence. */
    static final double MARGIN_WEIGHT = 0.25;

    /** A card that answers the question: Lucene's score (for logs) and a confidence from 0 to 1. */
    public record Match(String cardId, float score, double confidence) {
    }

    private final String fallbackLanguage;
    private final Map<String, CardIndex> indexes;

    public QuestionMatcher(ContentCatalog catalog, GuideCards cards) {
        this.fallbackLanguage = catalog.fallbackLanguage();
        Map<String, CardIndex> byLanguage = new LinkedHashMap<>();
        for (String language : catalog.languages()) {
            byLanguage.put(language, new CardIndex(language, catalog.texts(language), cards));
        }
        this.indexes = Map.copyOf(byLanguage);
    }

    /** The card that answers {@code question} in {@code language} (else the fallback language), if one does. */
    public Optional<Match> match(String language, String question) {
        CardIndex.Scoring scoring = scoring(language, question);
        if (scoring == null) {
            return Optional.empty();
        }
        double confidence = confidence(scoring);
        return confidence >= MIN_CONFIDENCE
                ? Optional.of(new Match(scoring.best(), scoring.bestScore(), confidence))
                : Optional.empty();
    }

    /** The raw numbers behind a match, for calibration and logs; null when no card shares a word with it. */
    CardIndex.Scoring scoring(String language, String question) {
        if (question == null || question.isBlank()) {
            return null;
        }
        return indexes.getOrDefault(language, indexes.get(fallbackLanguage)).score(question);
    }

    /**
     * How sure the match is, 0 to 1: mostly how much of the question the best card explains (its coverage,
     * the question's score relative to its self-score), less when the runner-up card is nearly as good.
     */
    static double confidence(CardIndex.Scoring scoring) {
        double byCoverage = scoring.coverage() * Math.min(1, scoring.explained() / FULL_EVIDENCE);
        double byScore = Math.min(1, scoring.bestScore() / FULL_SCORE);
        double margin = Math.min(1, scoring.margin() / FULL_MARGIN);
        return Math.max(byCoverage, byScore) * (1 - MARGIN_WEIGHT + MARGIN_WEIGHT * margin);
    }
}
