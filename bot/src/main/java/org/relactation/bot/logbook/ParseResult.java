package org.relactation.bot.logbook;

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
     * Clearly a log, but impossible or unclear ("900 ml", "at 25:00"): nothing is stored, and the reply says
     * why using {@code details} (for example {"ml": 900}).
     */
    record Rejected(Rejection reason, Map<String, Object> details) implements ParseResult {
        public Rejected {
            details = Map.copyOf(details);
        }
    }
}
