package org.relactation.bot.guidance;

import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.QueryBuilder;
import org.relactation.bot.content.ContentException;
import org.relactation.bot.text.TypoDistance;
import org.relactation.bot.text.Words;
import org.relactation.bot.content.Texts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search index of one language: one Lucene document per card (title, text, more, example questions), in
 * memory, plus the per-card vocabulary used to judge how much of a question a card explains. Immutable; the
 * searcher and analyzers are thread-safe.
 */
final class CardIndex {
    static final String ID = "id";
    static final String FACET = "facet";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String MORE = "more";
    static final String QUESTIONS = "questions";
    static final String EXAMPLE = "example";

    /** Example questions say most about what a parent will type, the title next, the body texts least. */
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(QUESTIONS, 3f, TITLE, 2f, TEXT, 1f, MORE, 0.5f);
    /** Shorter words have too many neighbours one typo away ("pump" and "plump"). */
    private static final int FUZZY_MIN_LENGTH = 5;
    /** From this length two typos are allowed. */
    private static final int FUZZY_TWO_EDITS_LENGTH = 8;
    /** A fuzzy-only word counts a little less than an exact one. */
    private static final double FUZZY_CREDIT = 0.8;
    /** Typo matches of 5-letter words are too often other words ("thank" and "think") to count as explained. */
    private static final int FUZZY_COVERAGE_MIN_LENGTH = 6;
    /** A word only in a card's body, not in its title or questions, is incidental to what the card answers. */
    private static final double BODY_ONLY_CREDIT = 0.6;
    /** A facet must fit at least this well: about a word that half of its lines use and few other facets do. */
    static final double MIN_FACET_SCORE = 0.3;
    /** A runner-up facet this close to the best one means the question is not about one facet. */
    static final double FACET_TIE = 0.8;
    /** Only the start of a very long message is searched (it keeps the query small and fast). */
    private static final int MAX_QUESTION_CHARS = 500;

    private final LanguageAnalyzer indexAnalyzer;
    private final LanguageAnalyzer queryAnalyzer;
    private final QueryBuilder queryBuilder;
    private final IndexSearcher searcher;
    /** One document per example question (the card's id in {@link #ID}): which single example a question is near. */
    private final IndexSearcher examples;
    private final Map<String, Set<String>> cardTerms;
    private final Map<String, Set<String>> cardTopics;
    private final Map<String, Integer> documentFrequency;
    private final Set<String> vocabulary;
    /**
     * Every word the cards use as written (folded: lower case, no accents), with the index terms it becomes: a typo
     * is found near the word as written ("relactaion" is one letter from "relactation"), not near its stem.
     */
    private final Map<String, Set<String>> surfaceWords;
    /** Each card's title words: a question that names a title's words and nothing else is about that card. */
    private final Map<String, Set<String>> titleTerms;
    /**
     * The words (as written, folded) of the places that an answer for one country is for: where a parent says they
     * are is part of what they ask, even when said before the question ("estoy en Dublín, ¿a quién acudo?").
     */
    private final Set<String> placeWords;
    /** Index terms of words that say little about a topic on their own (content: guide.generic_words). */
    private final Set<String> genericTerms;
    private final int cardCount;
    /** Card id to facet id to the analysed words of each of the facet's lines (title and example questions). */
    private final Map<String, Map<String, List<Set<String>>>> facetLines;
    /**
     * Typo expansions by word, worked out once: comparing a word with the whole vocabulary is most of the cost of
     * a question, and the index never changes, so a word's expansion is the same every time. Bounded: emptied when
     * full. One cache for index terms near an unknown term, one for the terms of card words near a typed word.
     */
    private final Map<String, Set<String>> neighbourCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> surfaceNeighbourCache = new ConcurrentHashMap<>();
    static final int TYPO_CACHE_WORDS = 20_000;

