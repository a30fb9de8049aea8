package org.relactation.bot.conversation;

import java.util.List;

/**
 * The first look at every inbound message, before flood control, the database and everything else: warning signs
 * are answered whatever happens to the rest of the message (a slowed-down chat, a database outage, an edit, a
 * redelivered update, a group). It must not throw and must not need the database to answer.
 */
@FunctionalInterface
public interface Safeguard {

    Safeguard NONE = inbound -> Verdict.NONE;

    Verdict check(Inbound inbound);

    /**
     * @param warnings what to send before anything else
     * @param answered true when the warnings are the whole answer: the message is not also read as a log or a
     *                 question (a medicine dose is never stored as a session)
     */
    record Verdict(List<Action> warnings, boolean answered) {
        public static final Verdict NONE = new Verdict(List.of(), false);

        public Verdict {
            warnings = List.copyOf(warnings);
        }

        public boolean warned() {
            return !warnings.isEmpty();
        }
    }
}
