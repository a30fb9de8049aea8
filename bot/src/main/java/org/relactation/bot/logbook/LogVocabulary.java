package org.relactation.bot.logbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of content/logwords.yaml, as one {@link PhraseDictionary} per parent language. Every language's
 * words are in every dictionary, the parent's own first, because parents mix languages ("done" in a Spanish
 * chat); where two languages give one phrase different meanings, the parent's language wins.
 *
 * <p>Loading is strict, so a slip in the YAML stops start-up instead of quietly not understanding a word: an
 * unknown section, a non-text entry (YAML reads a bare {@code no} or {@code on} as a boolean), a phrase with a
 * digit, or one phrase with two meanings in one language all fail with the place named.
 */
final class LogVocabulary {
    static final String RESOURCE = "content/logwords.yaml";

    /** Sections that are plain lists of phrases with one meaning. */
    private static final Map<String, Meaning> LISTS = Map.ofEntries(
            // true: may be followed by a comment ("done, but I have a fever"); false: only alone ("ya")
            Map.entry("done", new Meaning(Sense.DONE, true)),
            Map.entry("done_alone", new Meaning(Sense.DONE, false)),
            Map.entry("comment_start", new Meaning(Sense.COMMENT_START, null)),
            Map.entry("filler", new Meaning(Sense.FILLER, null)),
            Map.entry("pronouns", new Meaning(Sense.PRONOUN, null)),
            Map.entry("question", new Meaning(Sense.QUESTION, null)),
            Map.entry("routine", new Meaning(Sense.ROUTINE, null)),
            Map.entry("half_more", new Meaning(Sense.HALF_MORE, null)),
            Map.entry("ago", new Meaning(Sense.AGO, null)),
            Map.entry("ago_before", new Meaning(Sense.AGO_BEFORE, null)),
            Map.entry("just_now", new Meaning(Sense.JUST_NOW, null)),
            Map.entry("time_prefix", new Meaning(Sense.TIME_PREFIX, null)),
            // true: may follow a bare number ("2pm"); a part of the day ("this morning") is a group below
            Map.entry("am", new Meaning(Sense.AM, true)),
            Map.entry("pm", new Meaning(Sense.PM, true)),
            Map.entry("supplement_given", new Meaning(Sense.SUPPLEMENT_GIVEN, null)),
            Map.entry("per_side", new Meaning(Sense.PER_SIDE, null)),
            // "each": per breast in one session, per session when several times are listed (see Reading#each)
            Map.entry("each", new Meaning(Sense.PER_SIDE, Boolean.TRUE)),
            Map.entry("times", new Meaning(Sense.TIMES, null)),
            Map.entry("drops", new Meaning(Sense.DROPS, null)),
            Map.entry("no_amount", new Meaning(Sense.NO_AMOUNT, null)),
            Map.entry("side_words", new Meaning(Sense.SIDE_WORD, null)),
            Map.entry("weighed", new Meaning(Sense.WEIGHED, null)));

    /** Sections that map a key to a list of phrases; the key gives the meaning. */
    private static final Map<String, Function<String, Meaning>> GROUPS = Map.ofEntries(
            Map.entry("methods", key -> new Meaning(Sense.METHOD, Method.valueOf(constant(key)))),
            Map.entry("sides", key -> new Meaning(Sense.SIDE, Side.valueOf(constant(key)))),
            Map.entry("duration_units", key -> new Meaning(Sense.DURATION_UNIT, positive(key))),
            Map.entry("fixed_durations", key -> new Meaning(Sense.FIXED_DURATION, positive(key))),
            Map.entry("volume_units", key -> new Meaning(Sense.VOLUME_UNIT, positive(key))),
            Map.entry("numbers", key -> new Meaning(Sense.NUMBER, positive(key))),
            Map.entry("clock_words", key -> new Meaning(Sense.CLOCK_WORD, LocalTime.parse(key))),
            // A part of the day: the half of the day of a time said with it, or about when without one.
            Map.entry("morning", key -> new Meaning(Sense.AM, LocalTime.parse(key))),
            Map.entry("evening", key -> new Meaning(Sense.PM, LocalTime.parse(key))),
            Map.entry("while_ago", key -> new Meaning(Sense.JUST_NOW, positive(key))),
            Map.entry("days", key -> new Meaning(Sense.DAY, "last_night".equals(key) ? new DayWord(0, true)
                    : new DayWord(Integer.parseInt(key), false))),
            Map.entry("supplements", key -> new Meaning(Sense.SUPPLEMENT_TYPE, Supplement.valueOf(constant(key)))),
            Map.entry("nappies", key -> new Meaning(Sense.NAPPY, NappyKind.valueOf(constant(key)))),
            Map.entry("weight_units", key -> new Meaning(Sense.WEIGHT_UNIT, positive(key))));