    /**
     * What the search found for one question: the two best cards, the numbers behind the confidence and, when a
     * facet's own document came first, that facet.
     */
    record Scoring(String best, float bestScore, String second, float secondScore, double explained, double total,
                   String facet, boolean namesTitle) {
        /** The share of the question the best card explains, 0 to 1. */
        double coverage() {
            return total == 0 ? 0 : explained / total;
        }

        /** How far the best card is ahead of the runner-up, 0 (tie) to 1 (no runner-up). */
        double margin() {
            // Zero when the runner-up scored higher and lost on how much of the question it explains.
            return second == null || bestScore <= 0 ? 1 : Math.max(0, (bestScore - secondScore) / bestScore);
        }
    }

    CardIndex(String language, Texts texts, GuideCards cards) {
        String prefix = "guide.";
        this.indexAnalyzer = LanguageAnalyzer.forSearch(language,
                ContentLists.commaSeparated(texts.get(prefix + "keep_words")),
                ContentLists.commaSeparated(texts.get(prefix + "stop_words")), TimeAgoFilter.Vocabulary.of(texts),
                ContentLists.commaSeparated(texts.get(prefix + "instead_of")))
                .withAskingPhrases(texts.get(prefix + "asking_phrases"));
        this.queryAnalyzer = indexAnalyzer.withSynonyms(synonyms(language,
                String.join("\n", texts.under(prefix + "synonyms.").values())));
        this.queryBuilder = new SynonymClassQueryBuilder(queryAnalyzer);
        this.cardCount = cards.ids().size();
        this.genericTerms = Set.copyOf(indexAnalyzer.terms(texts.get(prefix + "generic_words").replace(',', ' ')));

        Map<String, Set<String>> terms = new LinkedHashMap<>();
        Map<String, Set<String>> topics = new LinkedHashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Set<String>> surfaces = new HashMap<>();
        Map<String, Set<String>> titles = new LinkedHashMap<>();
        Set<String> places = new HashSet<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
            Map<String, Map<String, List<Set<String>>>> facets = new LinkedHashMap<>();
            for (GuideCards.Card card : cards.cards(language)) {
                // A facet is a document of its own ("how long in the fridge" finds the fridge facet), so a card's
                // many facet questions do not make the card itself look like it answers every "how long".
                Map<String, List<String>> facetQuestions = cards.facetQuestions(language, card.id());
                List<String> titleParts = new ArrayList<>(List.of(card.title()));
                List<String> bodyParts = new ArrayList<>(List.of(card.text(), String.join("\n", card.steps())));
                List<String> questionParts = new ArrayList<>(cards.questions(language, card.id()));
                writer.addDocument(document(card.id(), null, card.title(), String.join("\n", bodyParts), card.more(),
                        String.join("\n", questionParts)));
                Map<String, List<Set<String>>> cardFacets = new LinkedHashMap<>();
                for (GuideCards.Facet facet : card.facets()) {
                    List<String> lines = facetQuestions.getOrDefault(facet.id(), List.of());
                    // An answer for one country is about that country's places: "I'm in Johannesburg, who can I
                    // call" is the South African helpline, though the question names neither.
                    String facetTitle = facet.country() == null ? facet.title()
                            : facet.title() + "\n" + Countries.placeWords(texts, facet.country()).replace(',', '\n');
                    if (facet.country() != null) {
                        places.addAll(Words.of(Countries.placeWords(texts, facet.country())));
                    }
                    writer.addDocument(document(card.id(), facet.id(), facetTitle, facet.text(), "",
                            String.join("\n", lines)));
                    titleParts.add(facetTitle);
                    bodyParts.add(facet.text());
                    questionParts.addAll(lines);
                    List<Set<String>> analysed = new ArrayList<>();
                    analysed.add(Set.copyOf(indexAnalyzer.terms(facet.title())));
                    lines.forEach(line -> analysed.add(Set.copyOf(indexAnalyzer.terms(line))));
                    cardFacets.put(facet.id(), List.copyOf(analysed));
                }
                facets.put(card.id(), cardFacets);
                String title = String.join("\n", titleParts);
                String body = String.join("\n", bodyParts);
                String questions = String.join("\n", questionParts);

                String all = String.join("\n", title, body, card.more(), questions);
                Set<String> words = new HashSet<>(indexAnalyzer.terms(all));
                for (String surface : Words.of(all)) {
                    if (!surfaces.containsKey(surface)) {
                        surfaces.put(surface, Set.copyOf(indexAnalyzer.terms(surface)));
                    }
                }
                titles.put(card.id(), Set.copyOf(indexAnalyzer.terms(card.title())));
                terms.put(card.id(), Set.copyOf(words));
                topics.put(card.id(), Set.copyOf(indexAnalyzer.terms(title + "\n" + questions)));
                words.forEach(word -> frequency.merge(word, 1, Integer::sum));
            }
            writer.forceMerge(1);
            this.facetLines = Map.copyOf(facets);
        } catch (IOException e) {
            throw new UncheckedIOException("building the " + language + " guide index in memory", e);
        }
        ByteBuffersDirectory exampleDirectory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(exampleDirectory, new IndexWriterConfig(indexAnalyzer))) {
            for (GuideCards.Card card : cards.cards(language)) {
                List<String> lines = new ArrayList<>(cards.questions(language, card.id()));
                cards.facetQuestions(language, card.id()).values().forEach(lines::addAll);
                for (String line : lines) {
                    Document example = new Document();
                    example.add(new StoredField(ID, card.id()));
                    example.add(new TextField(EXAMPLE, line, Field.Store.NO));
                    writer.addDocument(example);
                }
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building the " + language + " example index in memory", e);
        }
        try {
            this.examples = new IndexSearcher(DirectoryReader.open(exampleDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the " + language + " example index", e);
        }
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the " + language + " guide index", e);
        }
        this.cardTerms = Map.copyOf(terms);
        this.cardTopics = Map.copyOf(topics);
        this.documentFrequency = Map.copyOf(frequency);
        this.vocabulary = Set.copyOf(frequency.keySet());
        surfaces.values().removeIf(Set::isEmpty);
        this.surfaceWords = Map.copyOf(surfaces);
        this.titleTerms = Map.copyOf(titles);
        this.placeWords = Set.copyOf(places);
    }

    private static Document document(String cardId, String facetId, String title, String text, String more,
                                     String questions) {
        Document document = new Document();
        document.add(new StoredField(ID, cardId));
        if (facetId != null) {
            document.add(new StoredField(FACET, facetId));
        }
        document.add(new TextField(TITLE, title, Field.Store.NO));
        document.add(new TextField(TEXT, text, Field.Store.NO));
        document.add(new TextField(MORE, more, Field.Store.NO));
        document.add(new TextField(QUESTIONS, questions, Field.Store.NO));
        return document;
    }

    /** A card within this share of the best score is a close contender. */
    static final double CLOSE_SCORE = 0.8;
    /** A close contender that explains this much more of the question than the first is the better answer. */
    static final double CLEARLY_MORE = 1.25;

    /** How many documents are looked at to find the best two different cards (a card has up to a few facets). */
    private static final int SEARCH_DEPTH = 12;

    /** A word said more often than this counts no more: "so tired, so tired, so tired" is not a topic. */
    static final int MAX_REPEATS = 2;

    /**
     * The part of a message that is searched: its start (a very long message keeps the query small and fast), each
     * word at most {@link #MAX_REPEATS} times, so that a repeated word does not outweigh the rest.
     */
    static String searchable(String question) {
        String start = question.length() > MAX_QUESTION_CHARS ? question.substring(0, MAX_QUESTION_CHARS) : question;
        Map<String, Integer> seen = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (String word : Words.of(start)) {
            if (seen.merge(word, 1, Integer::sum) <= MAX_REPEATS) {
                text.append(text.isEmpty() ? "" : " ").append(word);
            }
        }
        return text.toString();
    }

    /**
     * The index terms of a question, with typos mended: a word as written that no card uses, but that is one or two
     * letters from a word a card uses, brings that word's terms along (marked as a typo match).
     */
    private record QuestionWords(List<String> terms, Map<String, Set<String>> typoTerms) {
        boolean isEmpty() {
            return terms.isEmpty() && typoTerms.isEmpty();
        }
    }

    private QuestionWords questionWords(String text) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(indexAnalyzer.terms(text)));
        Map<String, Set<String>> typos = new LinkedHashMap<>();
        for (String surface : Words.of(text)) {
            if (surfaceWords.containsKey(surface) || !fuzzyCandidate(surface)) {
                continue;
            }
            List<String> own = indexAnalyzer.terms(surface);
            if (own.isEmpty() || own.stream().anyMatch(vocabulary::contains)) {
                continue; // a stop word, or a form the cards use under another spelling of the same stem
            }
            Set<String> near = surfaceNeighbours(surface);
            if (!near.isEmpty()) {
                terms.removeAll(own);
                typos.put(surface, near);
            }
        }
        return new QuestionWords(terms, typos);
    }

    /** The index terms of the card words within {@link #maxEdits} typos of {@code surface}, as written. */
    private Set<String> surfaceNeighbours(String surface) {
        Set<String> cached = surfaceNeighbourCache.get(surface);
        if (cached != null) {
            return cached;
        }
        int[] typed = surface.codePoints().toArray();
        int edits = maxEdits(surface);
        Set<String> found = new HashSet<>();
        surfaceWords.forEach((word, terms) -> {
            int length = word.codePointCount(0, word.length());
            if (Math.abs(length - typed.length) <= edits && word.codePointAt(0) == typed[0]
                    && TypoDistance.within(typed, word.codePoints().toArray(), edits)) {
                found.addAll(terms);
            }
        });
        Set<String> frozen = Set.copyOf(found);
        remember(surfaceNeighbourCache, surface, frozen);
        return frozen;
    }

    /**
     * How much more the words of a longer message's asking clauses count than the words of its context: as much
     * again. Chosen on all the development sets at once, together with how much a synonym class's further
     * alternatives count ({@link SynonymClassQueryBuilder#FURTHER_ALTERNATIVE}): three quarters was set when every
     * alternative counted fully, and let a strong context word, "midnight", outweigh "how often should I pump" once
     * they counted less; one and a quarter gained one development question but made "what do I tell her" after a
     * mother-in-law's bottle advice a confident answer on low mood, where nothing fits (GuidanceEndToEndTest).
     */
    static final float ASKING_BOOST = 1.0f;

    /** The place words of {@code text} that {@code asking} does not say, each after a space; "" for none. */
    private String placesOutside(String text, String asking) {
        List<String> asked = Words.of(asking);
        StringBuilder places = new StringBuilder();
        for (String word : Words.of(text)) {
            if (placeWords.contains(word) && !asked.contains(word)) {
                places.append(' ').append(word);
            }
        }
        return places.toString();
    }

    /** The best two cards for {@code question}; null when no card shares a single word with it. */
    Scoring score(String question) {
        return score(question, null);
    }

    /**
     * The best two cards for {@code question}, whose {@code asking} clauses (null when all or none of it asks)
     * count more than the context said before or after them: in "stopped 3 weeks ago, is pumping 5 times a day
     * enough" the question is about how often, not about the gap. A place said in the context counts as asked
     * ("estoy en Dublín, ¿a quién acudo?" asks for Ireland's helpline). Null when no card shares a single word with
     * it.
     */
    Scoring score(String question, String asking) {
        String text = searchable(question);
        QuestionWords words = questionWords(text);
        if (words.isEmpty()) {
            return null;
        }
        try {
            Query query = query(text, words);
            if (asking != null && !asking.isBlank()) {
                String focus = searchable(asking + placesOutside(text, asking));
                query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(query(focus, questionWords(focus)), ASKING_BOOST),
                                BooleanClause.Occur.SHOULD).build();
            }
            TopDocs top = searcher.search(query, SEARCH_DEPTH);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            // The best document of each card, in Lucene's order.
            List<ScoreDoc> byCard = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ScoreDoc doc : top.scoreDocs) {
                if (seen.add(cardId(doc.doc))) {
                    byCard.add(doc);
                }
            }
            // Among cards scoring nearly as well as the first, the one that explains more of the question wins:
            // "what does mastitis feel like" is about mastitis, though "feel" is all over the feelings card.
            int bestAt = 0;
            Explained bestExplained = explained(words, cardId(byCard.get(0).doc));
            for (int i = 1; i < byCard.size() && byCard.get(i).score >= byCard.get(0).score * CLOSE_SCORE; i++) {
                Explained candidate = explained(words, cardId(byCard.get(i).doc));
                if (candidate.weight() > bestExplained.weight() * CLEARLY_MORE) {
                    bestAt = i;
                    bestExplained = candidate;
                }
            }
            // A close contender with an example question much nearer the question than any of the first card's is
            // what was asked: "how much formula should I top up with" is one of the top-up card's examples, though
            // the card on cutting formula down says "formula" more often.
            Map<String, Float> nearest = nearestExamples(text, words);
            float bestNear = nearest.getOrDefault(cardId(byCard.get(bestAt).doc), 0f);
            for (int i = 0; i < byCard.size() && byCard.get(i).score >= byCard.get(0).score * FAR_SCORE; i++) {
                String id = cardId(byCard.get(i).doc);
                float near = nearest.getOrDefault(id, 0f);
                Explained candidate = explained(words, id);
                // A contender further behind needs both a much nearer example and to explain at least as much.
                boolean close = byCard.get(i).score >= byCard.get(0).score * CLOSE_SCORE;
                if (i != bestAt && near > bestNear * (close ? NEARER_EXAMPLE : MUCH_NEARER_EXAMPLE)
                        && candidate.weight() >= bestExplained.weight()
                        * (close ? EXPLAINS_NEARLY_AS_MUCH : EXPLAINS_AS_MUCH)) {
                    bestAt = i;
                    bestExplained = candidate;
                    bestNear = near;
                }
            }
            ScoreDoc best = byCard.get(bestAt);
            String bestId = cardId(best.doc);
            ScoreDoc second = byCard.size() < 2 ? null : byCard.get(bestAt == 0 ? 1 : 0);
            return new Scoring(bestId, best.score, second == null ? null : cardId(second.doc),
                    second == null ? 0 : second.score, bestExplained.weight(), bestExplained.total(),
                    bestFacet(top, best, bestId, question), namesTitle(words, bestId));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the guide index in memory", e);
        }
    }

    /**
     * The facet whose document came first for the best card, unless another facet of the card scored nearly as well
     * ({@link #FACET_TIE}): then the words that set the card's facets apart decide ({@link #facet}), and the first
     * document's facet only when they cannot. "La leche de ayer en el refri, hasta cuándo la puedo usar" is the
     * fridge, though the thawing facet's examples say "ayer" and "hasta cuándo la puedo usar".
     */
    private String bestFacet(TopDocs top, ScoreDoc best, String cardId, String question) throws IOException {
        String first = facetId(best.doc);
        if (first == null) {
            return null;
        }
        for (ScoreDoc doc : top.scoreDocs) {
            if (doc.doc != best.doc && doc.score >= best.score * FACET_TIE && cardId.equals(cardId(doc.doc))) {
                String other = facetId(doc.doc);
                if (other != null && !other.equals(first)) {
                    return facet(cardId, question).orElse(first);
                }
            }
        }
        return first;
    }

    /** A contender whose nearest example scores this many times the first card's nearest is the better answer. */
    static final double NEARER_EXAMPLE = 1.3;
    /** A contender down to this share of the best score can still win on a much nearer example... */
    static final double FAR_SCORE = 0.55;
    /** ...this many times the first card's nearest... */
    static final double MUCH_NEARER_EXAMPLE = 1.5;
    /** ...if it also explains at least as much of the question. */
    static final double EXPLAINS_AS_MUCH = 1.0;
    /** ...as long as it explains nearly as much of the question as the first card. */
    static final double EXPLAINS_NEARLY_AS_MUCH = 0.8;
    /** How many example questions are looked at for the nearest example of each card. */
    private static final int EXAMPLE_DEPTH = 60;

    /** Each card's best score of one of its example questions against the question. */
    private Map<String, Float> nearestExamples(String text, QuestionWords words) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Query typed = queryBuilder.createBooleanQuery(EXAMPLE, text);
        if (typed != null) {
            query.add(typed, BooleanClause.Occur.SHOULD);
        }
        words.typoTerms().forEach((surface, terms) -> terms.forEach(term -> query.add(
                new BoostQuery(new TermQuery(new Term(EXAMPLE, term)), (float) FUZZY_CREDIT),
                BooleanClause.Occur.SHOULD)));
        Map<String, Float> nearest = new HashMap<>();
        for (ScoreDoc doc : examples.search(query.build(), EXAMPLE_DEPTH).scoreDocs) {
            nearest.merge(examples.storedFields().document(doc.doc).get(ID), doc.score, Math::max);
        }
        return nearest;
    }

    /**
     * The words of {@code question} this language does not know, in order: neither one of its stop words ("que",
     * "the") nor a word the cards use (as written or by its stem). What is left of a question in another language,
     * or of the other language's words mixed into one ("el skin to skin").
     */
    String unknownWords(String question) {
        StringBuilder unknown = new StringBuilder();
        for (String word : Words.of(searchable(question))) {
            if (!surfaceWords.containsKey(word) && !indexAnalyzer.terms(word).stream().allMatch(vocabulary::contains)) {
                unknown.append(unknown.isEmpty() ? "" : " ").append(word);
            }
        }
        return unknown.toString();
    }

    /** The ids of the {@code count} cards closest to {@code question}, best first; none if no card shares a word. */
    List<String> closest(String question, int count) {
        String text = searchable(question);
        QuestionWords words = questionWords(text);
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query(text, words), count * SEARCH_DEPTH).scoreDocs) {
                String id = cardId(doc.doc);
                if (!ids.contains(id) && ids.size() < count) {
                    ids.add(id);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the guide index in memory", e);
        }
    }

    /**
     * The facet of {@code cardId} that {@code question} asks about, if it names one: the facet whose title and
     * example questions use the question's words most consistently, counting only words that set facets apart
     * (a word every facet of the card uses says nothing about which one). Empty when the question is about the
     * card as a whole, or two facets fit it equally.
     */
    Optional<String> facet(String cardId, String question) {
        Map<String, List<Set<String>>> facets = facetLines.getOrDefault(cardId, Map.of());
        if (facets.isEmpty()) {
            return Optional.empty();
        }
        String text = searchable(question);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String word : new LinkedHashSet<>(indexAnalyzer.terms(text))) {
            Set<String> known = new HashSet<>();
            for (String alternative : alternatives(word)) {
                if (vocabulary.contains(alternative)) {
                    known.add(alternative);
                }
            }
            if (known.isEmpty() && word.codePointCount(0, word.length()) >= FUZZY_COVERAGE_MIN_LENGTH) {
                known.addAll(neighbours(word));
            }
            if (known.isEmpty()) {
                continue;
            }
            Map<String, Double> shares = new LinkedHashMap<>();
            facets.forEach((facet, lines) -> {
                long using = lines.stream().filter(line -> known.stream().anyMatch(line::contains)).count();
                if (using > 0) {
                    shares.put(facet, (double) using / lines.size());
                }
            });
            if (shares.isEmpty() || shares.size() == facets.size()) {
                continue;
            }
            double weight = Math.log(1 + (double) facets.size() / shares.size());
            shares.forEach((facet, share) -> scores.merge(facet, share * weight, Double::sum));
        }
        List<Map.Entry<String, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.getFirst().getValue() < MIN_FACET_SCORE) {
            return Optional.empty();
        }
        if (ranked.size() > 1 && ranked.get(1).getValue() >= ranked.getFirst().getValue() * FACET_TIE) {
            return Optional.empty();
        }
        return Optional.of(ranked.getFirst().getKey());
    }

    private Query query(String text, QuestionWords words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        FIELD_BOOSTS.forEach((field, boost) -> {
            Query fieldQuery = queryBuilder.createBooleanQuery(field, text);
            if (fieldQuery != null) {
                query.add(new BoostQuery(fieldQuery, boost), BooleanClause.Occur.SHOULD);
            }
        });
        // A typo counts as the word it was meant to be, in the questions and the title, a little less than typed.
        words.typoTerms().forEach((surface, terms) -> {
            BooleanQuery.Builder mended = new BooleanQuery.Builder();
            for (String term : terms) {
                mended.add(new BoostQuery(new TermQuery(new Term(QUESTIONS, term)),
                        FIELD_BOOSTS.get(QUESTIONS)), BooleanClause.Occur.SHOULD);
                mended.add(new BoostQuery(new TermQuery(new Term(TITLE, term)),
                        FIELD_BOOSTS.get(TITLE)), BooleanClause.Occur.SHOULD);
            }
            query.add(new BoostQuery(mended.build(), (float) FUZZY_CREDIT), BooleanClause.Occur.SHOULD);
        });
        return query.build();
    }

    /**
     * Whether the question's words, typos mended, are all words of the card's title ("what is relactation"). A word
     * the cards happen to use misspelt ("relactaion", kept in their example questions) still names the title word
     * it is a typo of.
     */
    private boolean namesTitle(QuestionWords words, String cardId) {
        Set<String> title = titleTerms.get(cardId);
        List<String> terms = words.terms().stream().filter(term -> !term.chars().allMatch(Character::isDigit))
                .toList();
        return !(terms.isEmpty() && words.typoTerms().isEmpty())
                && terms.stream().allMatch(term -> alternatives(term).stream().anyMatch(title::contains)
                        || fuzzyCandidate(term) && surfaceNeighbours(term).stream().anyMatch(title::contains))
                && words.typoTerms().values().stream().allMatch(near -> near.stream().anyMatch(title::contains));
    }

    /** The IDF weight of the question's words that a card explains, out of the weight of all of them. */
    private record Explained(double weight, double total) {
    }

    /**
     * How much of the question the card explains: the IDF-weighted share of the question's words (or one of their
     * synonyms, or a word one or two typos away) that the card contains, fully when in its title or questions. A
     * word no card knows ("weather", "pizza") weighs the most and is never explained, so off-topic questions score
     * low however the ranking went. This is the question's score against the card relative to its score against a
     * perfect card (its self-score), with BM25's saturation and length normalisation left out so that the number
     * means the same for every card.
     */
    private Explained explained(QuestionWords question, String cardId) {
        Set<String> card = cardTerms.get(cardId);
        Set<String> topic = cardTopics.get(cardId);
        double total = 0;
        double explained = 0;
        for (Set<String> near : question.typoTerms().values()) {
            double weight = near.stream().mapToDouble(term -> idf(documentFrequency.getOrDefault(term, 0))).max()
                    .orElse(idf(0));
            total += weight;
            double credit = near.stream().anyMatch(topic::contains) ? 1
                    : near.stream().anyMatch(card::contains) ? BODY_ONLY_CREDIT : 0;
            explained += FUZZY_CREDIT * credit * weight;
        }
        for (String word : question.terms()) {
            if (word.chars().allMatch(Character::isDigit)) {
                continue; // "after 3 days": numbers say little about the topic
            }
            Set<String> known = new HashSet<>();
            for (String alternative : alternatives(word)) {
                if (vocabulary.contains(alternative)) {
                    known.add(alternative);
                }
            }
            boolean fuzzy = false;
            if (known.isEmpty() && word.codePointCount(0, word.length()) >= FUZZY_COVERAGE_MIN_LENGTH) {
                known.addAll(neighbours(word));
                fuzzy = true;
            }
            double weight = known.stream().mapToDouble(term -> idf(genericTerms.contains(term) ? cardCount / 2
                    : documentFrequency.get(term))).max().orElse(idf(genericTerms.contains(word) ? cardCount / 2 : 0));
            total += weight;
            // A generic word ("hour", "morning") is part of the question but never evidence for a card.
            boolean generic = genericTerms.contains(word) || known.stream().anyMatch(genericTerms::contains);
            double credit = generic ? 0 : known.stream().anyMatch(topic::contains) ? 1
                    : known.stream().anyMatch(card::contains) ? BODY_ONLY_CREDIT : 0;
            explained += (fuzzy ? FUZZY_CREDIT : 1) * credit * weight;
        }
        return new Explained(explained, total);
    }

    /** The word and its one-word synonyms, analysed like the index. */
    private Set<String> alternatives(String word) {
        Set<String> alternatives = new HashSet<>(queryAnalyzer.firstTerms(word));
        alternatives.add(word);
        return alternatives;
    }

    private static <T> void remember(Map<String, T> cache, String word, T value) {
        if (cache.size() >= TYPO_CACHE_WORDS) {
            cache.clear();
        }
        cache.put(word, value);
    }

    /** Index words within {@link #maxEdits} typos of {@code word}. */
    private Set<String> neighbours(String word) {
        Set<String> cached = neighbourCache.get(word);
        if (cached != null) {
            return cached;
        }
        Set<String> found = Set.copyOf(nearWords(word));
        remember(neighbourCache, word, found);
        return found;
    }

    /**
     * The same words a Levenshtein automaton with transpositions would accept (what {@code FuzzyQuery} uses), found
     * by computing the distance to each word of a near length: much cheaper than building the automaton.
     */
    private Set<String> nearWords(String word) {
        int[] typed = word.codePoints().toArray();
        int edits = maxEdits(word);
        Set<String> neighbours = new HashSet<>();
        for (String candidate : vocabulary) {
            int length = candidate.codePointCount(0, candidate.length());
            if (Math.abs(length - typed.length) <= edits
                    && TypoDistance.within(typed, candidate.codePoints().toArray(), edits)) {
                neighbours.add(candidate);
            }
        }
        return neighbours;
    }

    private double idf(int frequency) {
        return Math.log(1 + (cardCount - frequency + 0.5) / (frequency + 0.5));
    }

    private static boolean fuzzyCandidate(String word) {
        return word.codePointCount(0, word.length()) >= FUZZY_MIN_LENGTH && !word.chars().allMatch(Character::isDigit);
    }

    private static int maxEdits(String word) {
        return word.codePointCount(0, word.length()) >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
    }

    private String cardId(int doc) throws IOException {
        return searcher.storedFields().document(doc).get(ID);
    }

    /** The facet a document is, or null for a card's own document. */
    private String facetId(int doc) throws IOException {
        return searcher.storedFields().document(doc).get(FACET);
    }

    /** Solr-format synonym lines, each side analysed like the index (so "nappies" finds "nappy"). */
    private SynonymMap synonyms(String language, String lines) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, indexAnalyzer) {
            @Override
            public CharsRef analyze(String text, CharsRefBuilder reuse) {
                // Lucene's version rejects phrases with stop words ("skin to skin"); here they are just left out.
                reuse.clear();
                for (String term : indexAnalyzer.terms(text)) {
                    if (reuse.length() > 0) {
                        reuse.append(SynonymMap.WORD_SEPARATOR);
                    }
                    reuse.append(term);
                }
                if (reuse.length() == 0) {
                    throw new IllegalArgumentException("'" + text + "' has no words left after analysis");
                }
                return reuse.get();
            }
        };
        try {
            parser.parse(new StringReader(lines));
            return parser.build();
        } catch (ParseException | IllegalArgumentException e) {
            throw new ContentException(language + " 'guide.synonyms': " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
