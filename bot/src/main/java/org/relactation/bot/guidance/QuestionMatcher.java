package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Finds the guide card that answers a question typed in a parent's own words, or nothing when no card answers it
 * well: "I'm not sure" is better than a confident wrong answer. One in-memory Lucene index per language, built
 * once at start-up from the cards (example questions weigh most), searched with the language's stemming, stop
 * words and synonyms, plus typo-tolerant fuzzy terms at a lower boost. Thread-safe; a match takes well under a
 * millisecond. The bot builds the index in the background ({@link #building}): a start-up's first reply (a /start)
 * does not need it, and a question asked before it is ready waits for it.
 */
public final class QuestionMatcher {
    /**
     * Below this confidence {@link #match} answers empty. Calibrated with QuestionMatcherTest's tables (61 topics):
     * the answerable phrasings score 0.63 and up (weakest: "se queda dormido mamando"), the unanswerable ones 0.32
     * and below (strongest: "who won the match"); 0.5 sits in that gap, and the
     * test fails if either side comes within 0.04 of it. Accuracy on questions nobody wrote for the cards is
     * measured by QuestionEvaluation.
     */
    public static final double MIN_CONFIDENCE = 0.5;

    /** Explained IDF weight that counts as full evidence: about one word that only one or two cards use. */
    static final double FULL_EVIDENCE = 2.0;
    /** A Lucene score that on its own is full confidence: a topical phrase the card's questions repeat. */
    static final double FULL_SCORE = 30;
    /** At or below this Lucene score the best card is not about the question's words at all. */
    static final double NO_SUBSTANCE_SCORE = 4;
    /** From this Lucene score on the best card is clearly about (some of) the question's words. */
    static final double FULL_SUBSTANCE_SCORE = 8;
    /** A lead over the runner-up of this share of the best score is a clear lead. */
    static final double FULL_MARGIN = 0.3;
    /** How much a close runner-up can take off the confidence. */
    static final double MARGIN_WEIGHT = 0.25;

    /**
     * A card that answers the question: Lucene's score (for logs), a confidence from 0 to 1, the language it was
     * found in and, when the question names one specific thing inside the card, that facet.
     */
    public record Match(String cardId, float score, double confidence, String language, Optional<String> facet) {
    }

    private final String fallbackLanguage;
    private final CompletableFuture<Built> built;

    /**
     * The indexes by language, and card id to the ids it relates to or that relate to it.
     */
    private record Built(Map<String, CardIndex> indexes, Map<String, Set<String>> related) {
        static Built from(ContentCatalog catalog, GuideCards cards) {
            Map<String, CardIndex> byLanguage = new LinkedHashMap<>();
            for (String language : catalog.languages()) {
                byLanguage.put(language, new CardIndex(language, catalog.texts(language), cards));
            }
            Map<String, Set<String>> links = new HashMap<>();
            for (GuideCards.Card card : cards.cards(catalog.fallbackLanguage())) {
                for (String other : card.related()) {
                    links.computeIfAbsent(card.id(), id -> new HashSet<>()).add(other);
                    links.computeIfAbsent(other, id -> new HashSet<>()).add(card.id());
                }
            }
            return new Built(Map.copyOf(byLanguage), Map.copyOf(links));
        }
    }

    /** A matcher with its index built now. */
    public QuestionMatcher(ContentCatalog catalog, GuideCards cards) {
        this(catalog, CompletableFuture.completedFuture(Built.from(catalog, cards)));
    }

    private QuestionMatcher(ContentCatalog catalog, CompletableFuture<Built> built) {
        this.fallbackLanguage = catalog.fallbackLanguage();
        this.built = built;
    }

    /**
     * A matcher whose index is being built on {@code thread}; a match before it is ready waits for it, and a build
     * that failed fails every match with its cause.
     */
    public static QuestionMatcher building(ContentCatalog catalog, GuideCards cards, Executor thread) {
        return new QuestionMatcher(catalog, CompletableFuture.supplyAsync(() -> Built.from(catalog, cards), thread));
    }

    private Map<String, CardIndex> indexes() {
        return built.join().indexes();
    }

    /**
     * The card that answers {@code question}, if one does, and the language it was found in. It is searched in
     * {@code language} (an unknown one counts as the fallback language) and, when that finds nothing, in every
     * other language: a parent whose Telegram is in English may write in Spanish, and gets the Spanish card.
     */
    public Optional<Match> match(String language, String question) {
        return match(language, question, null);
    }

    /**
     * {@link #match(String, String)} for a message whose {@code asking} clauses (null when all or none of it asks)
     * are its question and the rest context: the asking clauses count more.
     */
    public Optional<Match> match(String language, String question, String asking) {
        Map<String, CardIndex> indexes = indexes();
        String own = indexes.containsKey(language) ? language : fallbackLanguage;
        Optional<Match> match = matchIn(own, question, asking);
        for (String other : indexes.keySet()) {
            if (match.isPresent()) {
                break;
            }
            // Only the words the own language does not know are searched in the other one: "como se hace el skin to
            // skin" finds the English card, but a Spanish question the Spanish cards cannot answer must not find
            // an English card through a word both use ("cómo no pierdo la leche": La Leche League).
            String foreign = question == null ? "" : indexes.get(own).unknownWords(question);
            if (!other.equals(own) && !foreign.isBlank()) {
                match = matchIn(other, foreign, null);
            }
        }
        return match;
    }

    private Optional<Match> matchIn(String language, String question, String asking) {
        CardIndex.Scoring scoring = scoring(language, question, asking);
        if (scoring == null) {
            return Optional.empty();
        }
        double confidence = confidence(scoring);
        return confidence >= MIN_CONFIDENCE
                ? Optional.of(new Match(scoring.best(), scoring.bestScore(), confidence, language,
                        scoring.facet() != null ? Optional.of(scoring.facet())
                                : indexes().get(language).facet(scoring.best(), question)))
                : Optional.empty();
    }

    /** The cards closest to a question no card answers well enough: what "not sure" offers instead. */
    public List<String> closest(String language, String question, int count) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        Map<String, CardIndex> indexes = indexes();
        return indexes.getOrDefault(language, indexes.get(fallbackLanguage)).closest(question, count);
    }

    /** The raw numbers behind a match, for calibration and logs; null when no card shares a word with it. */
    CardIndex.Scoring scoring(String language, String question) {
        return scoring(language, question, null);
    }

    private CardIndex.Scoring scoring(String language, String question, String asking) {
        if (question == null || question.isBlank()) {
            return null;
        }
        Map<String, CardIndex> indexes = indexes();
        return indexes.getOrDefault(language, indexes.get(fallbackLanguage)).score(question, asking);
    }

    /**
     * How sure the match is, 0 to 1. Two kinds of evidence, the stronger counts: how much of the question the best
     * card explains (its coverage, i.e. the question's score relative to its self-score, scaled down when the
     * explained words are few and common), or a Lucene score so high that a topical phrase clearly carries the
     * question ("sirve hacer piel con piel"). Either way the best card must be substantially about the question's
     * words: a word a card mentions once in passing ("ok", "vale", "hora") scores too low. A runner-up close
     * behind takes some confidence off, unless the two cards are related (the card links to the other anyway).
     */
    double confidence(CardIndex.Scoring scoring) {
        double byCoverage = scoring.coverage() * Math.min(1, scoring.explained() / FULL_EVIDENCE);
        double byScore = Math.min(1, scoring.bestScore() / FULL_SCORE);
        double substance = Math.clamp((scoring.bestScore() - NO_SUBSTANCE_SCORE)
                / (FULL_SUBSTANCE_SCORE - NO_SUBSTANCE_SCORE), 0.0, 1.0);
        boolean relatedRunnerUp = scoring.second() != null
                && built.join().related().getOrDefault(scoring.best(), Set.of()).contains(scoring.second());
        double margin = relatedRunnerUp ? 1 : Math.min(1, scoring.margin() / FULL_MARGIN);
        // A question made of a card's title words only ("what is relactation?") is about that card, however common
        // the words are across the cards.
        // Title words are what a card is about, so no further substance is asked of them.
        double byTitle = scoring.namesTitle() && scoring.bestScore() > NO_SUBSTANCE_SCORE ? 1 : 0;
        return Math.max(Math.max(byCoverage, byScore) * substance, byTitle)
                * (1 - MARGIN_WEIGHT + MARGIN_WEIGHT * margin);
    }
}