    /** Section of phrases that tell a session was done ("nursed", "le di pecho"): see {@link #tells}. */
    static final String TOLD = "told";
    /** The senses whose phrases may tell, in the past, that something was done: a session, or a feed given. */
    private static final Set<Sense> TELLING = EnumSet.of(Sense.METHOD, Sense.SUPPLEMENT_GIVEN);
    /** Section of phrases that open an exclamation, not a question ("what a night"): see {@link #exclaims}. */
    static final String EXCLAMATIONS = "exclamations";
    /** Section of question words that may open a clause saying when ("when she woke up"): see {@link #tellsWhen}. */
    static final String TIME_CLAUSE = "time_clause";
    /** Section of prepositions that may come before a question word ("a qué hora", "for how long"). */
    static final String PREPOSITIONS = "prepositions";
    /** Section of words that open a condition, a question when a sentence follows ("si me salto una..."). */
    static final String CONDITIONS = "conditions";
    /** Sections that are sets of phrases looked up by the parser, not words of the dictionary. */
    /** Section of question words that before a number mean "about" ("como 5 min"). */
    static final String APPROXIMATIONS = "approximations";
    /** Section of words and symbols that join clock times into a list ("at 1, 3 and 5"): see {@link #listsTimes}. */
    static final String TIME_LIST = "time_list";
    /** Section of list words that also join an hour and its minutes ("las 2 y 20"): see {@link #joinsMinutes}. */
    static final String MINUTES_JOIN = "minutes_join";
    /** Section of volume units that after pounds are ounces of weight ("12 lb 4 oz"): see {@link #ouncesOfWeight}. */
    static final String WEIGHT_OUNCES = "weight_ounces";
    /** Section of words that make a weight a change ("gained 150 g", "150 g más"): see {@link #changesWeight}. */
    static final String WEIGHT_CHANGE = "weight_change";
    /** Section of words that, right after a number, mean "about" and nothing more ("15ish ml"). */
    static final String NUMBER_SUFFIXES = "number_suffixes";
    /** Section of words that, just before a nappy word, say there was none ("no poop", "sin caca"): see {@link #denies}. */
    static final String NEGATIONS = "negations";
    /** Section of words about sleep ("of sleep", "slept"): see {@link #isSleep}. */
    static final String SLEEP = "sleep";
    /** Section of words that weigh an amount up ("maybe", "como"): a question mark after it is a doubt. */
    static final String DOUBTS = "doubts";
    /** Section of words that open a turn and say nothing ("wait", "oye"): see {@link #afterInterjections}. */
    static final String INTERJECTIONS = "interjections";
    /**
     * Section of letters a language does not sound at the start of a word and parents leave out ("ora" for "hora",
     * "ace" for "hace"): see {@link #spellings}.
     */
    static final String SILENT_INITIAL = "silent_initial";
    /**
     * Section mapping a word's ending to the endings of its diminutives ("o: [ito]": "ratito" for "rato", "horita"
     * for "hora", "minutitos" for "minutos"): see {@link #spellings}.
     */
    static final String DIMINUTIVES = "diminutives";
    /** A word is spelt another way only from this length on, so no short word turns into another ("oy"). */
    private static final int SPELLING_MIN_LETTERS = 3;
    /** Small words whose other spellings would be other words: never respelt. */
    private static final Set<Sense> NOT_RESPELT = EnumSet.of(Sense.FILLER, Sense.PRONOUN, Sense.COMMENT_START,
            Sense.QUESTION, Sense.NUMBER, Sense.TIMES, Sense.SIDE_WORD);
    /** Section of words that say a session is still to come ("gonna", "voy a"): see {@link #plans}. */
    static final String PLANS = "plans";
    /** Section of words that say the time is not known ("no idea", "no me acuerdo"): see {@link #saysNoTime}. */
    static final String NO_TIME = "no_time";
    /** Section of words that make a session word only say which milk or when: see {@link #givesContext}. */
    static final String CONTEXT_BEFORE = "context_before";
    /** Section of words that make a session a habit ("per session", "cada vez"): see {@link #habitual}. */
    static final String HABITUAL = "habitual";
    /** Section of words that say a session did not happen ("skipped", "no me saqué"): see {@link #skips}. */
    static final String SKIPPED = "skipped";
    /** Section of things done with a baby that are no session ("skin to skin", "piel con piel"): see {@link #doesOther}. */
    static final String ACTIVITIES = "activities";
    /** Derived: the last words of the units and the lengths said in words ("hour", "ml"): see withoutNumberSuffixes. */
    private static final String UNIT_ENDS = "unit ends";
    private static final Set<Sense> UNIT_SENSES = EnumSet.of(Sense.DURATION_UNIT, Sense.FIXED_DURATION,
            Sense.VOLUME_UNIT);
    /** Section of words that, right before an hour, mean half past it ("half 6", "half past 6"). */
    static final String HALF_PAST = "half_past";
    /** Section of words that, right before a volume unit, mean one of it ("an oz", "una onza"). */
    static final String ONE_BEFORE_UNIT = "one_before_unit";
    /** A phrase of plans, skips or activities has at most this many words ("skin to skin", "a punto de"). */
    private static final int PHRASE_MAX_WORDS = 4;
    private static final List<String> SETS = List.of(TOLD, EXCLAMATIONS, TIME_CLAUSE, PREPOSITIONS, CONDITIONS,
            APPROXIMATIONS, TIME_LIST, MINUTES_JOIN, WEIGHT_OUNCES, WEIGHT_CHANGE, NUMBER_SUFFIXES, NEGATIONS,
            SLEEP, DOUBTS, INTERJECTIONS, PLANS, SKIPPED, ACTIVITIES, HABITUAL, NO_TIME, CONTEXT_BEFORE, ONE_BEFORE_UNIT,
            HALF_PAST);
    /** A condition asks only with a sentence after it: "si, 15 min" answers yes. */
    private static final int CONDITION_MIN_WORDS = 5;

