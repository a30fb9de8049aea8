package org.relactation.bot.logbook;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a parent's log from the few words they type, one-handed at 3 a.m., in English or Spanish: "done",
 * "pumped 15 min 20ml", "L 10 R 8", "hace media hora di el pecho", "gave 60 ml formula", "3 wet 1 dirty".
 * A pure function of the text, the parent's language and zone and the current instant: no database, no clock,
 * no Telegram, so it is tested on its own and the same answer comes every time.
 *
 * <p>The answers:
 * <ul>
 *   <li>{@link ParseResult.NotALog}: questions (any "?" or "¿", or a question word first: "is it done",
 *       "cuánto debo sacar"), commands, greetings, a bare number ("15" could be minutes, ml or a time), and text
 *       that is not only log words, unless it also gives a number or a time or opens with a log and a break
 *       ("I'm done with pumping" is not a session; "pumped 15 min felt relaxed" and "done, but I have a fever"
 *       are, with a note). Messages over {@value LogLimits#MAX_MESSAGE_CHARS}
 *       characters, or with more than {@value LogLimits#MAX_NOTE_WORDS} words besides the log, are stories;</li>
 *   <li>{@link ParseResult.Parsed}: a session, supplement or nappies entry; a duration or volume alone
 *       ("15 min", "20 ml") is a session with {@link Method#DEFAULT}, as if the parent had tapped "done";</li>
 *   <li>{@link ParseResult.Several}: sessions or feeds at several times listed in one message ("pumped at 1, 3
 *       and 5, 20 min each"), one entry each;</li>
 *   <li>{@link ParseResult.Rejected}: clearly a log but impossible or unclear, including two kinds of entry in
 *       one message; see {@link Rejection}.</li>
 * </ul>
 *
 * <p>Durations: "15 min", "15m", "1h 5m", "1 h 30", "20 minutos", "media hora" and "half an hour" (30),
 * "a quarter of an hour" (15), "1:05 h". A number without a unit gets one only from its neighbour (see
 * {@link BareNumberReader}): "pumped 15" is 15 minutes, "formula 60" 60 ml. "1:05" alone is a clock time, and
 * so is "14h30"; see {@link ClockReader} for "1h30". Volumes: ml, cc and oz (1 oz = 29.5735 ml), with "." or
 * "," decimals, added up and then rounded to whole ml. Times: see {@link EventTime}. What kind of entry and
 * what is a note: see {@link EntryAssembler}. Words come from content/logwords.yaml; the structure is here.
 *
 * <p>Never throws on any text: input is read by a linear tokenizer and a longest-match dictionary, with no
 * regular expressions, so a parse takes microseconds whatever the message. Immutable and thread-safe.
 */
public final class LogParser {
    private static final ParseResult NOT_A_LOG = new ParseResult.NotALog();

    private final LogVocabulary vocabulary;

    private LogParser(LogVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Reads the vocabulary from content/logwords.yaml on the classpath; fails at start-up if it is broken. */
    public static LogParser load() {
        return new LogParser(LogVocabulary.load());
    }

    /** A nappy word still tells a log after this many words of the parent's own ("a huge dirty diaper"). */
    private static final int NAPPY_LEAD_WORDS = 1;
    /** "ni una sola gotita": at most this many pieces from a denial to the drops it denies. */
    private static final int NEAR_DENIAL = 3;
    /** The pieces of an opening exclamation ("what" and "a night"), where a routine word is only a word. */
    private static final int EXCLAMATION_PIECES = 2;
    /** "did all 8 pumps": the pieces after "did" within which a session named makes it tell. */
    private static final int DONE_LEAD_PIECES = 3;

    /**
     * @param text     the message as typed; null or blank is not a log
     * @param language the parent's language ("en", "es"): its words win where two languages disagree
     * @param zone     the parent's zone, to place clock times and days
     * @param now      the current instant, from the caller's clock
     */
    public ParseResult parse(String text, String language, ZoneId zone, Instant now) {
        return parse(text, language, zone, now, true);
    }

    /** @param split whether a session and a feed told in one message may be read as two ({@link #sessionAndFeed}) */
    private ParseResult parse(String text, String language, ZoneId zone, Instant now, boolean split) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
        if (text == null) {
            return NOT_A_LOG;
        }
        String message = withoutDoubtMarks(text.strip());
        if (message.isEmpty() || message.length() > LogLimits.MAX_MESSAGE_CHARS || message.startsWith("/")
                || isAsking(message)) {
            return NOT_A_LOG;
        }
        List<Token> tokens = vocabulary.withoutNumberSuffixes(Tokenizer.tokenize(message));
        List<Piece> pieces = vocabulary.forLanguage(language).pieces(tokens);
        if (pieces.isEmpty() || asksAfterInterjection(tokens, language) || opensQuestion(tokens, pieces)
                || tellsRoutine(tokens, pieces) || vocabulary.plans(tokens, pieces) || vocabulary.skips(tokens, pieces)
                || vocabulary.doesOther(tokens, pieces)) {
            // a question, a routine ("every 3 hours") rather than one session, a session still to come or one
            // that did not happen, or something else done with the baby
            return NOT_A_LOG;
        }
        ParseResult result = new EntryAssembler(message, LogReader.read(pieces, vocabulary), zone, now,
                opensTelling(pieces)).assemble();
        // "i only get 5ml per session": a habit, no session; a count or times listed still tell sessions
        if (result instanceof ParseResult.Parsed && vocabulary.habitual(tokens)) {
            return NOT_A_LOG;
        }
        return split && result instanceof ParseResult.Rejected rejected && rejected.reason() == Rejection.MIXED_KINDS
                ? sessionAndFeed(message, pieces, language, zone, now).orElse(result) : result;
    }

    /**
     * "nursed 15 min then 30 ml formula", "90ml formula at 10pm, then nursed him": a session and a feed told one
     * after the other, as two entries. The message is cut where one ends and the other begins: each side read on
     * its own must be one of the two, and of the cuts that work, the one leaving the fewest words to the notes is
     * taken. A time said for one only is the other's too ("le di pecho a las 5 y luego 60 de fórmula"). The feed
     * must say how much. Empty when no cut works: the parent is asked to send them apart.
     */
    private Optional<ParseResult> sessionAndFeed(String message, List<Piece> pieces, String language, ZoneId zone,
                                                 Instant now) {
        List<LogEntryDraft> best = null;
        int fewest = Integer.MAX_VALUE;
        for (int cut = 1; cut < pieces.size(); cut++) {
            String head = message.substring(0, pieces.get(cut).start()).strip();
            String tail = message.substring(pieces.get(cut).start()).strip();
            if (!(parse(head, language, zone, now, false) instanceof ParseResult.Parsed first)
                    || !(parse(tail, language, zone, now, false) instanceof ParseResult.Parsed second)
                    || !SESSION_AND_FEED.contains(first.entry().kind())
                    || !SESSION_AND_FEED.contains(second.entry().kind())
                    || first.entry().kind() == second.entry().kind()) {
                continue;
            }
            // "nursed 15 min then gave a bottle": a feed without its amount is told apart (a denied one is none at all)
            LogEntryDraft fed = first.entry().kind() == EntryKind.SUPPLEMENT ? first.entry() : second.entry();
            if (fed.ml() == null) {
                continue;
            }
            int noteWords = noteWords(first.entry()) + noteWords(second.entry());
            if (noteWords < fewest) {
                fewest = noteWords;
                best = List.of(first.entry(), second.entry());
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        LogEntryDraft first = best.get(0);
        LogEntryDraft second = best.get(1);
        if (first.timeGiven() != second.timeGiven()) {
            LogEntryDraft timed = first.timeGiven() ? first : second;
            first = first.timeGiven() ? first : first.at(timed.at());
            second = second.timeGiven() ? second : second.at(timed.at());
        }
        return Optional.of(new ParseResult.Several(List.of(first, second), null, null));
    }

    /** The kinds {@link #sessionAndFeed} tells apart, one of each. */
    private static final Set<EntryKind> SESSION_AND_FEED = Set.of(EntryKind.SESSION, EntryKind.SUPPLEMENT);

    private static int noteWords(LogEntryDraft entry) {
        return entry.note() == null ? 0 : entry.note().split("\\s+").length;
    }

    /** Whether {@code text} opens by telling a session or a nappy ("hand expressed a few drops", "he pooped"). */
    public boolean tells(String text, String language) {
        if (text == null || text.isBlank()) {
            return false;
        }
        List<Token> tokens = vocabulary.withoutNumberSuffixes(Tokenizer.tokenize(text.strip()));
        return opensTelling(vocabulary.forLanguage(language).pieces(tokens));
    }

    /**
     * A routine word ("every 3 hours", "a night"), except in the exclamation a message opens with ("what a night,
     * pumped at 1 and 3").
     */
    private boolean tellsRoutine(List<Token> tokens, List<Piece> pieces) {
        int from = vocabulary.exclaims(tokens) ? EXCLAMATION_PIECES : 0;
        return pieces.stream().skip(from).anyMatch(piece -> piece.is(Sense.ROUTINE));
    }

    /**
     * "nursed before bed", "I nursed her...": the first word of weight tells that a session was done; "dirty diaper,
     * yellow and seedy", "she pooped", "massive blowout": so does a nappy word first, or after one word of the
     * parent's own; a feed given ("gave", "le di") with what was fed after it; "did" or "hice" with a session
     * named within a few words ("did my pump", "did all 8 pumps"); after an activity the message opens with, so does
     * the first word of weight after it.
     */
    private boolean opensTelling(List<Piece> pieces) {
        int after = vocabulary.afterOpeningActivity(pieces);
        if (after > 0 && after < pieces.size()) {
            // "did skin to skin and she latched": the session told after the thing done with the baby
            return opensTelling(pieces.subList(after, pieces.size()));
        }
        int words = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.sense().isFiller()) {
                continue;
            }
            if (words == 0 && piece.is(Sense.DONE) && pieces.subList(i + 1, Math.min(pieces.size(),
                    i + 1 + DONE_LEAD_PIECES)).stream().anyMatch(next -> next.is(Sense.METHOD) || next.is(Sense.TIMES))) {
                return true; // "did my pump", "did all 8 pumps today"
            }
            if (words == 0 && vocabulary.tells(piece)) {
                // "gave the last bottle of the day": a feed given tells with what was fed named after it ("gave him a
                // kiss", "gave up" tell no feed)
                return !piece.is(Sense.SUPPLEMENT_GIVEN) || pieces.subList(i + 1, pieces.size()).stream()
                        .anyMatch(fed -> fed.is(Sense.SUPPLEMENT_TYPE) || fed.is(Sense.SUPPLEMENT_GIVEN));
            }
            if (piece.is(Sense.NAPPY)) {
                return words <= NAPPY_LEAD_WORDS; // "a huge dirty diaper", "massive blowout"
            }
            if (!piece.sense().isFreeText()) {
                return false;
            }
            words++;
        }
        return false;
    }

    /**
     * The numbers of a message that says nothing else but small words ("unos 15", "about 20", "10 and 12"), in
     * order; empty for anything else. What they count is for the question the bot asked to say.
     */
    public List<Double> bareNumbers(String text, String language) {
        return bareNumbers(text, language, false);
    }

    /**
     * Like {@link #bareNumbers(String, String)}, with words that only say where among the small words when
     * {@code sides}: "10 de un lado y 12 del otro", "20 entre los dos pechos", and "3 de cada lado" (3 and 3). A
     * question mark after nothing but numbers and small words is a doubt ("maybe 8?"), not a question.
     */
    public List<Double> bareNumbers(String text, String language, boolean sides) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String message = text.strip();
        while (message.endsWith("?")) {
            message = message.substring(0, message.length() - 1).strip();
        }
        if (message.isEmpty() || isAsking(message)) {
            return List.of();
        }
        // "eh 15 or so", "hmm like 20": the words that open a turn say nothing about the number
        List<Token> tokens = vocabulary.afterInterjections(
                vocabulary.withoutNumberSuffixes(Tokenizer.tokenize(message)));
        List<Piece> pieces = vocabulary.forLanguage(language).pieces(tokens);
        List<Double> numbers = new ArrayList<>();
        boolean eachSide = false;
        for (Piece piece : pieces) {
            if (piece.is(Sense.NUMBER) && piece.number() != null) {
                numbers.add(piece.number().value());
            } else if (sides && piece.is(Sense.PER_SIDE) && !Boolean.TRUE.equals(piece.value())) {
                eachSide = true;
            } else if (!piece.sense().isConnector() && !vocabulary.approximates(piece)
                    && !(sides && (piece.is(Sense.SIDE_WORD) || piece.is(Sense.NO_AMOUNT) || piece.is(Sense.DROPS)
                    || expresses(piece)))) {
                // with sides (an answer to "How much?"): "poquito, 5", "not much, maybe 5" say 5, and so does
                // "saqué 40": the verb of getting milk out only repeats what was asked about
                return List.of();
            }
        }
        if (eachSide && numbers.size() == 1) {
            // "3 de cada lado", "5 each side": as much from the other breast
            numbers.add(numbers.get(0));
        }
        return List.copyOf(numbers);
    }

    /** "pumped", "saqué", "me extraje": a word that says milk was got out, by pump or by hand. */
    private static boolean expresses(Piece piece) {
        return piece.is(Sense.METHOD) && piece.value() instanceof Method method && method.expresses();
    }

    /**
     * Whether {@code text} says there is no amount to give and nothing else: "nothing came out", "0, nothing",
     * "didn't measure sorry", "nada, cero", "ni idea". The answer to "How much?" that keeps the session without one.
     */
    public boolean saysNoAmount(String text, String language) {
        if (text == null || text.isBlank() || isAsking(text)) {
            return false;
        }
        List<Piece> pieces = vocabulary.forLanguage(language).pieces(Tokenizer.tokenize(text.strip()));
        boolean said = false;
        int denial = -1;
        int waiting = 0; // words after a denial, said before the drops it denies
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            boolean zero = piece.is(Sense.NUMBER) && piece.number() != null && piece.number().value() == 0;
            if (piece.is(Sense.DROPS)) {
                // "ni una sola gotita", "not even a drop": the drops denied, whatever small words come between
                if (denial >= 0 && i - denial <= NEAR_DENIAL) {
                    said = true;
                    waiting = 0;
                    denial = -1;
                }
            } else if (piece.is(Sense.NO_AMOUNT) || zero) {
                said = true;
            } else if (vocabulary.denies(piece)) {
                denial = i;
            } else if (piece.is(Sense.VOLUME_UNIT) || piece.is(Sense.DAY)) {
                // "cero ml", "nothing today": the unit of none, the day it is about
            } else if (!piece.sense().isFiller() && !vocabulary.approximates(piece)) {
                if (denial < 0 || i - denial >= NEAR_DENIAL) {
                    return false;
                }
                waiting++;
            }
        }
        return said && waiting == 0;
    }

    /** Whether {@code text} opens with a word of plans ("will", "gonna", "voy a"): what the parent is about to do. */
    public boolean opensWithPlan(String text) {
        return text != null && !text.isBlank() && vocabulary.opensWithPlan(Tokenizer.tokenize(text.strip()));
    }

    /**
     * Whether {@code text} says, before any stop or comma, that the time is not known: "no idea", "don't remember",
     * "ni me acuerdo, estoy muerta". The answer to "When was it?" that logs the session now.
     */
    public boolean saysNoTime(String text) {
        if (text == null || text.isBlank() || isAsking(text)) {
            return false;
        }
        String first = text.strip().split("[,.;!]", 2)[0];
        return vocabulary.saysNoTime(Tokenizer.tokenize(first.strip()));
    }

    /**
     * Whether {@code text} asks something by its form: a question mark, or a question word first ("how often...",
     * "cuánto tarda..."), in the parent's language or any other. Its topic is for the question matcher to find.
     */
    public boolean asks(String text, String language) {
        return asks(text, language, false);
    }

    /**
     * Like {@link #asks}, for a rest of a sentence that starts inside it: its first word asks only as typed, since a
     * word one letter from a question word there is mostly another form of it ("me da miedo que no funcione").
     */
    public boolean asksFrom(String text, String language) {
        return asks(text, language, true);
    }

    private boolean asks(String text, String language, boolean firstAsTyped) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String message = withoutDoubtMarks(text.strip());
        if (!firstAsTyped && isAsking(message)) {
            return true;
        }
        List<Token> tokens = vocabulary.withoutNumberSuffixes(Tokenizer.tokenize(message));
        List<Piece> pieces = vocabulary.forLanguage(language).pieces(tokens);
        boolean typo = firstAsTyped && !pieces.isEmpty() && !tokens.isEmpty() && pieces.get(0).is(Sense.QUESTION)
                && !(pieces.get(0).text() + " ").startsWith(tokens.get(0).text() + " ");
        return !typo && (isAsking(message) || opensQuestion(tokens, pieces) || asksAfterInterjection(tokens, language));
    }

    /** "wait what counts as a session", "oye, cada cuánto...": a question word after the words that open a turn. */
    private boolean asksAfterInterjection(List<Token> tokens, String language) {
        List<Token> rest = vocabulary.afterInterjections(tokens);
        return rest.size() < tokens.size() && !rest.isEmpty()
                && opensQuestion(rest, vocabulary.forLanguage(language).pieces(rest));
    }

    /**
     * A question word first, or after a preposition ("a qué hora"), or a condition opening a sentence ("si me salto
     * una, ¿pasa algo?" without its marks); a question word first asks unless it opens an exclamation ("what a night") or a clause saying when a session told
     * in the past was ("when she woke up I nursed her").
     */
    private boolean opensQuestion(List<Token> tokens, List<Piece> pieces) {
        if (pieces.isEmpty()) {
            return false;
        }
        if (pieces.get(0).is(Sense.QUESTION)) {
            // "como media onza": "about", before a number written as a word too
            boolean about = pieces.size() > 1 && vocabulary.approximates(pieces.get(0)) && pieces.get(1).is(Sense.NUMBER);
            return !about && !vocabulary.exclaims(tokens) && !vocabulary.tellsWhen(pieces) && !labels(pieces);
        }
        return vocabulary.asksIndirectly(tokens, pieces);
    }

    /** A label of this many pieces at most may open a message before its colon ("what i got: 18 ml"). */
    private static final int LABEL_PIECES = 4;

    /** "what i got: 18ml in 20 min", "cuánto salió: 10 ml": a question word opens a label, and the colon ends it. */
    private static boolean labels(List<Piece> pieces) {
        for (int i = 1; i < pieces.size() - 1 && i <= LABEL_PIECES; i++) {
            if (pieces.get(i).is(Sense.SYMBOL) && ":".equals(pieces.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message without the question marks that only doubt an amount ("hand expressed 12 min maybe 3ml?? mostly
     * drops", "como 10?"): after a number, or a number and its unit, that a doubting word weighs up
     * (logwords' doubts).
     */
    private String withoutDoubtMarks(String message) {
        if (!isAsking(message)) {
            return message;
        }
        Matcher doubted = DOUBTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (doubted.find()) {
            boolean doubt = vocabulary.endsDoubting(message.substring(0, doubted.start()));
            doubted.appendReplacement(out, Matcher.quoteReplacement(doubt ? doubted.group(1) : doubted.group()));
        }
        doubted.appendTail(out);
        return out.toString();
    }

    /** An amount and the question marks right after it: "3ml??", "10 ?", "1.5 oz?". */
    private static final Pattern DOUBTED = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d+(?:[.,]\\d+)?(?:\\s*\\p{L}{1,8})?)\\s*[?\\uFF1F]+");

    /** A question mark anywhere: whatever else the message says, it wants an answer, not a log entry. */
    private static boolean isAsking(String message) {
        return message.indexOf('?') >= 0 || message.indexOf('¿') >= 0 || message.indexOf('\uFF1F') >= 0;
    }
}
