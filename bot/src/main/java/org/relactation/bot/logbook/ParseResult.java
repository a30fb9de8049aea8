package org.relactation.bot.logbook;

import java.util.List;
import java.util.Map;

/** What a message is to the logbook: not a log, a log, or a log that cannot be stored as it stands. */
public sealed interface ParseResult {

    /** A question, a greeting, a command, a story: log nothing and let the rest of the bot answer. */
    record NotALog() implements ParseResult {
    }

    /** A log to store. */
    record Parsed(LogEntryDraft entry) implements ParseResult {
    }

    /**
     * Several sessions or feeds told with their times in one message ("pumped at 1, 3 and 5, 20 min each"), in the
     * order they were typed: to store one entry each. The note, if any, is on the first.
     *
     * @param unsplitMinutes minutes said once for them all ("20 min" with three times and no "each"), on none of
     *                       the entries, or null
     * @param unsplitMl      likewise ml ("60 ml in total"), or null
     */
    record Several(List<LogEntryDraft> entries, Integer unsplitMinutes, Integer unsplitMl) implements ParseResult {
        public Several {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Clearly a log, but impossible or unclear ("900 ml", "at 25:00"): nothing is stored, and the reply says
     * why using {@code details} (for example {"ml": 900}).
     */
    record Rejected(Rejection reason, Map<String, Object> details) implements ParseResult {
        public Rejected {
            details = Map.copyOf(details);
        }
    }
}