    private final Map<String, PhraseDictionary> byLanguage;
    private final PhraseDictionary fallback;
    private final Map<String, Set<String>> sets;

    private LogVocabulary(Map<String, PhraseDictionary> byLanguage, PhraseDictionary fallback,
                          Map<String, Set<String>> sets) {
        this.byLanguage = byLanguage;
        this.fallback = fallback;
        this.sets = sets;
    }

    /**
     * "what a night, pumped at 1 and at 3": the message opens with an exclamation, which asks nothing; "como 5 min":
     * with a question word that means "about" before a number.
     */
    boolean exclaims(List<Token> tokens) {
        return opensWith(tokens, sets.get(EXCLAMATIONS)) || tokens.size() >= 2
                && sets.get(APPROXIMATIONS).contains(tokens.get(0).text()) && tokens.get(1).type() == Token.Type.NUMBER;
    }

    /**
     * "when she woke up I nursed her 15 min", "cuando se despertó le di teta": a question word that opens a clause
     * saying when, followed by a session told in the past ({@link #tells}) and no other question word.
     */
    boolean tellsWhen(List<Piece> pieces) {
        if (pieces.isEmpty() || !sets.get(TIME_CLAUSE).contains(pieces.get(0).text())) {
            return false;
        }
        boolean told = false;
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).is(Sense.QUESTION) && i == 1 || pieces.get(i).is(Sense.ROUTINE)) {
                return false; // "when should...", "when does...": a question
            }
            told |= tells(pieces.get(i));
        }
        return told;
    }

    /**
     * "a qué hora es mejor", "for how long should I": a question word after a preposition; "si me salto la de las 3
     * se pierde todo", "if I skip one does it matter": a condition and a sentence after it.
     */
    boolean asksIndirectly(List<Token> tokens, List<Piece> pieces) {
        if (pieces.size() >= 2 && sets.get(PREPOSITIONS).contains(pieces.get(0).text())
                && pieces.get(1).is(Sense.QUESTION)) {
            return true;
        }
        return tokens.size() >= CONDITION_MIN_WORDS && sets.get(CONDITIONS).contains(tokens.get(0).text())
                && tokens.get(1).type() == Token.Type.WORD && tokens.get(1).start() > tokens.get(0).end()
                && tokens.stream().limit(2).noneMatch(token -> token.text().equals(","));
    }

    /**
     * Whether the message says, before its first log word, that the session is still to come: "gonna pump 15 min
     * now", "voy a sacarme 20 ml", "about to nurse". A plan is no log; "pumped 20 min, will pump again at 3" is.
     */
    boolean plans(List<Token> tokens, List<Piece> pieces) {
        return phraseBeforeFirstLogWord(tokens, pieces, sets.get(PLANS), false);
    }

    /** Whether the tokens open with a word of plans ("will", "voy a"), whatever follows. */
    boolean opensWithPlan(List<Token> tokens) {
        return phraseAt(tokens, 0, sets.get(PLANS)) > 0;
    }

    /** Whether the tokens, the words that open a turn aside, only say the time is not known ("idk", "ni me acuerdo"). */
    boolean saysNoTime(List<Token> tokens) {
        List<Token> said = afterInterjections(tokens);
        return !said.isEmpty() && sets.get(NO_TIME).contains(String.join(" ", said.stream().map(Token::text).toList()));
    }

    /**
     * Whether the message tells a habit rather than one session: "i only get 5ml per session", "pumping 20 min each
     * time", "saco 5 ml por sesión". With a count or times listed ("3 times, 10 min each time") it still tells them.
     */
    boolean habitual(List<Token> tokens) {
        Set<String> habits = sets.get(HABITUAL);
        for (int i = 0; i < tokens.size(); i++) {
            if (phraseAt(tokens, i, habits) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the message says the session did not happen, right before its first log word (small words aside):
     * "skipped the 3am pump", "didn't get to pump", "no me saqué a las 3", "me salté la de las 3". Not done, not
     * logged; "no hubo bajada pero me saqué 15 min" is a log.
     */
    boolean skips(List<Token> tokens, List<Piece> pieces) {
        return phraseBeforeFirstLogWord(tokens, pieces, sets.get(SKIPPED), true);
    }

    /**
     * "did skin to skin for an hour", "piel con piel 40 min": a length of something else done with the baby, and no
     * session, feed, nappy or weight named; no log.
     */
    boolean doesOther(List<Token> tokens, List<Piece> pieces) {
        boolean named = pieces.stream().anyMatch(piece -> piece.is(Sense.METHOD)
                || piece.is(Sense.SUPPLEMENT_TYPE) || piece.is(Sense.SUPPLEMENT_GIVEN) || piece.is(Sense.NAPPY)
                || piece.is(Sense.WEIGHED) || piece.is(Sense.WEIGHT_UNIT) || piece.is(Sense.VOLUME_UNIT)
                || piece.is(Sense.DROPS));
        if (named) {
            return false;
        }
        // What the message is about comes first: "did skin to skin for an hour"; "offered the breast after his bath"
        // is about the breast. A "done" before the activity is the activity's ("did skin to skin"); after it, a
        // session's ("skin to skin, then done 20 min").
        Set<String> activities = sets.get(ACTIVITIES);
        for (int i = 0; i < tokens.size(); i++) {
            int at = tokens.get(i).start();
            long wordsBefore = pieces.stream().filter(piece -> piece.start() < at && piece.sense().isFreeText()).count();
            if (wordsBefore > ACTIVITY_LEAD_WORDS) {
                return false;
            }
            if (phraseAt(tokens, i, activities) > 0) {
                return pieces.stream().noneMatch(piece -> piece.is(Sense.DONE) && piece.start() >= at);
            }
        }
        return false;
    }

    /** Whether an activity phrase ("skin to skin", "piel con piel") ends at piece {@code last}. */
    boolean activityEndsAt(List<Piece> pieces, int last) {
        for (int first = last; first >= 0 && first > last - PHRASE_MAX_WORDS; first--) {
            if (isActivity(pieces, first, last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an activity phrase starts at piece {@code first}. */
    boolean activityStartsAt(List<Piece> pieces, int first) {
        return activityEnd(pieces, first) >= 0;
    }

    /** The last piece of the longest activity phrase starting at piece {@code first}, or -1. */
    private int activityEnd(List<Piece> pieces, int first) {
        int end = -1;
        for (int last = first; last < pieces.size() && last < first + PHRASE_MAX_WORDS; last++) {
            if (isActivity(pieces, first, last)) {
                end = last;
            }
        }
        return end;
    }

    /**
     * "did skin to skin and she latched", "lo tuve piel con piel y mamó": where what follows an activity the message
     * opens with (after at most a word of the parent's own) starts; -1 when it opens with none.
     */
    int afterOpeningActivity(List<Piece> pieces) {
        int words = 0;
        for (int i = 0; i < pieces.size() && words <= ACTIVITY_LEAD_WORDS; i++) {
            int end = activityEnd(pieces, i);
            if (end >= 0) {
                return end + 1;
            }
            words += pieces.get(i).sense().isFiller() ? 0 : 1;
        }
        return -1;
    }

    private boolean isActivity(List<Piece> pieces, int first, int last) {
        return sets.get(ACTIVITIES).contains(said(pieces, first, last));
    }

    /** The pieces from {@code first} to {@code last} as a phrase of the sets is written ("skin to skin"). */
    static String said(List<Piece> pieces, int first, int last) {
        StringBuilder phrase = new StringBuilder();
        for (int k = first; k <= last; k++) {
            phrase.append(k == first ? "" : " ").append(pieces.get(k).text());
        }
        return phrase.toString();
    }

    /** Words of the parent's own that may come before the activity ("did skin to skin", "hicimos piel con piel"). */
    private static final int ACTIVITY_LEAD_WORDS = 1;

    /**
     * Whether a phrase of {@code phrases} comes before the message's first log word; with {@code rightBefore}, with
     * nothing but small words between.
     */
    private static boolean phraseBeforeFirstLogWord(List<Token> tokens, List<Piece> pieces, Set<String> phrases,
                                                    boolean rightBefore) {
        int first = -1;
        for (int p = 0; p < pieces.size() && first < 0; p++) {
            if (!pieces.get(p).sense().isFiller() && !pieces.get(p).sense().isFreeText()) {
                first = p;
            }
        }
        int firstLogWord = first < 0 ? Integer.MAX_VALUE : pieces.get(first).start();
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < firstLogWord; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int k = i; k < tokens.size() && k < i + PHRASE_MAX_WORDS && tokens.get(k).start() < firstLogWord;
                 k++) {
                phrase.append(k == i ? "" : " ").append(tokens.get(k).text());
                if (phrases.contains(phrase.toString())
                        && (!rightBefore || first >= 0 && onlySmallWordsBetween(pieces, tokens.get(k).end(), first))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the pieces from character {@code from} up to piece {@code to} are all small words, no punctuation: "no,
     * 20 min" answers no and tells a length.
     */
    private static boolean onlySmallWordsBetween(List<Piece> pieces, int from, int to) {
        for (int p = 0; p < to; p++) {
            if (pieces.get(p).start() >= from && (!pieces.get(p).sense().isFiller() || pieces.get(p).is(Sense.SYMBOL))) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensWith(List<Token> tokens, Set<String> phrases) {
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < tokens.size() && i < 3; i++) {
            start.append(i == 0 ? "" : " ").append(tokens.get(i).text());
            if (phrases.contains(start.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a method piece tells, in the past, that a session was done ("nursed", "le di pecho", "me saqué"), not
     * only names the method ("pumping", "teta"): a message that opens with one is a log with a few words of its own.
     */
    boolean tells(Piece piece) {
        return TELLING.contains(piece.sense()) && sets.get(TOLD).contains(piece.text());
    }

    /**
     * The tokens without the words that only soften the number before them ("15ish ml" is 15 ml, not 15 minutes
     * and a note "ish ml").
     */
    List<Token> withoutNumberSuffixes(List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        Set<String> suffixes = sets.get(NUMBER_SUFFIXES);
        Set<String> unitEnds = sets.get(UNIT_ENDS);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            // right after the number, or after the number and its unit: "15ish", "15 or so", "15 ml or so"; or after a
            // length said in words: "an hour or so ago", "una hora y pico"; joined by a hyphen too: "an hour-ish ago"
            boolean hyphened = token.type() == Token.Type.SYMBOL && "-".equals(token.text()) && !token.spaced()
                    && i + 1 < tokens.size() && !tokens.get(i + 1).spaced();
            boolean afterNumber = i > 0 && (token.type() == Token.Type.WORD || hyphened)
                    && (tokens.get(i - 1).type() == Token.Type.NUMBER
                    || i > 1 && tokens.get(i - 2).type() == Token.Type.NUMBER && tokens.get(i - 1).type() == Token.Type.WORD
                    || unitEnds != null && unitEnds.contains(tokens.get(i - 1).text()));
            int length = !afterNumber ? 0 : hyphened ? hyphenedSuffix(tokens, i + 1, suffixes)
                    : phraseAt(tokens, i, suffixes);
            if (length == 0) {
                kept.add(token);
            } else {
                i += length - 1;
            }
        }
        return kept;
    }

    /** After a hyphen, the hyphen and the suffix phrase at {@code i} ("-ish"), in tokens; 0 when there is none. */
    private static int hyphenedSuffix(List<Token> tokens, int i, Set<String> suffixes) {
        int length = phraseAt(tokens, i, suffixes);
        return length == 0 ? 0 : length + 1;
    }

    /** The number of tokens of the longest phrase of {@code phrases} starting at {@code i} ("or so"), or 0. */
    private static int phraseAt(List<Token> tokens, int i, Set<String> phrases) {
        int found = 0;
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < tokens.size() && k < i + PHRASE_MAX_WORDS; k++) {
            phrase.append(k == i ? "" : " ").append(tokens.get(k).text());
            if (phrases.contains(phrase.toString())) {
                found = k - i + 1;
            }
        }
        return found;
    }

    /** "que", "after": right before a session word, it only says which milk or when ("los 20 ml que me saqué"). */
    boolean givesContext(Piece piece) {
        return sets.get(CONTEXT_BEFORE).contains(piece.text());
    }

    /** Whether a piece is a preposition ("in", "en", "per"): before a day, it makes a count a rate ("in 24h"). */
    boolean isPreposition(Piece piece) {
        return sets.get(PREPOSITIONS).contains(piece.text());
    }

    /** Whether a piece joins clock times into a list: "and", "y", a comma ("at 1, 3 and 5"). */
    boolean listsTimes(Piece piece) {
        return sets.get(TIME_LIST).contains(piece.text());
    }

    /** Whether a list word also joins an hour and its minutes ("las 2 y 20" is 2:20, not two times). */
    boolean joinsMinutes(Piece piece) {
        return sets.get(MINUTES_JOIN).contains(piece.text());
    }

    /** Whether a volume unit after pounds is ounces of weight: "12 lb 4 oz" is no 4 oz of milk. */
    boolean ouncesOfWeight(Piece piece) {
        return sets.get(WEIGHT_OUNCES).contains(piece.text());
    }

    /** Whether a word next to a weight makes it a change, not a weight: "gained 150 g", "150 g más". */
    boolean changesWeight(Piece piece) {
        return sets.get(WEIGHT_CHANGE).contains(piece.text());
    }

    /** "sleep", "sueño", "slept": a length next to one is sleep, not a session. */
    boolean isSleep(Piece piece) {
        return sets.get(SLEEP).contains(piece.text());
    }

    /** "half", "half past": right before an hour, half past it ("half 6" is 6:30). */
    boolean meansHalfPast(String words) {
        return sets.get(HALF_PAST).contains(words);
    }

    /** "an", "una": right before a volume unit, one of it ("about an oz", "como una onza"). */
    boolean meansOne(Piece piece) {
        return sets.get(ONE_BEFORE_UNIT).contains(piece.text());
    }

    /** "like", "como": "about" before a number, and a doubt about it ("only", "apenas" say how little). */
    boolean hedges(Piece piece) {
        return approximates(piece) && sets.get(DOUBTS).contains(piece.text());
    }

    /** "like", "como": before a number, "about". */
    boolean approximates(Piece piece) {
        return sets.get(APPROXIMATIONS).contains(piece.text());
    }

    /**
     * Whether the text ends with a word or two that weigh the amount after them up: "maybe" in "maybe 3ml??",
     * "como" in "como 10?".
     */
    boolean endsDoubting(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        Set<String> doubts = sets.get(DOUBTS);
        int n = tokens.size();
        return n >= 1 && doubts.contains(tokens.get(n - 1).text())
                || n >= 2 && doubts.contains(tokens.get(n - 2).text() + " " + tokens.get(n - 1).text());
    }

    /** The tokens after the words and commas that open a turn and say nothing ("wait, what...", "oye pues..."). */
    List<Token> afterInterjections(List<Token> tokens) {
        Set<String> interjections = sets.get(INTERJECTIONS);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.text().equals(",") || token.text().equals(":")) {
                i++; // "oye, ...", "question: ..."
            } else if (i + 1 < tokens.size()
                    && interjections.contains(token.text() + " " + tokens.get(i + 1).text())) {
                i += 2;
            } else if (interjections.contains(token.text())) {
                i++;
            } else {
                break;
            }
        }
        return tokens.subList(i, tokens.size());
    }

    /** "no", "sin", "hasn't": a word that says what follows did not happen. */
    boolean denies(Piece piece) {
        return sets.get(NEGATIONS).contains(piece.text());
    }

    /** Reads content/logwords.yaml from the classpath. */
    static LogVocabulary load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = LogVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return from(yaml.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    static LogVocabulary from(JsonNode root) {
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw invalid("", "must map languages to their words");
        }
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        Map<String, Set<String>> sets = new HashMap<>();
        SETS.forEach(set -> sets.put(set, new HashSet<>()));
        root.properties().forEach(language -> {
            JsonNode sections = language.getValue();
            for (String set : SETS) {
                if (sections.isObject() && sections.has(set)) {
                    for (JsonNode item : sections.get(set)) {
                        sets.get(set).add(String.join(" ", Tokenizer.tokenize(item.asText()).stream()
                                .map(Token::text).toList()));
                    }
                    sections = ((ObjectNode) sections.deepCopy()).without(set);
                }
            }
            JsonNode silent = sections.isObject() ? sections.get(SILENT_INITIAL) : null;
            JsonNode diminutives = sections.isObject() ? sections.get(DIMINUTIVES) : null;
            if (sections.isObject()) {
                sections = ((ObjectNode) sections.deepCopy()).without(List.of(SILENT_INITIAL, DIMINUTIVES));
            }
            List<Entry> own = entriesOf(language.getKey(), sections);
            entries.put(language.getKey(), spellings(language.getKey(), own, silent, diminutives));
        });
        Set<String> told = sets.get(TOLD);
        Set<String> methods = new HashSet<>();
        entries.values().forEach(list -> list.stream().filter(entry -> TELLING.contains(entry.meaning().sense()))
                .forEach(entry -> methods.add(String.join(" ", entry.tokens()))));
        told.stream().filter(phrase -> !methods.contains(phrase)).findFirst().ifPresent(phrase -> {
            throw invalid(TOLD, "has '" + phrase + "', which is no phrase of methods or supplement_given");
        });
        // "an hour or so ago", "una hora y pico": the last word of a length or an amount, where "about" may follow
        Set<String> unitEnds = new HashSet<>();
        entries.values().forEach(list -> list.stream().filter(entry -> UNIT_SENSES.contains(entry.meaning().sense()))
                .forEach(entry -> unitEnds.add(entry.tokens().get(entry.tokens().size() - 1))));
        sets.put(UNIT_ENDS, unitEnds);
        // "subió" (weight_change) is a word of its own, no typo of "sucio"
        Set<String> ownWords = new HashSet<>();
        sets.values().forEach(set -> set.stream().filter(item -> !item.contains(" ")).forEach(ownWords::add));
        Map<String, PhraseDictionary> dictionaries = new HashMap<>();
        for (String language : entries.keySet()) {
            List<String> order = new ArrayList<>();
            order.add(language);
            entries.keySet().stream().filter(other -> !other.equals(language)).forEach(order::add);
            dictionaries.put(language, dictionary(order, entries, ownWords));
        }
        return new LogVocabulary(Map.copyOf(dictionaries),
                dictionary(new ArrayList<>(entries.keySet()), entries, ownWords), Map.copyOf(sets));
    }

    /** The dictionary for a parent writing in {@code language}; an unknown language reads all in file order. */
    PhraseDictionary forLanguage(String language) {
        return language == null ? fallback : byLanguage.getOrDefault(language, fallback);
    }

    private record Entry(List<String> tokens, Meaning meaning) {
    }

    private static PhraseDictionary dictionary(List<String> order, Map<String, List<Entry>> entries,
                                               Set<String> ownWords) {
        PhraseDictionary.Builder builder = new PhraseDictionary.Builder();
        for (String language : order) {
            entries.get(language).forEach(entry -> builder.add(entry.tokens(), entry.meaning()));
        }
        return builder.build(ownWords);
    }

    /**
     * The entries and, after them, the other ways a language's parents spell their last word: without a letter the
     * language does not sound at its start ("hace media ora"), or as a diminutive ("hace una horita", "unos
     * minutitos"). A spelling that is already a phrase of the language keeps that phrase's meaning.
     */
    private static List<Entry> spellings(String language, List<Entry> entries, JsonNode silent,
                                         JsonNode diminutives) {
        List<String> letters = new ArrayList<>();
        if (silent != null) {
            if (!silent.isArray()) {
                throw invalid(language + "." + SILENT_INITIAL, "must be a list of letters");
            }
            silent.forEach(letter -> letters.add(letter.asText()));
        }
        Map<String, List<String>> endings = new LinkedHashMap<>();
        if (diminutives != null) {
            if (!diminutives.isObject()) {
                throw invalid(language + "." + DIMINUTIVES, "must map a word's ending to its diminutives' endings");
            }
            diminutives.properties().forEach(ending -> {
                List<String> into = new ArrayList<>();
                ending.getValue().forEach(item -> into.add(item.asText()));
                endings.put(ending.getKey(), into);
            });
        }
        if (letters.isEmpty() && endings.isEmpty()) {
            return entries;
        }
        Set<List<String>> known = new HashSet<>();
        entries.forEach(entry -> known.add(entry.tokens()));
        List<Entry> all = new ArrayList<>(entries);
        for (Entry entry : entries) {
            if (NOT_RESPELT.contains(entry.meaning().sense())) {
                continue;
            }
            String last = entry.tokens().get(entry.tokens().size() - 1);
            List<String> spelt = new ArrayList<>();
            // "echo" and "ice" are words of their own: "done" is never read without its first letter.
            if (entry.tokens().size() == 1 && entry.meaning().sense() != Sense.DONE) {
                letters.stream().filter(letter -> last.startsWith(letter)
                        && last.length() - letter.length() >= SPELLING_MIN_LETTERS)
                        .forEach(letter -> spelt.add(last.substring(letter.length())));
            }
            // The longest ending that fits: "os" before "o", so "minutos" becomes "minutitos".
            endings.entrySet().stream().filter(ending -> last.endsWith(ending.getKey())
                            && last.length() - ending.getKey().length() >= SPELLING_MIN_LETTERS - 1)
                    .max(Comparator.comparingInt(ending -> ending.getKey().length()))
                    .ifPresent(ending -> ending.getValue().forEach(small -> spelt.add(
                            last.substring(0, last.length() - ending.getKey().length()) + small)));
            for (String word : spelt) {
                List<String> tokens = new ArrayList<>(entry.tokens());
                tokens.set(tokens.size() - 1, word);
                if (known.add(List.copyOf(tokens))) {
                    all.add(new Entry(List.copyOf(tokens), entry.meaning()));
                }
            }
        }
        return all;
    }

    private static List<Entry> entriesOf(String language, JsonNode sections) {
        if (!sections.isObject()) {
            throw invalid(language, "must be a map of sections");
        }
        List<Entry> entries = new ArrayList<>();
        PhraseDictionary.Builder duplicates = new PhraseDictionary.Builder();
        sections.properties().forEach(section -> {
            String name = section.getKey();
            String where = language + "." + name;
            if (LISTS.containsKey(name)) {
                addPhrases(where, section.getValue(), LISTS.get(name), entries, duplicates);
            } else if (GROUPS.containsKey(name)) {
                if (!section.getValue().isObject()) {
                    throw invalid(where, "must be a map of keys to lists");
                }
                section.getValue().properties().forEach(group -> {
                    Meaning meaning;
                    try {
                        meaning = GROUPS.get(name).apply(group.getKey());
                    } catch (RuntimeException e) {
                        throw invalid(where + "." + group.getKey(), "is not a key this section knows");
                    }
                    addPhrases(where + "." + group.getKey(), group.getValue(), meaning, entries, duplicates);
                });
            } else {
                throw invalid(where, "is not a known section");
            }
        });
        return entries;
    }

    private static void addPhrases(String where, JsonNode list, Meaning meaning, List<Entry> entries,
                                   PhraseDictionary.Builder duplicates) {
        if (!list.isArray()) {
            throw invalid(where, "must be a list of phrases");
        }
        for (JsonNode item : list) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw invalid(where, "has '" + item + "', which is not a phrase (quote words like \"no\" and \"on\")");
            }
            List<Token> tokens = Tokenizer.tokenize(item.asText());
            if (tokens.isEmpty() || tokens.stream().anyMatch(token -> token.type() == Token.Type.NUMBER)) {
                throw invalid(where, "has '" + item.asText() + "': phrases are words, never digits");
            }
            List<String> texts = tokens.stream().map(Token::text).toList();
            Meaning earlier = duplicates.add(texts, meaning);
            if (earlier != null && !earlier.equals(meaning)) {
                throw invalid(where, "gives '" + item.asText() + "' a second meaning (" + earlier.sense() + ")");
            }
            entries.add(new Entry(texts, meaning));
        }
    }

    private static String constant(String key) {
        return key.toUpperCase(Locale.ROOT);
    }

    private static Double positive(String key) {
        double value = Double.parseDouble(key);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key);
        }
        return value;
    }

    private static IllegalStateException invalid(String where, String problem) {
        return new IllegalStateException(RESOURCE + ": " + (where.isEmpty() ? "the file" : where) + " " + problem);
    }
}
