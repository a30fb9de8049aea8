package org.relactation.bot.interpreter;

import org.relactation.bot.guidance.QuestionMatcher;
import org.relactation.bot.interpreter.Interpreter.Kind;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.LogEntryDraft;
import org.relactation.bot.logbook.LogParser;
import org.relactation.bot.logbook.ParseResult;
import org.relactation.bot.logbook.Rejection;
import org.relactation.bot.smalltalk.SmallTalk;
import org.relactation.bot.smalltalk.SmallTalkWords;
import org.relactation.bot.text.Words;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one clause is, by itself: a command word, small talk, a question by its form, a log, a topic, or nothing
 * known. {@link Interpreter} cuts a message into clauses and asks this reader about each piece, often the same piece
 * several times (at each comma, at each word that may start a question): within one pass ({@link #onePass}) each
 * piece is read once.
 */
final class ClauseReader {
    private final LogParser parser;
    private final QuestionMatcher matcher;
    private final SmallTalkWords smallTalk;
    private final CommandWords commands;
    private final InterpreterLexicon lexicon;

    /**
     * The time a clause's shape is read at: late in a day, so that every clock time said ("its 4am and im crying
     * over this pump") has passed. What a message is must not depend on the hour it is sent; when it happened is for
     * the log handler to say, at the message's own time.
     */
    static final Instant READ_AT = Instant.parse("2026-01-01T23:59:00Z");

    /** The pieces of the message being read and what they are (one message at a time per thread). */
    private final ThreadLocal<Map<String, Kind>> memo = new ThreadLocal<>();

    /** The small talk of the pieces of the message being read: each piece is read once. */
    private final ThreadLocal<Map<String, SmallTalkWords.Reading>> talks = new ThreadLocal<>();

    ClauseReader(LogParser parser, QuestionMatcher matcher, SmallTalkWords smallTalk, CommandWords commands,
                 InterpreterLexicon lexicon) {
        this.parser = parser;
        this.matcher = matcher;
        this.smallTalk = smallTalk;
        this.commands = commands;
        this.lexicon = lexicon;
    }

    /** Runs {@code work} with each piece of the message read once: its kind and its small talk remembered. */
    <T> T onePass(Supplier<T> work) {
        memo.set(new HashMap<>());
        talks.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            memo.remove();
            talks.remove();
        }
    }

    /**
     * What one clause is. Cutting a message looks at the same pieces several times (at each comma, at each word that
     * may start a question): within one pass ({@link #onePass}), each piece is read once.
     */
    Kind kindOf(String clause, String language) {
        Map<String, Kind> seen = memo.get();
        if (seen == null) {
            return readClause(clause, language);
        }
        Kind known = seen.get(clause);
        if (known == null) {
            known = readClause(clause, language);
            seen.put(clause, known);
        }
        return known;
    }

    /**
     * The command a clause is (undo, cancel, stop...), or null: the only way a clause is one. In a question, only a
     * phrase as written: "is it too late" asks, it says no "later".
     */
    Kind command(String clause, String language) {
        return commands.read(clause, asks(clause, language));
    }

    private Kind readClause(String clause, String language) {
        Kind command = command(clause, language);
        if (command != null) {
            return command;
        }
        Kind social = smallTalk(clause, language);
        if ((social == Kind.ACK || social == Kind.GREETING) && !okayOnly(clause, language)
                && parse(clause, language) instanceof ParseResult.Parsed) {
            // "listo", "listo ya": "done" in Latin America, whatever else it means; "morning pump done 20ml": a part
            // of the day that greets only alone
            return Kind.LOG;
        }
        // "is that ok?", "is a little ok?": an "ok" asked about is a question, not an acknowledgement
        boolean askedOk = social == Kind.ACK && Words.of(clause).size() > 1 && parser.asks(clause, language);
        if (social == Kind.GREETING || social == Kind.THANKS || social == Kind.ACK && !askedOk) {
            return social; // "qué tal?", "thanks for the reminder": small talk, whatever its form
        }
        if (asks(clause, language)) {
            // "qué orgullo", "what a relief": a question word that exclaims a feeling asks nothing; nor does one
            // that opens a feeling ("para qué sigo", "why bother") or a rhetorical one with a feeling said in words
            // ("why is this so hard").
            boolean marked = clause.indexOf('?') >= 0 || clause.indexOf('¿') >= 0;
            SmallTalkWords.Reading talk = talk(clause, language);
            String worded = SmallTalk.worded(talk);
            // "should i worry", "debo preocuparme": a verb first asks yes or no, and never exclaims
            List<String> said = Words.of(clause);
            boolean exclaims = said.size() <= SmallTalk.SHORT && social == Kind.FEELING
                    && !lexicon.auxiliary(said.get(0));
            boolean feelingFirst = worded != null && SmallTalk.opensWithFeeling(talk);
            // "qué poquito", "how little": a question word that exclaims how little came
            boolean littleExclaimed = !marked && said.size() <= SmallTalk.SHORT - 1 && talk.otherWords() <= 1
                    && talk.signals().contains(SmallTalkWords.LACK);
            return !marked && (worded != null && (exclaims || feelingFirst || lexicon.rhetorical(clause))
                    || littleExclaimed
                    || exclaimsAFeeling(said, language)) ? Kind.FEELING : Kind.QUESTION;
        }
        if ((lexicon.endsAsking(clause) || endsOnAQuestionWord(clause, language))
                && SmallTalk.worded(talk(clause, language)) == null) {
            // "left side gives 30ml right gives 5 why", "y la siguiente cuando": the whole is asked about
            return Kind.QUESTION;
        }
        ParseResult log = storyOrLog(clause, language);
        if (social == Kind.FEELING && log instanceof ParseResult.Parsed parsed && !measured(parsed.entry())
                && (SmallTalk.worded(talk(clause, language)) != null || !parser.tells(clause, language))) {
            // "it's 3am and I'm crying over the pump" says how it feels, not what was done; "hand expressed a few
            // drops this morning 🙌" tells a session, and the emoji cheers it
            return Kind.FEELING;
        }
        // "pañal con caca, bastante": a word of doubt alone after a nappy with no number says how much, not asks
        boolean nappyDescribed = log instanceof ParseResult.Parsed nappy && nappy.entry().kind() == EntryKind.NAPPIES
                && clause.chars().noneMatch(Character::isDigit) && clause.indexOf('?') < 0
                && lexicon.endsInOneWordOfDoubt(clause);
        if (!(log instanceof ParseResult.NotALog) && !nappyDescribed && (lexicon.endsInDoubt(clause)
                || lexicon.doubts(clause) && matcher.match(language, clause).isPresent())) {
            return weighsUpNumbers(clause, log, language) ? Kind.QUESTION : Kind.UNSURE;
        }
        if (!(log instanceof ParseResult.NotALog)) {
            return Kind.LOG;
        }
        if (social != null) {
            return social;
        }
        if (lexicon.endsInDoubt(clause) && clause.chars().anyMatch(Character::isDigit)) {
            return Kind.QUESTION; // "40ml en 24 horas es poco": numbers that are no session, weighed up
        }
        return matcher.match(language, clause).isPresent() ? Kind.TOPIC : Kind.OTHER;
    }

    /**
     * "dale, listo", "listo, entendido": every word an "ok", one of them only that; a log word that is also an "ok"
     * ("listo") then says "ok" too. "listo ya" and "ok done" still log: each has a log word that is no "ok".
     */
    boolean okayOnly(String clause, String language) {
        boolean okayAlone = false;
        for (String word : Words.of(clause)) {
            if (smallTalk(word, language) != Kind.ACK) {
                return false;
            }
            okayAlone |= !(parse(word, language) instanceof ParseResult.Parsed);
        }
        return okayAlone;
    }

    /**
     * "4 horas entre extracciones de noche está bien", "30 min es demasiado para una extracción": a length or an
     * amount weighed up with no session told, only named; it asks about the numbers. A session told ("pumped 20
     * min, está bien"), a feed or a nappy may be a log with a doubt: the parent is asked which.
     */
    private boolean weighsUpNumbers(String clause, ParseResult log, String language) {
        return log instanceof ParseResult.Parsed parsed && parsed.entry().kind() == EntryKind.SESSION
                && !parser.tells(clause, language);
    }

    /** Thanks or a greeting may come with this many more words and still be just that. */
    static final int SOCIAL_EXTRA_WORDS = 3;

    /** Whether the clause's first word is small talk ("thanks for...", not "...and thanks"). */
    private boolean startsSocial(String clause, String language) {
        List<String> words = Words.of(clause);
        return !words.isEmpty() && talk(words.get(0), language).otherWords() == 0
                && !talk(words.get(0), language).kinds().isEmpty();
    }

    /**
     * "q ilusión me hace todo esto", "q bajón llevo esta semana": an exclaiming word (interpreter.words.exclaiming)
     * right before a feeling's own words, not said of oneself ("qué hago" asks), however long the sentence.
     */
    private boolean exclaimsAFeeling(List<String> said, String language) {
        if (said.size() < 2 || !lexicon.exclaims(said.get(0))) {
            return false;
        }
        SmallTalkWords.Reading next = talk(String.join(" ", said.subList(1, Math.min(3, said.size()))), language);
        return next.opensWith() != null && SmallTalk.FEELINGS.contains(next.opensWith())
                && !talk(said.get(1), language).aboutSelf();
    }

    /** Whether a clause asks by its form, a joining word aside: "and what about night sessions?". */
    boolean asks(String clause, String language) {
        if (parser.asks(clause, language)) {
            return true;
        }
        String[] words = clause.strip().split("\\s+", 2);
        return words.length == 2 && lexicon.joining(words[0]) && parser.asks(words[1], language);
    }

    /** A log that says how long, how much or how many: what a parent reports, not a word in passing. */
    private static boolean measured(LogEntryDraft entry) {
        return entry.minutes() != null || entry.ml() != null || entry.wet() != null || entry.dirty() != null
                || entry.grams() != null;
    }

    /** The small talk of {@code text}, read once per message being read. */
    SmallTalkWords.Reading talk(String text, String language) {
        Map<String, SmallTalkWords.Reading> seen = talks.get();
        if (seen == null) {
            return smallTalk.read(text, language);
        }
        return seen.computeIfAbsent(text, piece -> smallTalk.read(piece, language));
    }

    Kind smallTalk(String clause, String language) {
        if (SmallTalkWords.words(clause).isEmpty()) {
            if (smallTalk.feelingEmojiAt(clause) >= 0) {
                return Kind.FEELING; // "😭", "🥳": how it feels, in a picture
            }
            boolean emoji = clause.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL);
            return emoji ? Kind.ACK : null;
        }
        SmallTalkWords.Reading reading = talk(clause, language);
        if (SmallTalk.feeling(reading) != null) {
            return Kind.FEELING;
        }
        boolean feeling = SmallTalk.FEELINGS.stream().anyMatch(reading::has);
        if (!feeling && reading.otherWords() == 0 && !reading.kinds().isEmpty()) {
            return reading.has("thanks") ? Kind.THANKS : reading.has("greeting") ? Kind.GREETING : Kind.ACK;
        }
        // "thanks for the reminder", "good morning all": thanks or a greeting first, and a few words more.
        List<String> kinds = reading.kinds();
        if (!feeling && !kinds.isEmpty() && reading.otherWords() <= SOCIAL_EXTRA_WORDS
                && Words.of(clause).size() > reading.otherWords()) {
            // "mil gracias de verdad": the first phrase of substance says which, though another word starts it
            String first = kinds.get(0);
            boolean opens = startsSocial(clause, language) || first.equals(reading.opensWith());
            if ("thanks".equals(first) && opens) {
                return Kind.THANKS;
            }
            if ("greeting".equals(first) && opens) {
                return Kind.GREETING;
            }
            if (closesWithThanks(clause, language)) {
                return Kind.THANKS; // "te pasaste, gracias", "ah brilliant, cheers for that": praise, then thanks
            }
        }
        return null;
    }

    /** Whether what follows the clause's last comma is thanks and nothing else of substance. */
    private boolean closesWithThanks(String clause, String language) {
        int comma = clause.lastIndexOf(',');
        if (comma < 0) {
            return false;
        }
        String tail = clause.substring(comma + 1).strip();
        SmallTalkWords.Reading closing = talk(tail, language);
        return !tail.isEmpty() && "thanks".equals(closing.opensWith()) && closing.otherWords() == 0
                && List.of("thanks").equals(closing.kinds());
    }

    /**
     * "y la siguiente cuando", "and the next one when": a word that joins a clause or asks ("cuando", "when") with
     * nothing after it to join, after a few words: it asks. Not after a verb of knowing ("no sé cuando").
     */
    private boolean endsOnAQuestionWord(String clause, String language) {
        String[] words = clause.strip().split("\\s+");
        if (words.length < 3) {
            return false;
        }
        String last = words[words.length - 1];
        return (lexicon.relative(last) || lexicon.maybeRelative(last)) && !lexicon.knows(words[words.length - 2])
                && parser.asks(last, language);
    }

    /**
     * The log a clause tells; none for "me hice una reducción de pecho hace años, puedo relactar": a time nobody can
     * place, with no number and no session told, is the parent's story, not a log whose time to ask about.
     */
    private ParseResult storyOrLog(String clause, String language) {
        ParseResult log = parse(clause, language);
        boolean story = log instanceof ParseResult.Rejected rejected && rejected.reason() == Rejection.UNREADABLE_TIME
                && clause.chars().noneMatch(Character::isDigit) && !parser.tells(clause, language);
        return story ? new ParseResult.NotALog() : log;
    }

    /** The log {@code text} tells, read at {@link #READ_AT}: what it is, not when it was. */
    ParseResult parse(String text, String language) {
        return parser.parse(text, language, ZoneOffset.UTC, READ_AT);
    }
}
