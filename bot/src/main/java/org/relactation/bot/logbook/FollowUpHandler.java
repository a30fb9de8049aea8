package org.relactation.bot.logbook;

import org.bson.types.ObjectId;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.TextHandler;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.text.Clauses;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a parent types while an entry's buttons are open fixes that entry and redraws its message, instead of
 * logging a second session: a number while the amounts or minutes are shown ("12 ml", "12", "20 min"), a time
 * while the times are shown ("at 14:30", "14:30", "yesterday 3pm"), and, on an entry opened from /today, any of
 * them ("20 ml", "15 min", "at 14:30", "L 20 R 15 ml"). A time typed after "When was it?" completes the log that
 * was not saved for its time. Anything else closes the follow-up and is handled as usual; so does an answer typed
 * more than {@link #OPEN_FOR} after the question.
 */
public final class FollowUpHandler implements TextHandler {
    public static final String AMOUNT = "amount";
    public static final String MINUTES = "minutes";
    static final String TIME = "time";
    /** The times of an entry are shown: a time typed now is its new time. */
    static final String AT = "at";
    /** An entry opened from /today: an amount, a length or a time typed now changes it. */
    static final String ENTRY = "entry";
    /** Before any of the above: the entry was opened from /today, and its card is redrawn after the fix. */
    static final String CARD = "card.";
    /** After this long, a number is a new log again. */
    static final Duration OPEN_FOR = Duration.ofMinutes(15);
    private static final double ML_PER_OZ = 29.5735;
    /** A number with an optional unit and nothing else: "12", "12 ml", "1.5 oz", "20 min". */
    private static final Pattern NUMBER = Pattern.compile(
            "\\s*(\\d{1,4}(?:[.,]\\d{1,2})?)\\s*(ml|mls|cc|oz|min|mins|minutes|minutos|m)?\\s*[.!]?\\s*",
            Pattern.CASE_INSENSITIVE);

    /** An answer and the words after it: split at the first "!", ";", comma or stop (not a decimal's), or emoji. */
    private static final Pattern LEAD = Pattern.compile(
            "\\s*(.+?)\\s*(?:[!;]+|,(?!\\d)|(?<!\\d)\\.|\\.(?!\\d)|(?=\\p{So}))\\s*(\\S.*)", Pattern.DOTALL);

    private final Logbook logbook;
    private final LogParser parser;
    private final EntryCard card;

    public FollowUpHandler(Logbook logbook, LogParser parser) {
        this.logbook = logbook;
        this.parser = parser;
        this.card = new EntryCard(logbook);
    }

    @Override
    public boolean answersOpenQuestion() {
        return true;
    }

    @Override
    public Optional<List<Action>> handle(Turn turn) {
        UserProfile.FollowUp open = turn.user().followUp();
        if (open == null) {
            return Optional.empty();
        }
        boolean fresh = turn.inbound().at().isBefore(open.askedAt().plus(OPEN_FOR));
        if (fresh && asksInstead(turn, open)) {
            // "how often at night?" while "When was it?" waits: the question is answered, and the wait goes on
            return Optional.empty();
        }
        logbook.closeFollowUp(turn);
        if (!fresh) {
            return Optional.empty();
        }
        if (TIME.equals(open.what())) {
            return completed(turn, open.rest()).or(() -> loggedNow(turn, open.rest()));
        }
        boolean onCard = open.what() != null && open.what().startsWith(CARD);
        String field = onCard ? open.what().substring(CARD.length()) : open.what();
        ObjectId id = Logbook.id(open.entryId());
        if (id == null || !List.of(AMOUNT, MINUTES, AT, ENTRY).contains(field)) {
            return Optional.empty();
        }
        Optional<Entry> entry = logbook.entries().find(turn.userId(), id);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (ENTRY.equals(field) && bareNumber(turn.inbound().text()) && EntryCard.measured(entry.get())) {
            // "14" with the whole entry open: ml, minutes or a time? Asked, not guessed; the entry stays open.
            logbook.openFollowUp(turn, open.what(), entry.get(), open.messageId());
            return Optional.of(List.of(turn.reply("logbook.edit.which_unit")));
        }
        Optional<Change> change = read(turn, field);
        if (change.isEmpty() && AMOUNT.equals(field) && !onCard && saysNoAmount(turn)) {
            // "few drops, didn't measure", "ni idea": no amount to give, and no second session either.
            return Optional.of(List.of(turn.reply("logbook.amount_unknown")));
        }
        if (change.isEmpty() || !change.get().fits(entry.get())) {
            return Optional.empty();
        }
        Optional<String> refused = change.get().refusal();
        if (refused.isPresent()) {
            if (onCard) {
                logbook.openFollowUp(turn, open.what(), entry.get(), open.messageId());
            }
            return Optional.of(List.of(new Action.Reply(turn.chatId(), turn.texts().get(refused.get(),
                    Map.of("ml", change.get().ml() == null ? "" : change.get().ml(),
                            "minutes", change.get().minutes() == null ? "" : change.get().minutes())))));
        }
        Optional<Entry> fixed = change.get().apply(logbook.entries(), turn.userId(), id);
        if (fixed.isEmpty()) {
            return Optional.empty();
        }
        if (onCard) {
            logbook.openFollowUp(turn, CARD + ENTRY, fixed.get(), open.messageId());
            return Optional.of(List.of(card.view(turn, fixed.get()).edit(turn.chatId(), open.messageId())));
        }
        return Optional.of(List.of(logbook.fixed(turn, fixed.get(), open.messageId())));
    }

    /**
     * What the typed text changes: a number alone takes the unit of the buttons that are open ({@code field}), or
     * its own unit; other words are read as a log of the parent's usual method that says only amounts, minutes,
     * sides or a time ("about 2 oz", "unos 20 minutos", "L 20 R 15 ml", "at 14:30").
     */
    private Optional<Change> read(Turn turn, String field) {
        return read(parser, turn.inbound().text(), turn.user().language(), logbook.zone(turn.user()),
                turn.inbound().at(), field);
    }

    /** A question asked by its form that is no answer to what is open ("maybe 8?" is one to "How much?"). */
    private boolean asksInstead(Turn turn, UserProfile.FollowUp open) {
        if (!parser.asks(turn.inbound().text(), turn.user().language())) {
            return false;
        }
        String what = open.what() == null ? "" : open.what();
        if (TIME.equals(what)) {
            return true;
        }
        // "nada, es normal?": the answer, then a question of its own, answered after it
        return read(turn, what.startsWith(CARD) ? what.substring(CARD.length()) : what).isEmpty()
                && !(AMOUNT.equals(what) && saysNoAmount(turn));
    }

    /**
     * Whether {@code typed}, sent while {@code field} of an entry is open ({@link #AMOUNT}, {@link #MINUTES},
     * {@link #AT}, {@link #ENTRY}), is read as a fix of that entry (or, for the amount, as saying there is none)
     * rather than as a message of its own: what the interpreter's evaluation counts as an answer to the open
     * question.
     */
    public static boolean fixesOpenEntry(LogParser parser, String typed, String language, ZoneId zone, Instant now,
                                         String field) {
        return read(parser, typed, language, zone, now, field).isPresent()
                || AMOUNT.equals(field) && saysNoAmount(parser, typed, language, zone, now);
    }

    /**
     * What the typed text changes, read whole or, when the whole says more, from the answer said first and followed
     * by words that log nothing ("25!! best so far 🥳", "like 3 ml. so tired", "casi nada 😞"): those words are the
     * parent's own, answered as a feeling or a question of their own.
     */
    private static Optional<Change> read(LogParser parser, String typed, String language, ZoneId zone, Instant now,
                                         String field) {
        Optional<Change> whole = readWhole(parser, typed, language, zone, now, field);
        if (whole.isPresent()) {
            return whole;
        }
        return lead(parser, typed, language, zone, now)
                .flatMap(lead -> readWhole(parser, lead, language, zone, now, field))
                .or(() -> numberFirst(parser, typed, language, zone, now, field));
    }

    /**
     * "only 4 ugh", "15 ml is that ok": the answer up to its last number (and the unit after it), then words with no
     * stop between that log nothing: those words are the parent's own.
     */
    private static Optional<Change> numberFirst(LogParser parser, String typed, String language, ZoneId zone,
                                                Instant now, String field) {
        if (typed == null || !(parser.parse(typed, language, zone, now) instanceof ParseResult.NotALog)) {
            return Optional.empty(); // "also 2 wet nappies since the last one": a log of its own
        }
        String[] words = typed.strip().split("\\s+");
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].chars().anyMatch(Character::isDigit)) {
                last = i;
            }
        }
        for (int end = Math.min(last + 1, words.length - 2); last >= 0 && end >= last; end--) {
            String answer = String.join(" ", Arrays.copyOfRange(words, 0, end + 1));
            String rest = String.join(" ", Arrays.copyOfRange(words, end + 1, words.length));
            Optional<Change> read = readWhole(parser, answer, language, zone, now, field);
            if (read.isPresent() && parser.parse(rest, language, zone, now) instanceof ParseResult.NotALog
                    && parser.bareNumbers(rest, language).isEmpty()) {
                return read;
            }
        }
        return Optional.empty();
    }

    /**
     * The words before the first stop, comma or emoji of {@code typed}, when words follow that are no log, or a log
     * in a sentence of its own; empty otherwise. A stop or comma between digits is a decimal ("1.5 oz", "10,5").
     */
    private static Optional<String> lead(LogParser parser, String typed, String language, ZoneId zone, Instant now) {
        Matcher lead = LEAD.matcher(typed == null ? "" : typed);
        if (!lead.matches()) {
            return Optional.empty();
        }
        // "10ml. and nursed at 5 for 15 min": a log in a sentence of its own is logged on its own, after the answer;
        // one in the same sentence ("at 3, 20 ml") is no answer apart from it.
        boolean ownSentence = Clauses.endsSentence(typed.substring(lead.end(1), lead.start(2)));
        boolean restLogs = !(parser.parse(lead.group(2), language, zone, now) instanceof ParseResult.NotALog);
        return restLogs && !ownSentence ? Optional.empty() : Optional.of(lead.group(1));
    }

    private static Optional<Change> readWhole(LogParser parser, String typed, String language, ZoneId zone,
                                              Instant now, String field) {
        String doubt = typed == null ? "" : typed.strip();
        if (doubt.endsWith("?") && doubt.chars().anyMatch(Character::isDigit)) {
            // "maybe 10 ml?", "like 2 oz?": a doubt about the answer, not a question, when no question word asks
            String said = doubt.replaceAll("[?\\s]+$", "");
            if (!said.isEmpty() && !parser.asks(said, language)) {
                typed = said;
            }
        }
        Matcher number = NUMBER.matcher(typed == null ? "" : typed);
        if (number.matches()) {
            double value = Double.parseDouble(number.group(1).replace(',', '.'));
            String unit = number.group(2) == null ? "" : number.group(2).toLowerCase(Locale.ROOT);
            boolean minutes = unit.startsWith("m") && !unit.startsWith("ml") || unit.isEmpty() && MINUTES.equals(field);
            boolean ml = !unit.isEmpty() && !minutes || unit.isEmpty() && AMOUNT.equals(field);
            if (minutes) {
                return Optional.of(Change.minutes((int) Math.round(value)));
            }
            if (ml) {
                return Optional.of(Change.ml((int) Math.round("oz".equals(unit) ? value * ML_PER_OZ : value)));
            }
            return Optional.empty();
        }
        // "unos 15", "about 20", "10 and 12", "10 de un lado y 12 del otro": the number the buttons ask for.
        List<Double> numbers = parser.bareNumbers(typed, language, true);
        if (!numbers.isEmpty() && numbers.size() <= 2 && (AMOUNT.equals(field) || MINUTES.equals(field))) {
            int total = (int) Math.round(numbers.stream().mapToDouble(Double::doubleValue).sum());
            return Optional.of(AMOUNT.equals(field) ? Change.ml(total) : Change.minutes(total));
        }
        ParseResult said = parser.parse(typed, language, zone, now);
        if (said instanceof ParseResult.Parsed parsed && parsed.entry().kind() == EntryKind.WEIGHT
                && ENTRY.equals(field)) {
            // "4.3 kg" on a weight opened from /today: its new weight (and time, if one is said).
            LogEntryDraft draft = parsed.entry();
            return Optional.of(new Change(null, null, null, null, null, null, null,
                    draft.timeGiven() ? draft.at() : null, draft.grams(), draft.weightUnit()));
        }
        if (said instanceof ParseResult.Parsed parsed && AMOUNT.equals(field) && amountGotOut(parsed.entry())) {
            // "saqué media onza", "pumped 25 ml": the amount asked for, with the verb of getting it out
            return Optional.of(Change.ml(parsed.entry().ml()));
        }
        if (said instanceof ParseResult.Parsed parsed && plain(parsed.entry())) {
            LogEntryDraft draft = parsed.entry();
            Change change = new Change(draft.ml(), draft.leftMl(), draft.rightMl(), draft.minutes(),
                    draft.leftMinutes(), draft.rightMinutes(), draft.side(), draft.timeGiven() ? draft.at() : null,
                    null, null);
            return change.isEmpty() ? Optional.empty() : Optional.of(change);
        }
        if (!(said instanceof ParseResult.NotALog)) {
            return Optional.empty();
        }
        // "at 14:30", "14:30", "ayer a las 3": a time alone is no log; read as the time of a session, it is one.
        ParseResult timed = parser.parse("done " + typed, language, zone, now);
        if (timed instanceof ParseResult.Parsed parsed && plain(parsed.entry()) && parsed.entry().timeGiven()
                && parsed.entry().ml() == null && parsed.entry().minutes() == null && parsed.entry().side() == null) {
            return Optional.of(new Change(null, null, null, null, null, null, null, parsed.entry().at(), null,
                    null));
        }
        return Optional.empty();
    }

    /**
     * Whether the typed answer to "How many ml?" is a session of the parent's usual method that says no amount, no
     * length and no time ("a few drops, didn't measure"): the open entry keeps no amount, and nothing new is logged.
     */
    private boolean saysNoAmount(Turn turn) {
        return saysNoAmount(parser, turn.inbound().text(), turn.user().language(), logbook.zone(turn.user()),
                turn.inbound().at());
    }

    private static boolean saysNoAmount(LogParser parser, String typed, String language, ZoneId zone, Instant now) {
        if (saysNoAmountWhole(parser, typed, language, zone, now)) {
            return true;
        }
        // "nada, como siempre 🙃", "casi nada 😞": said first, then the parent's own words
        return lead(parser, typed, language, zone, now)
                .filter(lead -> saysNoAmountWhole(parser, lead, language, zone, now)).isPresent();
    }

    private static boolean saysNoAmountWhole(LogParser parser, String typed, String language, ZoneId zone,
                                             Instant now) {
        if (parser.saysNoAmount(typed, language)) {
            return true;
        }
        ParseResult said = parser.parse(typed, language, zone, now);
        // "she nursed", "fue al pecho": at the breast, there is no amount to measure
        return said instanceof ParseResult.Parsed parsed && (plain(parsed.entry())
                || parsed.entry().kind() == EntryKind.SESSION && parsed.entry().method() == Method.NURSE
                && parsed.entry().supplement() == null) && parsed.entry().ml() == null
                && parsed.entry().minutes() == null && !parsed.entry().timeGiven();
    }

    private static boolean bareNumber(String typed) {
        Matcher number = NUMBER.matcher(typed == null ? "" : typed);
        return number.matches() && number.group(2) == null;
    }

    /** A pumped or hand-expressed amount and nothing else: no length, side, time, supplement or nappies. */
    private static boolean amountGotOut(LogEntryDraft entry) {
        return entry.kind() == EntryKind.SESSION && entry.ml() != null && entry.minutes() == null
                && entry.side() == null && !entry.timeGiven() && entry.supplement() == null
                && entry.method() != null && entry.method().expresses();
    }

    /**
     * A log that says nothing but amounts, minutes, sides and a time, in the parent's words ("casi nada, 3 ml"): no
     * method, supplement or nappies.
     */
    private static boolean plain(LogEntryDraft entry) {
        return entry.kind() == EntryKind.SESSION && entry.method() == Method.DEFAULT && entry.supplement() == null
                && entry.wet() == null && entry.dirty() == null;
    }

    /**
     * The amount (ml) or the length (minutes) that {@code what} asks for, when the message says only that: a log
     * of the parent's usual method, with no time, no side, no supplement and nothing else measured.
     */
    public static Optional<Integer> alone(ParseResult result, String what) {
        if (!(result instanceof ParseResult.Parsed parsed)) {
            return Optional.empty();
        }
        LogEntryDraft entry = parsed.entry();
        boolean plain = entry.kind() == EntryKind.SESSION && entry.method() == Method.DEFAULT && !entry.timeGiven()
                && entry.side() == null && entry.supplement() == null && entry.wet() == null && entry.dirty() == null;
        if (!plain) {
            return Optional.empty();
        }
        if (AMOUNT.equals(what) && entry.ml() != null && entry.minutes() == null) {
            return Optional.of(entry.ml());
        }
        if (MINUTES.equals(what) && entry.minutes() != null && entry.ml() == null) {
            return Optional.of(entry.minutes());
        }
        return Optional.empty();
    }

    /**
     * What a typed fix changes; null fields stay as they are. Amounts by side come with their total.
     */
    private record Change(Integer ml, Integer leftMl, Integer rightMl, Integer minutes, Integer leftMinutes,
                          Integer rightMinutes, Side side, Instant at, Integer grams, WeightUnit weightUnit) {
        static Change ml(int ml) {
            return new Change(ml, null, null, null, null, null, null, null, null, null);
        }

        static Change minutes(int minutes) {
            return new Change(null, null, null, minutes, null, null, null, null, null, null);
        }

        boolean isEmpty() {
            return ml == null && minutes == null && at == null && grams == null;
        }

        /** Whether the entry has what this changes: minutes and sides are a session's, ml a session's or a feed's. */
        boolean fits(Entry entry) {
            boolean session = entry.kind() == EntryKind.SESSION;
            return (minutes == null && side == null || session) && (ml == null || EntryCard.measured(entry))
                    && (grams == null || entry.kind() == EntryKind.WEIGHT);
        }

        /** The content key of the answer when a value is beyond what one entry can be. */
        Optional<String> refusal() {
            if (ml != null && ml > LogLimits.MAX_ML) {
                return Optional.of("logbook.reject.too_much");
            }
            if (minutes != null && minutes > LogLimits.MAX_MINUTES) {
                return Optional.of("logbook.reject.too_long");
            }
            return Optional.empty();
        }

        /** Stores the change, one field after the other, each through the store (day revisions moved on). */
        Optional<Entry> apply(EntryStore entries, long userId, ObjectId id) {
            List<Supplier<Optional<Entry>>> steps = new ArrayList<>();
            if (at != null) {
                steps.add(() -> entries.setTime(userId, id, at));
            }
            if (grams != null) {
                steps.add(() -> entries.setWeight(userId, id, grams, weightUnit));
            }
            if (side != null && leftMl == null && leftMinutes == null) {
                steps.add(() -> entries.setSide(userId, id, side));
            }
            if (leftMl != null) {
                steps.add(() -> entries.setMlBySide(userId, id, leftMl, rightMl));
            } else if (ml != null) {
                steps.add(() -> entries.setMl(userId, id, ml));
            }
            if (leftMinutes != null) {
                steps.add(() -> entries.setMinutesBySide(userId, id, leftMinutes, rightMinutes));
            } else if (minutes != null) {
                steps.add(() -> entries.setMinutes(userId, id, minutes));
            }
            Optional<Entry> last = Optional.empty();
            for (Supplier<Optional<Entry>> step : steps) {
                last = step.get();
                if (last.isEmpty()) {
                    return last;
                }
            }
            return last;
        }
    }

    /**
     * "When was it?" answered with a time alone ("yesterday 3pm", "anoche a las 11"): the log that was waiting for
     * it, stored now. A message that is more than a time (a log of its own, a question) is handled as usual.
     */
    /**
     * "no idea", "ni me acuerdo" after "When was it?": the session waiting for its time is logged now, and the reply
     * says so (its time can be changed from /today).
     */
    private Optional<List<Action>> loggedNow(Turn turn, String rest) {
        if (rest == null || !parser.saysNoTime(turn.inbound().text())) {
            return Optional.empty();
        }
        ParseResult result = parser.parse(rest, turn.user().language(), logbook.zone(turn.user()), turn.inbound().at());
        if (!(result instanceof ParseResult.Parsed parsed)) {
            return Optional.empty();
        }
        EntryStore.Saved saved = logbook.store(turn, parsed.entry(), Logbook.source(turn.inbound().updateId(), 0));
        return Optional.of(List.of(turn.reply("logbook.time_unknown"), logbook.reply(turn, saved)));
    }

    private Optional<List<Action>> completed(Turn turn, String rest) {
        Optional<ParseResult> result = completedLog(parser, rest, turn.inbound().text(), turn.user().language(),
                logbook.zone(turn.user()), turn.inbound().at());
        if (result.isPresent() && result.get() instanceof ParseResult.Parsed parsed) {
            EntryStore.Saved saved = logbook.store(turn, parsed.entry(), Logbook.source(turn.inbound().updateId(), 0));
            return Optional.of(List.of(logbook.reply(turn, saved)));
        }
        if (result.isPresent() && result.get() instanceof ParseResult.Several several) {
            // "pumped 3 times today", then "at 1, 4 and 7"
            return Optional.of(List.of(logbook.reply(turn, logbook.storeAll(turn, several.entries()),
                    several.unsplitMinutes(), several.unsplitMl())));
        }
        if (result.isPresent() && result.get() instanceof ParseResult.Rejected rejected) {
            // a time still to come: said so, and "When was it?" waits on for the same session
            if (rejected.reason() == Rejection.FUTURE) {
                logbook.openTimeFollowUp(turn, rest);
            }
            return Optional.of(List.of(new Action.Reply(turn.chatId(), LogHandler.rejection(turn, rejected))));
        }
        return Optional.empty();
    }

    /**
     * The log that waited for its time ({@code rest}, "pumped 15 min") completed by the time typed after "When was
     * it?": read whole ("yesterday 3pm"), or from the time said first when words that log nothing follow ("4am, so
     * sick of night pumps"); empty when the typed text gives no time, or is a log of its own.
     */
    public static Optional<ParseResult> completedLog(LogParser parser, String rest, String typed, String language,
                                                     ZoneId zone, Instant now) {
        if (parser.asks(typed, language)) {
            return Optional.empty(); // "should the 2am one be the longest?": a question, and the wait goes on
        }
        Optional<ParseResult> whole = completedBy(parser, rest, typed, language, zone, now);
        if (whole.isEmpty() && typed != null && CLOCK_DIGITS.matcher(typed).matches()) {
            // "1530", "2ish": what "When was it?" asks for is a time, and digits alone say one
            whole = completedBy(parser, rest, CLOCK_PREFIX + typed.strip(), language, zone, now);
        }
        List<Double> bare = whole.isEmpty() ? parser.bareNumbers(typed, language) : List.of();
        if (bare.size() == 1 && bare.get(0) == Math.rint(bare.get(0)) && bare.get(0) >= 0 && bare.get(0) <= HOURS) {
            // "like 3ish", "como 5": an hour, said about
            whole = completedBy(parser, rest, CLOCK_PREFIX + bare.get(0).intValue(), language, zone, now);
        }
        return whole.isPresent() ? whole
                : lead(parser, typed, language, zone, now)
                        .flatMap(lead -> completedBy(parser, rest, lead, language, zone, now));
    }

    /**
     * "finished it a sec ago", "done at 3": a session said done at a time, and nothing else about it; after "When was
     * it?", the time of the session asked about, not a second one.
     */
    private static boolean onlyDoneAt(ParseResult result) {
        return result instanceof ParseResult.Parsed parsed && parsed.entry().kind() == EntryKind.SESSION
                && parsed.entry().timeGiven() && parsed.entry().method() == Method.DEFAULT
                && parsed.entry().minutes() == null && parsed.entry().ml() == null && parsed.entry().side() == null
                && parsed.entry().note() == null;
    }

    /** An hour or a time typed as digits alone, maybe with a word's ending ("1530", "2", "2ish"). */
    private static final Pattern CLOCK_DIGITS = Pattern.compile("\\s*\\d{1,4}\\p{L}{0,3}\\s*");
    /** The last hour of a day's clock: a bare number up to it is an hour. */
    private static final int HOURS = 24;
    /** The time prefix every language's log words read ("at"), put before digits typed alone. */
    private static final String CLOCK_PREFIX = "@";

    private static Optional<ParseResult> completedBy(LogParser parser, String rest, String typed, String language,
                                                     ZoneId zone, Instant now) {
        ParseResult alone = parser.parse(typed, language, zone, now);
        if (rest == null || rest.isBlank() || !(alone instanceof ParseResult.NotALog || onlyDoneAt(alone))) {
            return Optional.empty();
        }
        ParseResult result = parser.parse(rest + " " + typed, language, zone, now);
        boolean timed = result instanceof ParseResult.Parsed parsed && parsed.entry().timeGiven();
        // "a las 22:15" said at 21:30: a time, only one still to come (or too far back); the parent is told so
        boolean misplaced = result instanceof ParseResult.Rejected rejected
                && (rejected.reason() == Rejection.FUTURE || rejected.reason() == Rejection.TOO_OLD);
        return timed || misplaced || result instanceof ParseResult.Several ? Optional.of(result) : Optional.empty();
    }
}
