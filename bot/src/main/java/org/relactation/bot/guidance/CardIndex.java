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
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.QueryBuilder;
import org.relactation.bot.content.ContentException;
import org.relactation.bot.text.TypoDistance;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search index of one language: one Lucene document per card (title, text, more, example questions), in
 * memory, plus the per-card vocabulary used to judge how much of a question a card explains. Immutable; the
 * searcher and analyzers are thread-safe.
 */
final class CardIndex {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String MORE = "more";
    static final String QUESTIONS = "questions";

    /** Example questions say most about what a parent will type, the title next, the body texts least. */
    private static final Map<String, Float> FIELD_BOOSTS =
            Map.of(QUESTIONS, 3f, TITLE, 2f, TEXT, 1f, MORE, 0.5f);
    /** Typo matches only help when the exact words did not: a small boost. */
    private static final float FUZZY_BOOST = 0.3f;
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
    /** Only the start of a very long message is searched (it keeps the query small and fast). */
    private static final int MAX_QUESTION_CHARS = 500;

    private final LanguageAnalyzer indexAnalyzer;
    private final LanguageAnalyzer queryAnalyzer;
    private final QueryBuilder queryBuilder;
    private final IndexSearcher searcher;
    private final Map<String, Set<String>> cardTerms;
    private final Map<String, Set<String>> cardTopics;
    private final Map<String, Integer> documentFrequency;
    private final Set<String> vocabulary;
    private final int cardCount;
    /**
     * Typo expansions by word, worked out once: building Levenshtein automata is most of the cost of a question,
     * and the index never changes, so a word's expansion is the same every time. Bounded: emptied when full.
     */
    private final Map<String, Query> fuzzyQueries = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> neighbourCache = new ConcurrentHashMap<>();
    static final int TYPO_CACHE_WORDS = 20_000;

    /** What the search found for one question: the two best cards and the numbers behind the confidence. */
    record Scoring(String best, float bestScore, String second, float secondScore, double explained, double total) {
        /** The share of the question the best card explains, 0 to 1. */
        double coverage() {
            return total == 0 ? 0 : explained / total;
        }

        /** How far the best card is ahead of the runner-up, 0 (tie) to 1 (no runner-up). */
        double margin() {
            return second == null || bestScore <= 0 ? 1 : (bestScore - secondScore) / bestScore;
        }
    }

    CardIndex(String language, Texts texts, GuideCards cards) {
        String prefix = "guide.";
        this.indexAnalyzer = LanguageAnalyzer.forSearch(language,
                ContentLists.commaSeparated(texts.get(prefix + "keep_words")));
        this.queryAnalyzer = indexAnalyzer.withSynonyms(synonyms(language, texts.get(prefix + "synonyms")));
        this.queryBuilder = new QueryBuilder(queryAnalyzer);
        this.cardCount = cards.ids().size();

        Map<String, Set<String>> terms = new LinkedHashMap<>();
        Map<String, Set<String>> topics = new LinkedHashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
            for (GuideCards.Card card : cards.cards(language)) {
                String questions = String.join("\n", cards.questions(language, card.id()));
                Document document = new Document();
                document.add(new StoredField(ID, card.id()));
                document.add(new TextField(TITLE, card.title(), Field.Store.NO));
                document.add(new TextField(TEXT, card.text(), Field.Store.NO));
                document.add(new TextField(MORE, card.more(), Field.Store.NO));
                document.add(new TextField(QUESTIONS, questions, Field.Store.NO));
                writer.addDocument(document);

                Set<String> words = new HashSet<>(indexAnalyzer.terms(
                        String.join("\n", card.title(), card.text(), card.more(), questions)));
                terms.put(card.id(), Set.copyOf(words));
                topics.put(card.id(), Set.copyOf(indexAnalyzer.terms(card.title() + "\n" + questions)));
                words.forEach(word -> frequency.merge(word, 1, Integer::sum));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building the " + language + " guide index in memory", e);
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
    }

    /** The best two cards for {@code question}; null when no card shares a single word with it. */
    Scoring score(String question) {
        String text = question.length() > MAX_QUESTION_CHARS ? question.substring(0, MAX_QUESTION_CHARS) : question;
        List<String> words = new ArrayList<>(new LinkedHashSet<>(indexAnalyzer.terms(text)));
        if (words.isEmpty()) {
            return null;
        }
        try {
            TopDocs top = searcher.search(query(text, words), 2);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            ScoreDoc best = top.scoreDocs[0];
            ScoreDoc second = top.scoreDocs.length > 1 ? top.scoreDocs[1] : null;
            String bestId = cardId(best.doc);
            Explained explained = explained(words, bestId);
            return new Scoring(bestId, best.score, second == null ? null : cardId(second.doc),
                    second == null ? 0 : second.score, explained.weight(), explained.total());
        } catch (IOException e) {
            throw new UncheckedIOException("searching the guide index in memory", e);
        }
    }

    /** The ids of the {@code count} cards closest to {@code question}, best first; none if no card shares a word. */
    List<String> closest(String question, int count) {
        String text = question.length() > MAX_QUESTION_CHARS ? question.substring(0, MAX_QUESTION_CHARS) : question;
        List<String> words = new ArrayList<>(new LinkedHashSet<>(indexAnalyzer.terms(text)));
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query(text, words), count).scoreDocs) {
                ids.add(cardId(doc.doc));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the guide index in memory", e);
        }
    }

    private Query query(String text, List<String> words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        FIELD_BOOSTS.forEach((field, boost) -> {
            Query fieldQuery = queryBuilder.createBooleanQuery(field, text);
            if (fieldQuery != null) {
                query.add(new BoostQuery(fieldQuery, boost), BooleanClause.Occur.SHOULD);
            }
        });
        for (String word : words) {
            // A word the cards use is matched exactly above; only an unknown one may be a typo of a known one.
            // No card word within reach: the typo query would match nothing, and building it is the costly part.
            if (fuzzyCandidate(word) && !vocabulary.contains(word) && !neighbours(word).isEmpty()) {
                query.add(new BoostQuery(fuzzy(word), FUZZY_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
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
    private Explained explained(List<String> words, String cardId) {
        Set<String> card = cardTerms.get(cardId);
        Set<String> topic = cardTopics.get(cardId);
        double total = 0;
        double explained = 0;
        for (String word : words) {
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
            double weight = known.stream().mapToDouble(term -> idf(documentFrequency.get(term))).max()
                    .orElse(idf(0));
            total += weight;
            double credit = known.stream().anyMatch(topic::contains) ? 1
                    : known.stream().anyMatch(card::contains) ? BODY_ONLY_CREDIT : 0;
            explained += (fuzzy ? FUZZY_CREDIT : 1) * credit * weight;
        }
        return new Explained(explained, total);
    }

    /** The word and its one-word synonyms, analysed like the index. */
    private Set<String> alternatives(String word) {
        Set<String> alternatives = new HashSet<>(queryAnalyzer.terms(word));
        alternatives.add(word);
        return alternatives;
    }

    /** The typo query of a word, already rewritten into the index terms it matches (what search would do). */
    private Query fuzzy(String word) {
        Query cached = fuzzyQueries.get(word);
        if (cached != null) {
            return cached;
        }
        try {
            Query rewritten = searcher.rewrite(new FuzzyQuery(new Term(QUESTIONS, word), maxEdits(word), 0, 10, true));
            remember(fuzzyQueries, word, rewritten);
            return rewritten;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the guide index in memory", e);
        }
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
