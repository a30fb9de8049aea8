package org.relactation.bot.guidance;

import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymClassQueryBuilderTest {
    private static final LanguageAnalyzer PLAIN = LanguageAnalyzer.forSearch("en", List.of());
    /** A class with a phrase among its alternatives, and a class of single words. */
    private static final LanguageAnalyzer WITH_SYNONYMS = synonyms(
            "formula, supplement, artificial milk\nbottle, feeder");

    private static LanguageAnalyzer synonyms(String lines) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, PLAIN);
        try {
            parser.parse(new StringReader(lines));
            return PLAIN.withSynonyms(parser.build());
        } catch (IOException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWordWhoseClassHoldsAPhraseIsItsBestAlternativeAndLessOfTheOthers() {
        // Lucene's own builder makes "formula" three clauses added up: formula, supplement, artificial AND milk.
        Query built = new SynonymClassQueryBuilder(WITH_SYNONYMS).createBooleanQuery("f", "formula");

        assertThat(built).isInstanceOf(BooleanQuery.class);
        assertThat(((BooleanQuery) built).clauses()).hasSize(1);
        Query query = ((BooleanQuery) built).clauses().getFirst().query();
        assertThat(query).isInstanceOf(DisjunctionMaxQuery.class);
        assertThat(((DisjunctionMaxQuery) query).getDisjuncts()).hasSize(3);
        assertThat(((DisjunctionMaxQuery) query).getTieBreakerMultiplier())
                .isEqualTo(SynonymClassQueryBuilder.FURTHER_ALTERNATIVE).isLessThan(1f);
    }

    @Test
    void anAlternativeThatTwoClassesShareCountsOnce() {
        // After stemming, "supplementing" is "supplement": both lines give "supplement" as an alternative of itself,
        // which counted once in full and once more at the further alternatives' share.
        LanguageAnalyzer overlapping = synonyms("formula, supplement, artificial milk\nsupplementing, supplement");
        Query built = new SynonymClassQueryBuilder(overlapping).createBooleanQuery("f", "supplement");

        Query query = ((BooleanQuery) built).clauses().getFirst().query();
        assertThat(query).isInstanceOf(DisjunctionMaxQuery.class);
        assertThat(((DisjunctionMaxQuery) query).getDisjuncts()).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void aCardSayingEveryAlternativeGetsLessThanLucenesSumButMoreThanForOne() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PLAIN))) {
            for (String text : List.of("formula supplement artificial milk", "cup spoon")) {
                Document document = new Document();
                document.add(new TextField("f", text, Field.Store.NO));
                writer.addDocument(document);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
        float ours = searcher.search(new SynonymClassQueryBuilder(WITH_SYNONYMS).createBooleanQuery("f", "formula"), 1)
                .scoreDocs[0].score;
        float lucenes = searcher.search(new QueryBuilder(WITH_SYNONYMS).createBooleanQuery("f", "formula"), 1)
                .scoreDocs[0].score;
        float typedOnly = searcher.search(new QueryBuilder(PLAIN).createBooleanQuery("f", "formula"), 1)
                .scoreDocs[0].score;

        assertThat(ours).isLessThan(lucenes).isGreaterThan(typedOnly);
    }

    @Test
    void aClassOfSingleWordsIsStillLucenesBlendedClause() {
        assertThat(new SynonymClassQueryBuilder(WITH_SYNONYMS).createBooleanQuery("f", "bottle"))
                .isInstanceOf(SynonymQuery.class);
    }
}
