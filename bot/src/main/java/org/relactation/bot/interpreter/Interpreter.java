package org.relactation.bot.interpreter;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.MessageParts;
import org.relactation.bot.guidance.QuestionMatcher;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.LogEntryDraft;
import org.relactation.bot.logbook.LogParser;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.logbook.ParseResult;
import org.relactation.bot.smalltalk.SmallTalk;
import org.relactation.bot.smalltalk.SmallTalkWords;
import org.relactation.bot.text.Clauses;
import org.relactation.bot.text.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a typed message is made of before any handler answers it: a log, a question, a feeling, a greeting,
 * thanks or an "ok", a command word ("undo", "olvídalo"), or several of these in one message. The message is cut
 * into clauses ({@link Clauses}: sentence ends, a comma or a question word before a question) and each clause is
 * read on its own, in this order: a command word; a question by its form (a question mark, a question word
 * first), which is never logged; a log (the log parser reads it); small talk; a question by its topic (the guide
 * finds a card for "sore nipples after pumping"); anything else goes with the clause next to it ("she latched
 * well" after a log is its note). Neighbouring clauses of one kind are one part.
 *
 * <p>As {@link MessageParts}, a message of one kind stays whole (the handlers read it as before); a mix is
 * answered part by part, in order: "done. how often should I pump?" gets the log and the answer. Thread-safe.
 */
public final class Interpreter implements MessageParts {
    /** What a part of a message is. */
    public enum Kind {
        LOG, QUESTION, FEELING, GREETING, THANKS, ACK, UNDO, CANCEL,
        /** "stop the reminders", "no más recordatorios": /stop, which asks whether to pause them or turn them off. */
        STOP,
        /** "delete all my data", "borra todos mis datos": /delete, which asks twice before it deletes anything. */
        DELETE,
        /**
         * A statement about a topic, no question by its form ("sore nipples after pumping"): a question when it is
         * the whole message; next to other parts, what it says goes with them ("done, but I have a fever").
         */
        TOPIC,
        /** Reads as a log and as a question alike ("30 min is too much for one session"): the parent is asked. */
        UNSURE,
        OTHER
    }

    /** One part of a message and what it is. */
    public record Reading(Kind kind, String text) {
    }

    /** A log word of every language's reading ("done"): before a time alone, it makes the time a session's. */
    private static final String DONE = "done";

    /** The end of a sentence: "!", ";" or a stop that is no decimal's ("1.5 oz"). */
    private static final Pattern SENTENCE_END = Pattern.compile("[!;]+|(?<!\\d)\\.+|\\.+(?!\\d)");

    /** A question word inside a clause starts a question of its own only with this many words from it on. */
    static final int MIN_QUESTION_WORDS = 3;

    private final LogParser parser;
    private final QuestionMatcher matcher;
    private final SmallTalkWords smallTalk;
    /** The word lists that say where a clause asks, joins, weighs up or opens (interpreter.words.*). */
    private final InterpreterLexicon lexicon;
    /** The command words: undo, cancel, /stop, /delete said in words. */
    private final CommandWords commands;
    /** What one clause is, each piece of a message read once. */
    private final ClauseReader reader;

    public Interpreter(ContentCatalog content, LogParser parser, QuestionMatcher matcher) {
        this.parser = parser;
        this.matcher = matcher;
        this.smallTalk = new SmallTalkWords(content);
        this.commands = new CommandWords(content);
        this.lexicon = new InterpreterLexicon(content);
        this.reader = new ClauseReader(parser, matcher, smallTalk, commands, lexicon);
    }

    @Override
    public List<Part> of(String text, String language) {
        List<Reading> readings = read(text, language);
        if (readings.size() == 1) {
            Reading only = readings.get(0);
            return List.of(new Part(text, command(only.kind()), only.kind() == Kind.UNSURE, false));
        }
        return readings.stream().map(reading -> new Part(reading.text(), command(reading.kind()),
                reading.kind() == Kind.UNSURE, reading.kind() == Kind.QUESTION)).toList();
    }

    @Override
    public List<Part> asidesIn(String text, String language) {
        return reader.onePass(() -> asides(text, language));
    }

    private List<Part> asides(String text, String language) {
        List<Part> asides = new ArrayList<>();
        List<String> clauses = Clauses.of(text, rest -> parser.asks(rest, language));
        for (int c = 0; c < clauses.size(); c++) {
            String clause = clauses.get(c);
            // "20ml!! qué contenta estoy": a question word that exclaims a feeling is a feeling here too
            if (clauses.size() > 1 && reader.asks(clause, language) && !saysOnly(clause, language)
                    && reader.kindOf(clause, language) != Kind.FEELING) {
                asides.add(new Part(clause, null, false, true));
                continue;
            }
            if (c > 0 && reader.kindOf(clause, language) == Kind.LOG && parser.tells(clause, language)) {
                // "10ml. and nursed at 5 for 15 min": a session told of its own ("after 20 min" only adds to the
                // answer, read whole)
                asides.add(new Part(clause, null));
                continue;
            }
            // "around 3am, so exhausted", "12 ml 🥳", "stopped 2 months ago and I really regret it": a feeling
            // after the answer.
            List<String> pieces = new ArrayList<>();
            for (String sentence : afterAnswer(clause, language)) {
                for (String piece : sentence.split(",")) {
                    if (!piece.isBlank()) {
                        afterJoiningWord(piece.strip(), language)
                                .forEach(part -> pieces.addAll(feelingAfterAmount(part, language)));
                    }
                }
            }
            Part last = null;
            for (int p = 0; p < pieces.size(); p++) {
                String piece = pieces.get(p);
                boolean apart = pieces.size() > 1 || clauses.size() > 1;
                if (apart && last == null && p > 0 && reader.kindOf(piece, language) == Kind.THANKS) {
                    asides.add(new Part(piece, null)); // "sí, gracias": the answer, then thanks
                    continue;
                }
                if (p > 0 && lexicon.opensInDoubt(piece) && pieces.get(p - 1).chars().anyMatch(Character::isDigit)) {
                    // "25 ml, está bien para el día 9": a number answered, weighed up, is asked about with no word
                    // that asks ("sí, está bien así" agrees)
                    asides.add(new Part(piece, null, false, true));
                    last = null;
                    continue;
                }
                boolean feeling = apart && reader.kindOf(piece, language) == Kind.FEELING && !onlyLittle(piece, language);
                if (feeling && last != null) {
                    // "best one yet!! 🥳": one feeling, said in words and in a picture
                    last = new Part(last.text() + " " + piece, null, false, false);
                    asides.set(asides.size() - 1, last);
                } else if (feeling) {
                    last = new Part(piece, null, false, false);
                    asides.add(last);
                } else {
                    last = null;
                }
            }
        }
        return asides;
    }

    /**
     * "no, es lima": after the answer, a clause of a word or two that opens like a question ("es", "is") but has no
     * question mark and no topic says what the answer is, and asks nothing.
     */
    private boolean saysOnly(String clause, String language) {
        boolean marked = clause.indexOf('?') >= 0 || clause.indexOf('¿') >= 0;
        return !marked && Words.of(clause).size() < MIN_QUESTION_WORDS && matcher.match(language, clause).isEmpty();
    }

    /** "stopped 2 months ago and i really regret it": the part after "and" when it shares a feeling of one's own. */
    private List<String> afterJoiningWord(String piece, String language) {
        String[] words = piece.split("\\s+");
        for (int i = 1; i + 1 < words.length; i++) {
            if (lexicon.joining(words[i])) {
                String tail = String.join(" ", Arrays.copyOfRange(words, i + 1, words.length));
                SmallTalkWords.Reading reading = reader.talk(tail, language);
                if (reader.kindOf(tail, language) == Kind.FEELING && reading.aboutSelf()) {
                    return List.of(String.join(" ", Arrays.copyOfRange(words, 0, i)), tail);
                }
            }
        }
        return List.of(piece);
    }

    /** A feeling said after an amount without a stop between may take this many words ("only 2ml ugh"). */
    private static final int TRAILING_FEELING_WORDS = 4;

    /**
     * "only 2ml ugh", "25 ml so happy": an amount, then how it feels with no comma between; the amount and the
     * feeling as two pieces. How little came ("10 ml barely anything") stays with the amount.
     */
    private List<String> feelingAfterAmount(String piece, String language) {
        String[] words = piece.split("\\s+");
        int lastNumber = -1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].chars().anyMatch(Character::isDigit)) {
                lastNumber = i;
            }
        }
        for (int from = Math.max(lastNumber + 1, words.length - TRAILING_FEELING_WORDS); lastNumber >= 0
                && from < words.length; from++) {
            String tail = String.join(" ", Arrays.copyOfRange(words, from, words.length));
            // feeling words and filler only: "ml so happy" still holds the amount's unit
            if (reader.talk(tail, language).otherWords() == 0 && reader.kindOf(tail, language) == Kind.FEELING
                    && !onlyLittle(tail, language)) {
                return List.of(String.join(" ", Arrays.copyOfRange(words, 0, from)), tail);
            }
        }
        return List.of(piece);
    }

    /** "casi nada", "barely anything": how little came, said with the amount, is no feeling to answer. */
    private boolean onlyLittle(String piece, String language) {
        SmallTalkWords.Reading reading = reader.talk(piece, language);
        // "poquito pero contenta": joy beside how little came is a feeling
        return reading.signals().contains(SmallTalkWords.LACK) && !reading.aboutSelf() && !reading.sadEmoji()
                && !reading.has(SmallTalk.JOY) && reading.words() <= SmallTalk.SHORT;
    }

    /** What is never the answer to the bot's open question when it is the whole message. */
    private static final Set<Kind> NEVER_AN_ANSWER = Set.of(Kind.GREETING, Kind.THANKS, Kind.FEELING, Kind.CANCEL,
            Kind.STOP, Kind.DELETE);

    @Override
    public boolean mayAnswer(String text, String language) {
        List<Reading> readings = read(text, language);
        if (readings.size() != 1) {
            return true;
        }
        Kind kind = readings.get(0).kind();
        if (kind == Kind.QUESTION) {
            return !reader.asks(text.replace("?", "").replace("¿", ""), language);
        }
        if (!NEVER_AN_ANSWER.contains(kind)) {
            return true;
        }
        if (kind == Kind.CANCEL || kind == Kind.STOP || kind == Kind.DELETE) {
            return false; // "para, ahora no", "no more reminders"
        }
        if (kind == Kind.THANKS && "okay".equals(reader.talk(text, language).opensWith())) {
            return true; // "yep thanks", "vale gracias": the answer, then thanks for asking
        }
        // "all of it, i'm so scared it won't work", "stopped 2 months ago and i really regret it", "casi nada 😞": a
        // feeling after the answer; the flow takes its part.
        return reader.onePass(() -> Arrays.stream(text.split("[,.;!]|(?=\\p{So})")).map(String::strip)
                .filter(piece -> !piece.isEmpty()).flatMap(piece -> afterJoiningWord(piece, language).stream())
                .anyMatch(piece -> !NEVER_AN_ANSWER.contains(reader.kindOf(piece, language))));
    }

    private static String command(Kind kind) {
        return switch (kind) {
            case UNDO -> "undo";
            case CANCEL -> "cancel";
            case STOP -> "stop";
            case DELETE -> "delete";
            default -> null;
        };
    }

    /**
     * Whether {@code text}, which nothing else understood, shares how it goes for the parent: a statement said of
     * oneself ("my body just won't cooperate"), answered as a feeling rather than with "not sure".
     */
    @Override
    public boolean sharesAFeeling(String text, String language) {
        List<Reading> parts = read(text, language);
        return parts.size() == 1 && parts.get(0).kind() == Kind.FEELING;
    }

    /** The parts of {@code text} and what each is, in order; one {@link Kind#OTHER} part when nothing is known. */
    public List<Reading> read(String text, String language) {
        return reader.onePass(() -> readParts(text, language));
    }

    private List<Reading> readParts(String text, String language) {
        if (undoAfterItsReason(text, language)) {
            return List.of(new Reading(Kind.UNDO, text));
        }
        Kind first = commandBeforeItsReason(text, language);
        if (first != null) {
            return List.of(new Reading(first, text));
        }
        List<Reading> clauses = new ArrayList<>();
        for (String whole : Clauses.of(text, rest -> parser.asks(rest, language))) {
          for (String sentence : beforeFeelingEmoji(whole, language)) {
            for (String opened : afterOpeners(sentence, language)) {
                for (String clause : beforeClosers(opened, language)) {
                    clauses.addAll(splitAtQuestion(clause, reader.kindOf(clause, language), language));
                }
            }
          }
        }
        if (clauses.isEmpty()) {
            return List.of(new Reading(asQuestion(reader.kindOf(text, language)), text));
        }
        // A topic said alone, or with only small talk ("thanks! and at night what do I do"), is asked about; next to
        // a log or a feeling it is what they say.
        // After an "ok" and nothing else social, a topic is asked about only in a question's form: "vale, me lo
        // apunto", "entendido, lo hago así" say what the parent will do. So after thanks: "thank you, that helps a
        // lot", "gracias, me viene genial" say why.
        Kind opening = clauses.get(0).kind();
        boolean greeted = clauses.stream().anyMatch(clause -> clause.kind() == Kind.GREETING);
        boolean thanked = clauses.stream().anyMatch(clause -> clause.kind() == Kind.THANKS);
        boolean okayed = clauses.size() > 1 && !greeted
                && (opening == Kind.THANKS || opening == Kind.ACK && !thanked);
        boolean alone = !okayed && clauses.stream().map(Reading::kind).filter(kind -> !SOCIAL.contains(kind))
                .distinct().count() == 1;
        // Next to a log, a statement whose topic is the feelings card says how it feels ("...y casi lloro de la
        // emoción").
        boolean logged = clauses.stream().anyMatch(clause -> clause.kind() == Kind.LOG);
        // "..., esta bien o mejor biberon": a topic weighed up from its first words is asked about too.
        // "got it, will try that": after an "ok", a word of plans that asks only before its subject, with none after
        // it and no question mark, says what the parent will do
        List<Reading> read = clauses.stream().map(clause -> okayed && clause.kind() == Kind.QUESTION
                && clause.text().indexOf('?') < 0 && parser.opensWithPlan(clause.text())
                && lexicon.opensWithoutSubject(clause.text())
                ? new Reading(Kind.OTHER, clause.text()) : clause)
                .map(clause -> clause.kind() != Kind.TOPIC ? clause
                : new Reading(alone || asksInside(clause.text(), language) || lexicon.opensInDoubt(clause.text())
                        ? Kind.QUESTION : logged && feels(clause.text(), Kind.TOPIC, language) ? Kind.FEELING
                        : Kind.OTHER, clause.text())).toList();
        List<Reading> parts = merged(afterQuestionsTheirContext(read, language), language);
        if (parts.size() == 1 && parts.get(0).kind() == Kind.OTHER && !parser.asks(text, language)
                && !asksInside(text, language) && SmallTalk.ofOneself(reader.talk(text, language))) {
            // "my body just won't cooperate": nothing else, said of oneself; the bot answers it as a feeling
            return List.of(new Reading(Kind.FEELING, parts.get(0).text()));
        }
        if (parts.size() == 1 && parts.get(0).kind() == Kind.QUESTION && !parser.asks(text, language)
                && !asksInside(text, language) && matcher.match(language, text)
                .filter(match -> SmallTalk.SUPPORT_CARD.equals(match.cardId())).isPresent()) {
            // "nobody gets why im doing this": said, not asked, and about how it feels (the feelings topic's own)
            return List.of(new Reading(Kind.FEELING, parts.get(0).text()));
        }
        return parts;
    }

    /**
     * "cuándo empiezo a quitarle la fórmula? ya me salen 40 ml": after a question, a sentence that names an amount in
     * words of its own but tells no session (no method, no told verb, no time) says where the parent stands: the
     * question's context, no log. A nappy, a feed or sessions at times ("hice a las 2 y a las 6") are logs.
     */
    private List<Reading> afterQuestionsTheirContext(List<Reading> clauses, String language) {
        List<Reading> read = new ArrayList<>(clauses);
        for (int i = 1; i < read.size(); i++) {
            Reading clause = read.get(i);
            if (clause.kind() == Kind.LOG && read.get(i - 1).kind() == Kind.QUESTION
                    && !parser.tells(clause.text(), language)
                    && reader.parse(clause.text(), language) instanceof ParseResult.Parsed parsed
                    && parsed.entry().kind() == EntryKind.SESSION && parsed.entry().method() == Method.DEFAULT
                    && !parsed.entry().timeGiven() && parsed.entry().note() != null) {
                read.set(i, new Reading(Kind.OTHER, clause.text()));
            }
        }
        return read;
    }

    /**
     * The sentences of a clause that answers the bot's open question, a feeling emoji after the answer on its own
     * ("casi nada 😞", "like 3 ml. ugh so tired"): the answer says nothing more, so what follows it may.
     */
    private List<String> afterAnswer(String clause, String language) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(clause)) {
            if (sentence.isBlank()) {
                continue;
            }
            int at = smallTalk.feelingEmojiAt(sentence);
            String head = at <= 0 ? "" : sentence.substring(0, at).strip();
            String tail = at <= 0 ? "" : sentence.substring(at).strip();
            boolean cheerOnly = SmallTalkWords.words(tail).isEmpty() && !reader.talk(tail, language).sadEmoji();
            if (head.isEmpty() || cheerOnly || reader.kindOf(tail, language) != Kind.FEELING) {
                sentences.add(sentence.strip());
            } else {
                sentences.add(head);
                sentences.add(tail);
            }
        }
        return sentences;
    }

    /**
     * "20ml in one go 😭🎉 i can't believe it", "12 ml 🥳": a log, then from a sad or joyful emoji on, how it feels.
     */
    private List<String> beforeFeelingEmoji(String sentence, String language) {
        int at = smallTalk.feelingEmojiAt(sentence);
        if (at <= 0) {
            return List.of(sentence);
        }
        String head = sentence.substring(0, at).strip();
        String tail = sentence.substring(at).strip();
        // "pumping done 22ml 🎉": a joyful emoji alone is the log's own cheer; with words, or sad, it says more.
        boolean cheerOnly = SmallTalkWords.words(tail).isEmpty() && !reader.talk(tail, language).sadEmoji();
        if (head.isEmpty() || cheerOnly || reader.kindOf(head, language) != Kind.LOG
                || reader.kindOf(tail, language) != Kind.FEELING) {
            return List.of(sentence);
        }
        return List.of(head, tail);
    }

    private static final Set<Kind> SOCIAL = Set.of(Kind.GREETING, Kind.THANKS, Kind.ACK);

    /** "y por la noche qué hago": a question word inside, with enough words after it to ask. */
    private boolean asksInside(String clause, String language) {
        String[] words = clause.split("\\s+");
        for (int i = 1; i + MIN_QUESTION_WORDS - 1 <= words.length; i++) {
            if (lexicon.relative(words[i]) || lexicon.maybeRelative(words[i]) || lexicon.knows(words[i - 1])
                    || lexicon.tells(words, i) || lexicon.verbOfTheSentence(words, i)
                    || lexicon.tellsAfter(words[i - 1])) {
                continue;
            }
            if (parser.asksFrom(String.join(" ", Arrays.copyOfRange(words, i, words.length)), language)) {
                return true;
            }
        }
        return false;
    }

    /** An undo at the end of a message may take this many words ("bin it", "bórralo porfa", "remove that pls"). */
    private static final int UNDO_TAIL_WORDS = 3;
    /** A command word before its reason may take this many words when a comma or a stop ends it. */
    private static final int COMMAND_WORDS = 8;

    /**
     * "that wasnt right, bin it", "le di al botón equivocado jaja quítalo": the reason for a mistake, then a removal
     * at the end: one undo. The reason asks nothing and logs nothing ("pumped 20 min, delete the last one" is a log,
     * then an undo, read part by part).
     */
    private boolean undoAfterItsReason(String text, String language) {
        String[] words = text.strip().split("\\s+");
        List<String[]> splits = new ArrayList<>(); // head, then the removal that may end the message
        for (int k = 1; k <= UNDO_TAIL_WORDS && k < words.length; k++) {
            splits.add(new String[] {String.join(" ", Arrays.copyOfRange(words, 0, words.length - k)),
                    String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length))});
        }
        // "oops logged it twice, get rid of one": the removal after the last comma or stop
        int stop = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
        if (stop > 0 && stop < text.length() - 1) {
            splits.add(new String[] {text.substring(0, stop), text.substring(stop + 1).strip()});
        }
        for (String[] split : splits) {
            String head = split[0].strip().replaceAll("[,.;!]+$", "");
            // Only a command word makes a clause an undo (ClauseReader.readClause's first step): asked of the tail
            // alone, for a tail that is no command the rest of readClause (the question matcher among it) is not run.
            if (head.isBlank() || split[1].isBlank() || reader.command(split[1], language) != Kind.UNDO) {
                continue;
            }
            Kind headKind = reader.kindOf(head, language);
            return (headKind == Kind.OTHER || headKind == Kind.FEELING || headKind == Kind.TOPIC
                    || headKind == Kind.UNDO) && !parser.asks(head, language) && !asksInside(head, language);
        }
        return false;
    }

    /** What a command said first may be, before the reason for it. */
    private static final Set<Kind> REASONED = Set.of(Kind.CANCEL, Kind.UNDO);

    /**
     * "cancel i hit the wrong thing", "nvm, ill tell u later": a cancel or an undo in the first words, with no stop
     * but perhaps a comma, then why: one command. The reason asks nothing and logs nothing.
     */
    private Kind commandBeforeItsReason(String text, String language) {
        String[] words = text.strip().split("\\s+");
        for (int k = 1; k <= COMMAND_WORDS && k < words.length; k++) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
            String tail = String.join(" ", Arrays.copyOfRange(words, k, words.length));
            boolean stop = head.matches(".*[.;!?]$");
            boolean comma = head.endsWith(",");
            if (k > UNDO_TAIL_WORDS && !stop && !comma) {
                continue; // "can u delete what i just logged, it was a mistake": a longer one ends at its comma
            }
            // as written: "me llego" is no typo of "luego" here; "nvm, ill tell u later": a comma after it too
            Kind headKind = stop ? null : commands.read(comma ? head.substring(0, head.length() - 1) : head, true);
            if (headKind == null || !REASONED.contains(headKind)) {
                if (stop || comma) {
                    return null; // "ok, ...", "done. ...": read part by part
                }
                continue;
            }
            Kind tailKind = reader.kindOf(tail, language);
            boolean reason = (tailKind == Kind.OTHER || tailKind == Kind.FEELING || tailKind == Kind.TOPIC
                    || tailKind == headKind)
                    && !parser.asks(tail, language) && !asksInside(tail, language);
            return reason ? headKind : null;
        }
        return null;
    }

    /** What may open a message before a comma and be a part of its own: "hi, ...", "thanks, ...", "undo, ...". */
    private static final Set<Kind> OPENERS = Set.of(Kind.GREETING, Kind.THANKS, Kind.ACK, Kind.UNDO, Kind.CANCEL,
            Kind.STOP, Kind.DELETE, Kind.FEELING);

    /** "morning, pumped at 5 for 20 min": a greeting, thanks, a command word or a feeling, then the rest. */
    private List<String> afterOpeners(String sentence, String language) {
        if (reader.okayOnly(sentence, language)) {
            return List.of(sentence); // "dale, listo": one "ok"
        }
        List<String> parts = new ArrayList<>();
        String rest = sentence;
        int emoji = emojiAfterWords(rest);
        if (emoji > 0) {
            // "morning ☀️ pumped 35ml at 6", "gracias 🙏 y de noche qué hago": a greeting or thanks, then an emoji
            // ends it as a comma would
            String head = rest.substring(0, emoji).strip();
            String tail = rest.substring(emoji).replaceFirst("^[\\p{So}\\p{Sk}\\p{Cf}\\p{M}\\s]+", "").strip();
            Kind headKind = reader.kindOf(head, language);
            Kind tailKind = tail.isEmpty() ? null : reader.kindOf(tail, language);
            if ((headKind == Kind.GREETING || headKind == Kind.THANKS) && tailKind != null && tailKind != headKind
                    && tailKind != Kind.OTHER) {
                parts.add(rest.substring(0, rest.length() - tail.length()).strip());
                rest = tail;
            }
        }
        int comma = rest.indexOf(',');
        while (comma > 0 && comma < rest.length() - 1) {
            String head = rest.substring(0, comma).strip();
            String tail = rest.substring(comma + 1).strip();
            Kind headKind = reader.kindOf(head, language);
            if (tail.isEmpty() || !OPENERS.contains(headKind) || reader.kindOf(tail, language) == headKind) {
                break;
            }
            parts.add(head);
            rest = tail;
            comma = rest.indexOf(',');
        }
        parts.addAll(greetingThenQuestion(rest, language));
        return parts;
    }

    /** Where the first emoji of {@code text} starts, when words come before it; -1 otherwise. */
    private static int emojiAfterWords(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.OTHER_SYMBOL) {
                return Words.of(text.substring(0, i)).isEmpty() ? -1 : i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** A greeting or thanks may take this many words before a question with no comma between. */
    private static final int OPENER_MAX_WORDS = 3;

    /**
     * "holaa cuantas veces al dia me saco", "thanks what about nights": a greeting or thanks, then a question about a
     * topic with no comma between. "hi how are you" stays small talk: no topic is asked about.
     */
    private List<String> greetingThenQuestion(String sentence, String language) {
        String[] words = sentence.strip().split("\\s+");
        for (int k = 1; k <= OPENER_MAX_WORDS && k < words.length; k++) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
            String tail = String.join(" ", Arrays.copyOfRange(words, k, words.length));
            // A clause is a greeting or thanks only as small talk (ClauseReader.readClause): the rest of it is not run
            // for a head that small talk reads otherwise ("pumped", "pumped 15").
            Kind social = reader.smallTalk(head, language);
            if (social != Kind.GREETING && social != Kind.THANKS) {
                continue;
            }
            Kind headKind = reader.kindOf(head, language);
            if ((headKind == Kind.GREETING || headKind == Kind.THANKS) && parser.asks(tail, language)
                    && reader.kindOf(tail, language) == Kind.QUESTION
                    && (matcher.match(language, tail).isPresent() || k + MIN_QUESTION_WORDS <= words.length)) {
                return List.of(head, tail);
            }
        }
        return List.of(sentence);
    }

    /** What may follow a log after a comma and be a part of its own: "pumped 10 min, exhausted". */
    private static final Set<Kind> CLOSERS = Set.of(Kind.FEELING, Kind.THANKS, Kind.QUESTION, Kind.UNDO);

    /**
     * "pumped 20 min 5ml, so frustrated, what am I doing wrong": a log, then after a comma a feeling, thanks or a
     * question, which would otherwise end up as the log's note; a question, then a feeling or thanks.
     */
    private List<String> beforeClosers(String clause, String language) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int comma = clause.indexOf(',');
        while (comma > 0 && comma < clause.length() - 1) {
            String head = clause.substring(from, comma).strip();
            String tail = clause.substring(comma + 1).strip();
            int next = tail.indexOf(',');
            String firstOfTail = next > 0 ? tail.substring(0, next).strip() : tail;
            Kind headKind = head.isEmpty() ? null : reader.kindOf(head, language);
            Kind tailKind = reader.kindOf(firstOfTail, language);
            if (headKind == Kind.LOG && feels(firstOfTail, tailKind, language)) {
                tailKind = Kind.FEELING; // "me saqué 10 ml, casi lloro de la emoción"
            }
            if (headKind == Kind.LOG && (tailKind == Kind.TOPIC || tailKind == Kind.OTHER) && lexicon.opensInDoubt(firstOfTail)) {
                tailKind = Kind.QUESTION; // "le di 60 ml con vasito, esta bien o mejor biberon": the log weighed up
            }
            if (headKind == Kind.LOG && tailKind == Kind.FEELING && lexicon.aboutTheBaby(firstOfTail)) {
                tailKind = Kind.OTHER; // "nursed 10 min, she cried the whole time": what the baby did
            }
            // "when does this get better, i'm so done": a question, then how it feels.
            // "pumped 20 min, barely anything": how little came is the log's own, no feeling to answer.
            boolean little = tailKind == Kind.FEELING && onlyLittle(firstOfTail, language);
            // "why is my supply lower at night, pumped 5ml at 2am": a question, then a session told.
            boolean toldAfter = headKind == Kind.QUESTION && tailKind == Kind.LOG && parser.tells(firstOfTail, language);
            if (headKind == Kind.LOG && CLOSERS.contains(tailKind) && !little
                    || headKind == Kind.QUESTION && (tailKind == Kind.FEELING || tailKind == Kind.THANKS) || toldAfter) {
                parts.add(head);
                from = comma + 1;
            }
            comma = clause.indexOf(',', comma + 1);
        }
        String rest = clause.substring(from).strip();
        if (!rest.isEmpty()) {
            feelingAfterJoining(rest, language).forEach(piece -> parts.addAll(thanksAtTheEnd(piece, language)));
        }
        return parts;
    }

    /**
     * "nursed for an hour and im beyond exhausted": a log, then after a joining word how it feels; or how it feels,
     * then a session told.
     */
    private List<String> feelingAfterJoining(String clause, String language) {
        String[] words = clause.split("\\s+");
        for (int i = 1; i < words.length - 1; i++) {
            boolean joining = lexicon.joining(words[i]);
            // "she nursed 15 min without screaming im crying happy tears": "I" starts a sentence of its own
            boolean opensOwn = lexicon.opensOwn(words[i]);
            if (!joining && !opensOwn) {
                continue;
            }
            String head = String.join(" ", Arrays.copyOfRange(words, 0, i));
            String tail = String.join(" ", Arrays.copyOfRange(words, joining ? i + 1 : i, words.length));
            // not "nursed 15 min then he still cried": what the baby did; nor "she latched for 5 mins then screamed
            // the house down": the baby still the subject, no word of the parent's own
            boolean babysStill = joining && lexicon.aboutTheBaby(head) && !reader.talk(tail, language).aboutSelf();
            // "hice una sesión de 20 min y nada de nada": how little came is the log's own
            if (!lexicon.aboutTheBaby(tail) && !babysStill && feels(tail, language) && !onlyLittle(tail, language)
                    && reader.kindOf(head, language) == Kind.LOG) {
                return List.of(head, tail);
            }
            // "estoy muerta pero me saqué 30ml", "exhausted but did all 8 pumps today": how it feels, then a session
            // told after the joining word
            // ("me desperté a las 3 y me saqué 20ml": a time in the head is the session's story)
            if (joining && parser.tells(tail, language) && reader.kindOf(tail, language) == Kind.LOG
                    && head.chars().noneMatch(Character::isDigit) && reader.kindOf(head, language) == Kind.FEELING) {
                return List.of(head, tail);
            }
        }
        return List.of(clause);
    }

    /**
     * Whether a piece says how it feels: a feeling by its words, or a statement (not asked) whose topic is the
     * feelings card ("casi lloro de la emoción").
     */
    private boolean feels(String piece, Kind kind, String language) {
        return kind == Kind.FEELING || (kind == Kind.TOPIC || kind == Kind.OTHER) && !parser.asks(piece, language)
                && !asksInside(piece, language) && matcher.match(language, piece)
                .filter(match -> SmallTalk.SUPPORT_CARD.equals(match.cardId())).isPresent();
    }

    private boolean feels(String piece, String language) {
        return feels(piece, reader.kindOf(piece, language), language);
    }

    /** "pumped 15 min ty", "extracción lista gracias": a log, then thanks without a comma. */
    private List<String> thanksAtTheEnd(String clause, String language) {
        String[] words = clause.split("\\s+");
        for (int last = 1; last <= 2 && last < words.length; last++) {
            String tail = String.join(" ", Arrays.copyOfRange(words, words.length - last, words.length));
            String head = String.join(" ", Arrays.copyOfRange(words, 0, words.length - last));
            if (reader.smallTalk(tail, language) == Kind.THANKS && reader.kindOf(head, language) == Kind.LOG) {
                return List.of(head, tail);
            }
        }
        return List.of(clause);
    }

    private static Kind asQuestion(Kind kind) {
        return kind == Kind.TOPIC ? Kind.QUESTION : kind;
    }

    /** "so tired is it ok to skip the night one": a feeling or a log, then a question without a comma between. */
    private List<Reading> splitAtQuestion(String clause, Kind kind, String language) {
        if (kind == Kind.QUESTION) {
            List<Reading> told = toldThenMarked(clause, language);
            return told != null ? told : List.of(new Reading(kind, clause));
        }
        if (kind != Kind.FEELING && kind != Kind.LOG && kind != Kind.UNSURE && kind != Kind.OTHER) {
            return List.of(new Reading(kind, clause));
        }
        String[] words = clause.split("\\s+");
        boolean asksInside = false;
        for (int i = 1; i + MIN_QUESTION_WORDS <= words.length
                || i + 1 < words.length && InterpreterLexicon.accented(words[i]); i++) {
            // "estoy agotada cómo sigo": a question word written with its accent asks in two words ("qué felicidad"
            // exclaims)
            String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
            if (i + MIN_QUESTION_WORDS > words.length && reader.kindOf(rest, language) != Kind.QUESTION) {
                continue;
            }
            boolean asking = i + 1 < words.length && lexicon.auxiliary(words[i + 1]);
            if (lexicon.relative(words[i]) && !asking) {
                continue; // "pumped 15 min when she napped": a joining word; "when should I..." asks
            }
            if (lexicon.knows(words[i - 1]) || i >= 2 && lexicon.knows(words[i - 2])) {
                continue; // "nobody understands why I'm doing this", "nadie entiende por qué": asks nothing
            }
            if (lexicon.maybeRelative(words[i]) && lexicon.compares(words[i - 1])) {
                continue; // "150 g más que la semana pasada": compares, asks nothing
            }
            if (lexicon.tells(words, i) || lexicon.verbOfTheSentence(words, i) || lexicon.tellsAfter(words[i - 1])) {
                continue; // "ugh can barely read this", "my body is failing my baby", "ya no puedo más": it tells
            }
            boolean marked = rest.indexOf('?') >= 0 || rest.indexOf('¿') >= 0;
            if (!marked && (lexicon.embeds(words[i]) && i + 1 < words.length
                    && !InterpreterLexicon.accented(words[i + 1])
                    || lexicon.embeds(words[i - 1]) && !InterpreterLexicon.accented(words[i]))) {
                // "tengo miedo de q no funcione", "contenta con como va", "anxious about how much she eats": joins,
                // asks nothing
                continue;
            }
            if (lexicon.maybeRelative(words[i]) && !marked && i + 1 < words.length
                    && parser.tells(String.join(" ", Arrays.copyOfRange(words, i + 1, words.length)), language)) {
                continue; // "los 20 ml que me saqué antes": the milk, said by what was done; asks nothing
            }
            if (parser.asksFrom(rest.replace("?", "").replace("¿", ""), language)) {
                asksInside = true;
                if (lexicon.maybeRelative(words[i])) {
                    continue; // "los 20 ml que me saqué" or "...que hago": not split, asked about
                }
                String head = String.join(" ", Arrays.copyOfRange(words, 0, i));
                Kind headKind = reader.kindOf(head, language);
                // A head of a word or two ("30 min es demasiado...") is the question's subject, not a log of its own.
                if (headKind == Kind.FEELING || headKind == Kind.LOG && i >= MIN_QUESTION_WORDS) {
                    return List.of(new Reading(headKind, head), new Reading(Kind.QUESTION, rest));
                }
            }
        }
        // "after 2 weeks how much should I get": it reads as a log, but a question starts inside it: ask.
        return List.of(new Reading(kind == Kind.LOG && asksInside ? Kind.UNSURE : kind, clause));
    }

    /**
     * "me saqué 10 ml en 20 min es poco?", "pesó 200 g más que la semana pasada va bien?": a session told, then words
     * that weigh it up, asked only by the question mark at the end (a Spanish yes-or-no question has no word that
     * asks). The log is the shortest head that says all the whole says (the same entry, its note aside); what
     * follows it, no log of its own, is the question. Null when the clause is no such thing: it asks by its words,
     * tells what usually happens ("consigo 10 ml es poco?"), tells no session, or no head says the whole entry
     * ("pumped 20 min got 15ml?" doubts its amount).
     */
    private List<Reading> toldThenMarked(String clause, String language) {
        String stripped = clause.strip();
        String unmarked = stripped.replace("?", "").strip();
        if (!stripped.endsWith("?") || stripped.indexOf('¿') >= 0 || unmarked.isEmpty()
                || parser.asks(unmarked, language) || !parser.tells(unmarked, language)
                || !(reader.parse(unmarked, language) instanceof ParseResult.Parsed whole)) {
            return null;
        }
        String[] words = stripped.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, i));
            String tail = String.join(" ", Arrays.copyOfRange(words, i, words.length));
            if (reader.parse(head, language) instanceof ParseResult.Parsed told
                    && withoutNote(told.entry()).equals(withoutNote(whole.entry()))) {
                boolean asksApart = !SmallTalkWords.words(tail).isEmpty()
                        && reader.parse(tail, language) instanceof ParseResult.NotALog;
                // "consigo 10 ml es poco?": what usually happens, weighed up, is asked; the habit is the head's own
                return asksApart && !lexicon.habitual(head) && reader.kindOf(head, language) == Kind.LOG
                        ? List.of(new Reading(Kind.LOG, head), new Reading(Kind.QUESTION, tail)) : null;
            }
        }
        return null;
    }

    private static LogEntryDraft withoutNote(LogEntryDraft entry) {
        return new LogEntryDraft(entry.kind(), entry.method(), entry.side(), entry.minutes(), entry.ml(), entry.at(),
                entry.timeGiven(), entry.supplement(), entry.wet(), entry.dirty(), null, entry.leftMl(),
                entry.rightMl(), entry.leftMinutes(), entry.rightMinutes(), entry.grams(), entry.weightUnit());
    }

    /**
     * Neighbouring clauses of one kind as one part; a clause of no known kind joined to the part before it (or
     * after it, at the start); all the logs of a message as one log, where the first one is.
     */
    private List<Reading> merged(List<Reading> clauses, String language) {
        List<Reading> parts = new ArrayList<>();
        Reading pendingOther = null;
        for (Reading clause : clauses) {
            if (clause.kind() == Kind.QUESTION && !parts.isEmpty() && lexicon.bare(clause.text())) {
                // "my baby fusses at the breast after 2 min, why": the whole is asked, nothing is logged.
                parts.add(join(parts.remove(parts.size() - 1), clause, Kind.QUESTION));
                continue;
            }
            if (clause.kind() == Kind.QUESTION && !parts.isEmpty() && parts.get(parts.size() - 1).kind() == Kind.LOG
                    && lexicon.habitual(parts.get(parts.size() - 1).text()) && lexicon.doubts(clause.text())) {
                // "mi bebé moja solo 4 pañales, es poco?": what usually happens, weighed up, is asked; no session
                parts.add(join(parts.remove(parts.size() - 1), clause, Kind.QUESTION));
                continue;
            }
            if (clause.kind() == Kind.OTHER) {
                if (parts.isEmpty()) {
                    pendingOther = pendingOther == null ? clause : join(pendingOther, clause, Kind.OTHER);
                } else {
                    Reading last = parts.remove(parts.size() - 1);
                    parts.add(join(last, clause, last.kind()));
                }
                continue;
            }
            if (pendingOther != null && clause.kind() == Kind.QUESTION && (onlyATime(pendingOther.text(), language)
                    || !parser.bareNumbers(pendingOther.text(), language, true).isEmpty())) {
                // "at 6, should I have done another by 9?", "30, is that good?": the time or the number answers
                // the open question ("When was it?", "How much?"), the rest asks (and points back to it)
                parts.add(pendingOther);
                pendingOther = null;
            }
            if (pendingOther != null) {
                clause = join(pendingOther, clause, clause.kind());
                pendingOther = null;
            }
            Reading sameLog = clause.kind() == Kind.LOG
                    ? parts.stream().filter(part -> part.kind() == Kind.LOG).findFirst().orElse(null) : null;
            if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == clause.kind()) {
                Reading last = parts.remove(parts.size() - 1);
                parts.add(join(last, clause, clause.kind()));
            } else if (sameLog != null) {
                parts.set(parts.indexOf(sameLog), join(sameLog, clause, Kind.LOG));
            } else {
                parts.add(clause);
            }
        }
        if (pendingOther != null) {
            parts.add(pendingOther);
        }
        return parts;
    }

    /** "at 6", "a las 9 más o menos", "yesterday 3pm": a time and nothing else, no log by itself. */
    private boolean onlyATime(String clause, String language) {
        return reader.parse(clause, language) instanceof ParseResult.NotALog
                && reader.parse(DONE + " " + clause, language)
                instanceof ParseResult.Parsed parsed && parsed.entry().timeGiven() && parsed.entry().minutes() == null
                && parsed.entry().ml() == null;
    }

    private static Reading join(Reading first, Reading second, Kind kind) {
        return new Reading(kind, first.text() + " " + second.text());
    }
}
