package org.relactation.bot.guidance;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Lucene's query builder, with a word whose synonym class holds a phrase weighing about once rather than once per
 * alternative. Lucene blends the one-word synonyms of a word into one clause, but a word whose class also holds a
 * phrase ("complemento" with "leche artificial") becomes one clause per alternative, all added up: "complemento"
 * counted about five times in the card on cutting formula down, which says every one of them, and a class with more
 * alternatives weighed more than a word with none. Here the class scores as its best-matching alternative plus
 * {@link #FURTHER_ALTERNATIVE} of each further one: a card that says several ways of one thing is still more about
 * it than a card that says one ("how often", "how many times" and "frequency" are all the card on how often to
 * pump), without the number of ways deciding. An alternative two classes share after stemming ("suplemento" in
 * the formula class and "suplementar" in the supplementing one) counts once: it counted once in full and once more
 * as a further alternative, so "cómo le doy el suplemento" weighed the card that says "fórmula" most.
 */
final class SynonymClassQueryBuilder extends QueryBuilder {
    /**
     * How much each alternative of a class counts beside the best-matching one (1 was Lucene's sum). Chosen on all
     * the development sets at once, together with {@link CardIndex#ASKING_BOOST}: below 0.7 the card on how often to
     * pump lost "how often" questions with a night in their context to the night card, and 0.7 needed a boost that
     * made unanswerable questions confident.
     */
    static final float FURTHER_ALTERNATIVE = 0.85f;

    SynonymClassQueryBuilder(Analyzer analyzer) {
        super(analyzer);
    }

    @Override
    protected Query newGraphSynonymQuery(Iterator<Query> queries) {
        List<Query> alternatives = new ArrayList<>();
        queries.forEachRemaining(query -> {
            if (query != null && !alternatives.contains(query)) {
                alternatives.add(query);
            }
        });
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.getFirst()
                : new DisjunctionMaxQuery(alternatives, FURTHER_ALTERNATIVE);
    }
}
