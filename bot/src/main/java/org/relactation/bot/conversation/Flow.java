package org.relactation.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A multi-step conversation (onboarding, changing a setting) that gets the first look at free text while the
 * parent is in it. Text that does not answer the current step (a question, a log) is handled as usual and the
 * flow then asks its question again, so an interruption never loses the parent's place.
 */
public interface Flow {

    boolean active(Turn turn);

    /** The actions if the text answers the current step, else empty. */
    Optional<List<Action>> answer(Turn turn);

    /**
     * Whether the text is, word for word, one of the current step's own answers, whatever else it may mean ("no
     * thanks" to "one at night too?" answers no, though elsewhere it cancels): the flow then gets it first.
     */
    default boolean expects(Turn turn) {
        return false;
    }

    /**
     * Whether the text holds one of the current step's own answers of a few words ("skip the night one" holds "skip
     * the night"): read as a command word or as a feeling alone ("honestly I'd be happy with just comfort nursing"),
     * the flow then gets it before the command word or the feeling's reply.
     */
    default boolean holdsItsAnswer(Turn turn) {
        return false;
    }

    /** Asks the current step again after an interruption. */
    List<Action> resume(Turn turn);

    /** The text neither answers the step nor means anything else: say what kind of answer is wanted. */
    List<Action> notUnderstood(Turn turn);
}
