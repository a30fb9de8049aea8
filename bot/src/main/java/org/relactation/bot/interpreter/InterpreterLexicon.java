package org.relactation.bot.interpreter;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.text.Words;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The interpreter's word lists ({@code interpreter.words.*} in {@code content/LANG/interpreter.yaml}, every
 * language's together) and what they say about the words of a clause, whatever the rest of the message is: where a
 * question word joins rather than asks, where a clause weighs up what was said, which words open or end it. How a
 * message is cut and read is {@link Interpreter}'s; the command words are {@link CommandWords}'.
 */
final class InterpreterLexicon {
    /** Words that weigh a number up ("normal", "too much", "suficiente"): with them a log may be a question. */
    private final Set<List<String>> doubtPhrases = new HashSet<>();
    /** Words that tell what usually happens ("she wets", "i get", "normalmente"): interpreter.words.habitual. */
    private final Set<List<String>> habitualPhrases = new HashSet<>();
    /** Words that, inside a sentence, join clauses ("when", "que"): no question starts at one. */
    private final Set<String> relatives = new HashSet<>();
    /** Words that, inside a sentence, may join or may ask ("que" without its accent): the parent is asked. */
    private final Set<String> maybeRelatives = new HashSet<>();
    /** Words that, after a question word, make it ask ("when should", "cómo le"). */
    private final Set<String> auxiliaries = new HashSet<>();
    /** Words after which a question word tells ("no puedo", "i can"): interpreter.words.telling_before. */
    private final Set<String> tellingBefore = new HashSet<>();
    /** Words that exclaim before a feeling ("qué ilusión"): interpreter.words.exclaiming. */
    private final Set<String> exclaiming = new HashSet<>();
    /** Words naming the baby as a subject ("he", "el bebé"): interpreter.words.baby_words. */
    private final Set<List<String>> babyWords = new HashSet<>();
    /** Prepositions after which an unaccented question word joins ("miedo de que"): interpreter.words.embedding. */
    private final Set<String> embedding = new HashSet<>();
    /** Words that ask only before their subject ("is", "can"): interpreter.words.asks_before_subject. */
    private final Set<String> beforeSubject = new HashSet<>();
    /** Words that may be the subject asked about ("it", "my"): interpreter.words.subjects. */
    private final Set<String> subjects = new HashSet<>();
    /** Words after which an auxiliary tells rather than asks ("can barely", "is still"): telling_after. */
    private final Set<String> tellingAfter = new HashSet<>();
    /** Words that open a sentence about oneself ("im", "estoy"): after a log, a feeling may start at one. */
    private final Set<String> selfOpeners = new HashSet<>();
    /** Words that join a clause to the one before ("and", "y", "but"): a question may come after one. */
    private final Set<String> conjunctions = new HashSet<>();
    /** Verbs of knowing ("understand", "know", "entiende"): a question word after one asks nothing. */
    private final Set<String> knowing = new HashSet<>();
    /** Words after which "que" compares ("más que", "menos que"): it asks nothing there. */
    private final Set<String> comparing = new HashSet<>();
    /** Question words that, with a feeling said in words, ask nothing ("why is this so hard", "por qué a mí"). */
    private final Set<List<String>> rhetorical = new HashSet<>();


    InterpreterLexicon(ContentCatalog content) {
        for (String language : content.languages()) {
            Texts texts = content.texts(language);
            listed(texts, "joining").forEach(word -> conjunctions.addAll(Words.of(word)));
            foldInto(texts, "self_openers", selfOpeners);
            foldInto(texts, "asks_before_subject", beforeSubject);
            foldInto(texts, "telling_before", tellingBefore);
            foldInto(texts, "embedding", embedding);
            foldInto(texts, "exclaiming", exclaiming);
            listed(texts, "baby_words").forEach(phrase -> babyWords.add(Words.of(phrase)));
            foldInto(texts, "subjects", subjects);
            foldInto(texts, "knowing", knowing);
            foldInto(texts, "comparing", comparing);
            listed(texts, "rhetorical").forEach(phrase -> rhetorical.add(Words.of(phrase)));
            listed(texts, "relative").forEach(word -> relatives.add(word.toLowerCase(Locale.ROOT)));
            listed(texts, "asking_after").forEach(word -> auxiliaries.add(word.toLowerCase(Locale.ROOT)));
            listed(texts, "telling_after").forEach(word -> tellingAfter.add(word.toLowerCase(Locale.ROOT)));
            listed(texts, "relative_or_asking").forEach(word -> maybeRelatives.add(word.toLowerCase(Locale.ROOT)));
            listed(texts, "doubt").forEach(phrase -> doubtPhrases.add(Words.of(phrase)));
            listed(texts, "habitual").forEach(phrase -> habitualPhrases.add(Words.of(phrase)));
        }
    }

    /** The items of {@code interpreter.words.<list>}, folded as typed words are, into {@code words}. */
    static void foldInto(Texts texts, String list, Set<String> words) {
        listed(texts, list).forEach(word -> words.add(Words.fold(word)));
    }

