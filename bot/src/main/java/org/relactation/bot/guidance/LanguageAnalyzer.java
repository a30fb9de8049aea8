package org.relactation.bot.guidance;

import org.apache.lucene.analysis.Analyzer;
import org.relactation.bot.text.Words;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text analysis of one language, the same for the search index, the questions and the red-flag triggers:
 * Lucene's EnglishAnalyzer / SpanishAnalyzer chain (standard tokenizer, lower case, stop words, Porter or light
 * Spanish stemming) plus what phone typing needs: apostrophes are dropped ("can't", "can’t" and "cant"
 * are one word), accents are folded before the stop words and the stemmer ("pañal" and "panal", "cómo" and
 * "como" match), Spanish diminutives become the word they shrink ({@link SpanishDiminutiveFilter}: "sondita"),
 * Spanish verb forms their root ({@link SpanishVerbFilter}: "frustrarme", "frustrada"), and Spanish terms are
 * spelled as they sound ({@link SpanishSpellingFilter}: "relactasion"), and a number and unit after "hace" or before
 * "ago" become how long ago it was ({@link TimeAgoFilter}: "hace 3 semanas" is recent), and the thing named after
 * "instead of" is also a word of its own ({@link InsteadOfFilter}: "besides a bottle"). English uses the Snowball stop list, a longer
 * one than EnglishAnalyzer's default. Stop words are
 * removed, some words protected from stemming, and query-time synonyms added
 * after stemming. Languages without a stemmer here get the same chain without stop words and stemming.
 */
final class LanguageAnalyzer extends Analyzer {
    private static final NormalizeCharMap APOSTROPHES = apostrophes();

    private final String language;
    private final CharArraySet keepWords;
    private final SynonymMap synonyms;
    private final TimeAgoFilter.Vocabulary timeAgo;
    /** The phrases that say "instead of" ({@link InsteadOfFilter}), as their words; empty for none. */
    private final List<List<String>> insteadOf;
    /** The language's stop words and its chat spellings of them; null for a language without a list here. */
    private final CharArraySet stopWords;
    /** Phrases of stop words that ask something, as the word they become ({@link #withAskingPhrases}); or null. */
    private final SynonymMap askingPhrases;

    private LanguageAnalyzer(String language, CharArraySet keepWords, SynonymMap synonyms,
                             TimeAgoFilter.Vocabulary timeAgo, List<List<String>> insteadOf, CharArraySet stopWords,
                             SynonymMap askingPhrases) {
        this.language = language;
        this.keepWords = keepWords;
        this.synonyms = synonyms;
        this.timeAgo = timeAgo;
        this.insteadOf = insteadOf;
        this.stopWords = stopWords;
        this.askingPhrases = askingPhrases;
    }

    /** For the search index: stop words removed, {@code keepWords} not stemmed. */
    static LanguageAnalyzer forSearch(String language, Collection<String> keepWords) {
        return forSearch(language, keepWords, List.of(), TimeAgoFilter.Vocabulary.NONE);
    }

    /**
     * {@link #forSearch(String, Collection)}, with more stop words ({@code moreStopWords}: chat spellings of stop
     * words, "q" for "que", "xq" for "porque", which say nothing about a topic and are no typo of a word that does,
     * and words the other language's list drops, Spanish "debería" for "should") and a time ago read from a number
     * and a unit ({@link TimeAgoFilter}).
     */
    static LanguageAnalyzer forSearch(String language, Collection<String> keepWords, Collection<String> moreStopWords,
                                      TimeAgoFilter.Vocabulary timeAgo) {
        return forSearch(language, keepWords, moreStopWords, timeAgo, List.of());
    }

    /**
     * {@link #forSearch(String, Collection, Collection, TimeAgoFilter.Vocabulary)}, with the thing a parent wants
     * something instead of read after {@code insteadOf}'s phrases ({@link InsteadOfFilter}).
     */
    static LanguageAnalyzer forSearch(String language, Collection<String> keepWords, Collection<String> moreStopWords,
                                      TimeAgoFilter.Vocabulary timeAgo, Collection<String> insteadOf) {
        CharArraySet base = switch (language) {
            case "en" -> ENGLISH_STOP_WORDS;
            case "es" -> SPANISH_STOP_WORDS;
            default -> null;
        };
        CharArraySet stops = base;
        if (base != null && !moreStopWords.isEmpty()) {
            CharArraySet more = new CharArraySet(base, false);
            moreStopWords.forEach(word -> more.add(Words.fold(word)));
            stops = CharArraySet.unmodifiableSet(more);
        }
        return new LanguageAnalyzer(language, new CharArraySet(keepWords, true), null, timeAgo,
                InsteadOfFilter.markers(insteadOf), stops, null);
    }

