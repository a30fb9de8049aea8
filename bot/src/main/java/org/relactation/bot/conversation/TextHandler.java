package org.relactation.bot.conversation;

import java.util.List;
import java.util.Optional;

/** Free text that is not a command: a log, a question. Handlers are asked in order; the first that knows wins. */
public interface TextHandler {

    Optional<List<Action>> handle(Turn turn);
}