    /** The non-blank items of {@code interpreter.words.<list>}, stripped. */
    static List<String> listed(Texts texts, String list) {
        return Arrays.stream(texts.get("interpreter.words." + list).split(",")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
    }

    /**
     * "left side gives 30ml right gives 5 why", "sale poco por qué": a bare question word ("why", "por qué") ends a
     * clause of a few words and asks about all of it; after a verb of knowing ("no sé por qué") it asks nothing.
     */
    boolean endsAsking(String clause) {
        List<String> words = Words.of(clause);
        for (List<String> phrase : rhetorical) {
            int at = words.size() - phrase.size();
            boolean condition = phrase.size() > 1 && (phrase.contains("if") || phrase.contains("si"));
            if (!condition && at >= 2 && words.subList(at, words.size()).equals(phrase) && !knows(words.get(at - 1))) {
                return true;
            }
        }
        return false;
    }

    boolean rhetorical(String clause) {
        return opensWith(clause, rhetorical, 0);
    }

    /** Whether {@code clause} opens with one of {@code phrases}, with at least {@code more} words after it. */
    static boolean opensWith(String clause, Set<List<String>> phrases, int more) {
        List<String> words = Words.of(clause);
        return phrases.stream().anyMatch(phrase -> phrase.size() + more <= words.size()
                && words.subList(0, phrase.size()).equals(phrase));
    }

    /** "4 hours between night sessions is ok": a log that ends weighing itself up asks about it. */
    boolean endsInDoubt(String clause) {
        List<String> words = Words.of(clause);
        return doubtPhrases.stream().anyMatch(phrase -> phrase.size() <= words.size()
                && words.subList(words.size() - phrase.size(), words.size()).equals(phrase));
    }

    /** "pañal con caca, bastante": a clause that ends in a word of doubt alone, no verb with it ("es poco"). */
    boolean endsInOneWordOfDoubt(String clause) {
        List<String> words = Words.of(clause);
        return !words.isEmpty() && doubtPhrases.contains(List.of(words.get(words.size() - 1)));
    }

    /** "está bien o...", "es normal que...": a clause that opens weighing up what was said before it. */
    boolean opensInDoubt(String clause) {
        return opensWith(clause, doubtPhrases, 1);
    }

    boolean doubts(String clause) {
        return holds(clause, doubtPhrases);
    }

    /** "mi bebé moja solo 4 pañales", "i usually get 20ml": a clause that tells what usually happens. */
    boolean habitual(String clause) {
        return holds(clause, habitualPhrases);
    }

    private static boolean holds(String clause, Set<List<String>> phrases) {
        List<String> words = Words.of(clause);
        for (List<String> phrase : phrases) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (words.subList(i, i + phrase.size()).equals(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Inside a sentence, a word that asks only before its subject ("is", "can") with no subject after it: the verb of
     * the sentence ("my body is failing my baby"), not a question ("so tired is it ok to...", "is 20ml enough").
     */
    boolean verbOfTheSentence(String[] words, int i) {
        if (i == 0 || !joins(words[i], beforeSubject)) {
            return false;
        }
        if (i + 1 >= words.length) {
            return true;
        }
        String next = words[i + 1];
        return !joins(next, subjects) && next.chars().noneMatch(Character::isDigit);
    }

    /** "will try that", "can do": a clause that opens with a word that asks only before its subject, and no subject. */
    boolean opensWithoutSubject(String clause) {
        String[] words = clause.strip().split("\\s+");
        return words.length >= 1 && joins(words[0], beforeSubject) && (words.length == 1
                || !joins(words[1], subjects) && words[1].chars().noneMatch(Character::isDigit));
    }

    /** An auxiliary at {@code i} with a word after it that makes it tell, not ask ("can barely", "is still"). */
    boolean tells(String[] words, int i) {
        return joins(words[i], auxiliaries) && i + 1 < words.length && joins(words[i + 1], tellingAfter);
    }

    /**
     * Whether a word inside a sentence joins clauses rather than asks: "when", "that", and the Spanish question
     * words written without their accent ("que", "cuando"), as they are inside a sentence; "qué" asks.
     */
    static boolean joins(String word, Set<String> list) {
        return list.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }

    /** "cómo", "qué": a word typed with an accent, which in Spanish marks a question word as asking. */
    static boolean accented(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.chars().allMatch(Character::isLetter) && !Words.fold(lower).equals(lower);
    }

    /** Whether a word is a verb of knowing, however its accents are typed ("sé", "se"). */
    boolean knows(String word) {
        return knowing.contains(Words.fold(word).replaceAll("[^\\p{L}]", ""));
    }

    /** Whether {@code piece} opens with the baby as its subject ("he still cried", "el bebé lloró"). */
    boolean aboutTheBaby(String piece) {
        return opensWith(piece, babyWords, 0);
    }

    /**
     * "why", "por qué?", "how come": one of the question words that ask nothing by themselves (the rhetorical list)
     * said alone.
     */
    boolean bare(String clause) {
        return rhetorical.contains(Words.of(clause));
    }

    /** "when", "cuando": a word that, inside a sentence, joins a clause to the one before. */
    boolean relative(String word) {
        return joins(word, relatives);
    }

    /** "que" without its accent: a word that, inside a sentence, may join or may ask. */
    boolean maybeRelative(String word) {
        return joins(word, maybeRelatives);
    }

    /** "should", "debo": a word that, after a question word, makes it ask ("when should", "cómo le"). */
    boolean auxiliary(String word) {
        return joins(word, auxiliaries);
    }

    /** "no", "i": a word after which a question word tells ("ya no puedo más"). */
    boolean tellsAfter(String word) {
        return joins(word, tellingBefore);
    }

    /** "and", "y", "but": a word that joins a clause to the one before, however it is typed. */
    boolean joining(String word) {
        return conjunctions.contains(Words.fold(word));
    }

    /** "im", "estoy": a word that opens a sentence about oneself. */
    boolean opensOwn(String word) {
        return selfOpeners.contains(Words.fold(word));
    }

    /** "más", "tuve": a word after which "que" compares or joins and asks nothing. */
    boolean compares(String word) {
        return comparing.contains(Words.fold(word));
    }

    /** "de", "con": a preposition after which an unaccented question word joins. */
    boolean embeds(String word) {
        return embedding.contains(Words.fold(word));
    }

    /** "q", "what": a word that, right before a feeling's own words, exclaims it. */
    boolean exclaims(String word) {
        return exclaiming.contains(word);
    }
}
