package org.relactation.bot.conversation;

import java.util.List;
import java.util.Optional;

/** Free text that is not a command: a log, a question. Handlers are asked in order; the first that knows wins. */
public interface TextHandler {

    Optional<List<Action>> handle(Turn turn);

    /**
     * Whether handling the same update twice changes nothing the second time (a log is stored once per update id).
     * Such a handler answers a redelivered update again, so a reply lost in a crash is not lost for good.
     */
    default boolean answersRedelivery() {
        return false;
    }

    /**
     * Whether this handler answers a question the bot asked ("When was it?", a typed amount): it reads the whole
     * message before the message is cut into parts ("casi nada, 3 ml" is one answer, not a feeling and a log).
     */
    default boolean answersOpenQuestion() {
        return false;
    }
}
