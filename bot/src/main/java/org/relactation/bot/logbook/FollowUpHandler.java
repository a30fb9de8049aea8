package org.relactation.bot.logbook;

import org.bson.types.ObjectId;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.TextHandler;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.storage.UserProfile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number typed while an entry's amount or minutes buttons are open ("12 ml", "12", "20 min") fixes that entry
 * and updates its confirmation, instead of logging a second session; a time typed after "When was it?" completes
 * the log that was not saved for its time. Anything else closes the follow-up and is handled as usual; so does an
 * answer typed more than {@link #OPEN_FOR} after the question.
 */
public final class FollowUpHandler implements TextHandler {
    public static final String AMOUNT = "amount";
    public static final String MINUTES = "minutes";
    static final String TIME = "time";
    /** After this long, a number is a new log again. */
    static final Duration OPEN_FOR = Duration.ofMinutes(15);
    private static final double ML_PER_OZ = 29.5735;
    /** A number with an optional unit and nothing else: "12", "12 ml", "1.5 oz", "20 min". */
    private static final Pattern NUMBER = Pattern.compile(
            "\\s*(\\d{1,4}(?:[.,]\\d{1,2})?)\\s*(ml|mls|cc|oz|min|mins|minutes|minutos|m)?\\s*[.!]?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final Logbook logbook;
    private final LogParser parser;

    public FollowUpHandler(Logbook logbook, LogParser parser) {
        this.logbook = logbook;
        this.parser = parser;
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
        logbook.closeFollowUp(turn);
        if (!fresh) {
            return Optional.empty();
        }
        if (TIME.equals(open.what())) {
            return completed(turn, open.rest());
        }
        Matcher number = NUMBER.matcher(turn.inbound().text());
        ObjectId id = Logbook.id(open.entryId());
        if (id == null) {
            return Optional.empty();
        }
        double value;
        String unit;
        if (number.matches()) {
            value = Double.parseDouble(number.group(1).replace(',', '.'));
            unit = number.group(2) == null ? "" : number.group(2).toLowerCase(java.util.Locale.ROOT);
        } else {
            // "about 2 oz", "casi nada, 3 ml", "unos 20 minutos": an amount or a length alone, in the parent's words.
            Optional<Integer> read = alone(turn, open.what());
            if (read.isEmpty()) {
                return Optional.empty();
            }
            value = read.get();
            unit = "";
        }
        Optional<Entry> fixed;
        if (AMOUNT.equals(open.what())) {
            int ml = (int) Math.round("oz".equals(unit) ? value * ML_PER_OZ : value);
            if (ml > LogLimits.MAX_ML) {
                return Optional.of(List.of(turn.reply("logbook.reject.too_much", Map.of("ml", ml, "minutes", ""))));
            }
            fixed = logbook.entries().setMl(turn.userId(), id, ml);
        } else {
            int minutes = (int) Math.round(value);
            if (minutes > LogLimits.MAX_MINUTES) {
                return Optional.of(List.of(turn.reply("logbook.reject.too_long", Map.of("ml", "",
                        "minutes", minutes))));
            }
            fixed = logbook.entries().setMinutes(turn.userId(), id, minutes);
        }
        return fixed.map(entry -> List.<Action>of(logbook.fixed(turn, entry, open.messageId())));
    }

    /**
     * The amount (ml) or the length (minutes) that {@code what} asks for, when the message says only that: a log
     * of the parent's usual method, with no time, no side, no supplement and nothing else measured.
     */
    private Optional<Integer> alone(Turn turn, String what) {
        return alone(parser.parse(turn.inbound().text(), turn.user().language(), logbook.zone(turn.user()),
                turn.inbound().at()), what);
    }

    /** The amount ({@link #AMOUNT}) or length ({@link #MINUTES}) a parsed message gives and nothing else. */
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
     * "When was it?" answered with a time alone ("yesterday 3pm", "anoche a las 11"): the log that was waiting for
     * it, stored now. A message that is more than a time (a log of its own, a question) is handled as usual.
     */
    private Optional<List<Action>> completed(Turn turn, String rest) {
        String typed = turn.inbound().text();
        if (rest == null || rest.isBlank()
                || !(parser.parse(typed, turn.user().language(), logbook.zone(turn.user()), turn.inbound().at())
                instanceof ParseResult.NotALog)) {
            return Optional.empty();
        }
        ParseResult result = parser.parse(rest + " " + typed, turn.user().language(), logbook.zone(turn.user()),
                turn.inbound().at());
        if (result instanceof ParseResult.Parsed parsed && parsed.entry().timeGiven()) {
            EntryStore.Saved saved = logbook.store(turn, parsed.entry(), "u:" + turn.inbound().updateId());
            return Optional.of(List.of(logbook.reply(turn, saved)));
        }
        return Optional.empty();
    }
}
