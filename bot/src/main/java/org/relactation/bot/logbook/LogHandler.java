package org.relactation.bot.logbook;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.TextHandler;
import org.relactation.bot.conversation.Turn;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Free text that is a log ("done", "pumped 15 min 20 ml", "3 wet nappies"): stored once per Telegram update and
 * confirmed in one line with buttons to fix it; several sessions with their times ("pumped at 1, 3 and 5") are
 * stored one entry each and confirmed in one reply. Text that is not a log is left to the other handlers; a log
 * that cannot be right ("900 ml", a time in the future) gets a clear answer and nothing is stored.
 */
public final class LogHandler implements TextHandler {
    private final LogParser parser;
    private final Logbook logbook;

    public LogHandler(LogParser parser, Logbook logbook) {
        this.parser = parser;
        this.logbook = logbook;
    }

    /** A log is stored once per update id: a redelivered one is answered "already logged", never stored twice. */
    @Override
    public boolean answersRedelivery() {
        return true;
    }

    @Override
    public Optional<List<Action>> handle(Turn turn) {
        ParseResult result = parser.parse(turn.inbound().text(), turn.user().language(), logbook.zone(turn.user()),
                turn.inbound().at());
        return switch (result) {
            case ParseResult.NotALog notALog -> Optional.empty();
            case ParseResult.Rejected rejected -> {
                Object timeWords = rejected.details().get("text");
                if ((rejected.reason() == Rejection.FUTURE || rejected.reason() == Rejection.UNREADABLE_TIME)
                        && timeWords instanceof String words && !words.isBlank()) {
                    // "When was it?": a time typed next ("yesterday 3pm") completes this log.
                    logbook.openTimeFollowUp(turn, turn.inbound().text().replace(words, " ").strip());
                } else if (rejected.reason() == Rejection.SEVERAL && turn.inbound().text() != null) {
                    // "pumped 3 times today": their times typed next ("at 1, 4 and 7") log all three.
                    logbook.openTimeFollowUp(turn, turn.inbound().text().strip());
                }
                yield Optional.of(List.of(new Action.Reply(turn.chatId(), rejection(turn, rejected))));
            }
            case ParseResult.Parsed parsed -> {
                EntryStore.Saved saved = logbook.store(turn, parsed.entry(),
                        Logbook.source(turn.inbound().updateId(), partIndex(turn)));
                yield Optional.of(List.of(logbook.reply(turn, saved)));
            }
            case ParseResult.Several several -> Optional.of(List.of(logbook.reply(turn,
                    logbook.storeAll(turn, several.entries()), several.unsplitMinutes(), several.unsplitMl())));
        };
    }

    /**
     * Which entry of the update this log is, kept apart from the update's other entries: 0 for a message logged
     * whole or from its start; for a log in a later part of it ("10ml. and nursed at 5", after the answer to "How
     * much?" or "When was it?" that stored or fixed another) one past every index a list of sessions uses, by
     * where the part starts, so a replay of the update finds the same one.
     */
    private static int partIndex(Turn turn) {
        int at = turn.message() == null ? -1 : turn.message().indexOf(turn.inbound().text());
        return at > 0 ? LATER_PART + at : 0;
    }

    /** Above any count of sessions listed in one message. */
    private static final int LATER_PART = 1_000;

    /** What the parent is told about a log refused for {@code rejected}'s reason. */
    static String rejection(Turn turn, ParseResult.Rejected rejected) {
        Map<String, Object> details = rejected.details();
        String key = switch (rejected.reason()) {
            case NEGATIVE -> "negative";
            case ZERO_MINUTES_WITH_VOLUME -> "zero_minutes";
            case TOO_MUCH_VOLUME -> "too_much";
            case TOO_LONG -> "too_long";
            case TOO_MANY_NAPPIES -> "too_many_nappies";
            case FUTURE -> "future";
            case TOO_OLD -> "too_old";
            case UNREADABLE_DURATION -> "duration";
            case UNREADABLE_TIME -> "time";
            case MIXED_KINDS -> "mixed";
            case SEVERAL -> "several";
            case SEVERAL_WEIGHTS -> "weights";
            case UNLIKELY_WEIGHT -> "weight";
        };
        Map<String, Object> values = Map.of("ml", details.getOrDefault("ml", ""),
                "minutes", details.getOrDefault("minutes", ""), "count", details.getOrDefault("count", ""));
        return turn.texts().get("logbook.reject." + key, values);
    }
}