    /** This chain followed by {@code map}, for questions (synonyms are expanded at query time only). */
    LanguageAnalyzer withSynonyms(SynonymMap map) {
        return new LanguageAnalyzer(language, keepWords, map, timeAgo, insteadOf, stopWords, askingPhrases);
    }

    /**
     * This chain with phrases of stop words that ask something a topic answers becoming a word, before the stop
     * words would drop them: "por qué", "x q" and "a qué se debe" ask for a cause, like "causa" ({@code lines}:
     * Solr-style "phrase, phrase => word", on the cards and in the questions alike; blank for none).
     */
    LanguageAnalyzer withAskingPhrases(String lines) {
        if (lines.isBlank()) {
            return this;
        }
        SolrSynonymParser parser = new SolrSynonymParser(true, true, new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        });
        try {
            parser.parse(new StringReader(lines));
            return new LanguageAnalyzer(language, keepWords, synonyms, timeAgo, insteadOf, stopWords, parser.build());
        } catch (ParseException e) {
            throw new IllegalArgumentException("asking phrases: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader never fails
        }
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        if (!timeAgo.isEmpty()) {
            stream = new TimeAgoFilter(stream, timeAgo);
        }
        if (!insteadOf.isEmpty()) {
            stream = new InsteadOfFilter(stream, insteadOf, stopWords);
        }
        if (askingPhrases != null) {
            stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, askingPhrases, true));
        }
        if (stopWords != null) {
            stream = new StopFilter(stream, stopWords);
        }
        if (!keepWords.isEmpty()) {
            stream = new SetKeywordMarkerFilter(stream, keepWords);
        }
        stream = switch (language) {
            case "en" -> new PorterStemFilter(stream);
            case "es" -> new SpanishLightStemFilter(new SpanishSpellingFilter(
                    new SpanishVerbFilter(new SpanishDiminutiveFilter(new SpanishEncliticFilter(stream)))));
            default -> stream;
        };
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    /**
     * English questions are mostly question words ("what", "who", "should", "can't"), which EnglishAnalyzer's
     * short default list keeps; Lucene's Snowball list (the one SpanishAnalyzer uses for Spanish) drops them. Less
     * "both": two parents who both nurse (co-lactation), both breasts.
     */
    private static final CharArraySet ENGLISH_STOP_WORDS = without(normalized(snowballList("english_stop.txt"),
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), "both");
    /**
     * Less "estados", a form of "estar" there but the country in "Estados Unidos" (against "Reino Unido"), and
     * "fuera", a form of "ser" there but the place in "fuera de la nevera" (against "en la nevera"), and "otro",
     * "ambos", "ambas": one breast against the other, two mothers who both nurse. ("otra" stays: "otra vez" is "again".)
     */
    private static final CharArraySet SPANISH_STOP_WORDS = without(normalized(SpanishAnalyzer.getDefaultStopSet()),
            "estados", "fuera", "otro", "ambos", "ambas");

    /**
     * {@code words} less {@code removed}. A CharArraySet holds char arrays, which no String equals: its remove(String)
     * finds nothing and removes nothing, so the set is copied without them instead.
     */
    private static CharArraySet without(CharArraySet words, String... removed) {
        Set<String> left = new HashSet<>();
        for (Object word : words) {
            left.add(new String((char[]) word));
        }
        left.removeAll(List.of(removed));
        return CharArraySet.unmodifiableSet(new CharArraySet(left, false));
    }

    /** Stop words as the filter sees them: after lower case, accent folding and apostrophe removal. */
    private static CharArraySet normalized(CharArraySet... lists) {
        CharArraySet words = new CharArraySet(512, false);
        for (CharArraySet list : lists) {
            for (Object word : list) {
                String text = new String((char[]) word);
                words.add(Words.fold(text));
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static CharArraySet snowballList(String resource) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's " + resource + " is missing from the class path");
            }
            return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One analysed word and where it was in the original text. */
    record Token(String term, int start, int end) {
    }

    /** The words of {@code text} after analysis, in order (synonyms, if any, included at their position). */
    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader never fails
        }
        return tokens;
    }

    /**
     * The analysed words at the first position of {@code text}: for one word, the word and its one-word synonyms,
     * without the later words of a synonym phrase ("night" brings "nighttime", not the "time" of "night time").
     */
    List<String> firstTerms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                if (position <= 0 && term.length() > 0) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader never fails
        }
        return terms;
    }

    /** Just the analysed words of {@code text}. */
    List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    private static NormalizeCharMap apostrophes() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String apostrophe : List.of("'", "\u2019", "\u2018", "\u02BC", "`", "\u00B4")) {
            builder.add(apostrophe, "");
        }
        return builder.build();
    }
}
