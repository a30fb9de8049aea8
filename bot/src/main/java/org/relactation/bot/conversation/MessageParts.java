package org.relactation.bot.conversation;

import java.util.List;

/**
 * How a typed message is cut before it is answered: into the parts that each need their own answer ("done. how
 * often should I pump?" is a log and a question), each either a typed command word ("undo", "deshacer") or text
 * for the free-text handlers. The router answers the parts in order.
 */
public interface MessageParts {
    /**
     * One part: the command it names (a command's name, e.g. "undo"), or null for free text; {@code unsure} when
     * it reads as a log and as a question alike ("30 min is too much for one session"): the parent is asked;
     * {@code question} when it asks something: if no handler answers it, the bot says it is not sure.
     */
    record Part(String text, String command, boolean unsure, boolean question) {
        public Part(String text, String command) {
            this(text, command, false, false);
        }
    }

    /** A message that is one thing: no cutting, no command words. */
    MessageParts WHOLE = (text, language) -> List.of(new Part(text, null));

    /** The parts of {@code text}, in order; never empty for a non-blank text. */
    List<Part> of(String text, String language);

    /**
     * The clauses of {@code text} that ask something by their form, share a feeling or log a session in a sentence
     * after the first, and are not the whole text ("hace 6 semanas, ¿es mucho?", "around 3am, so exhausted", "10ml.
     * and nursed at 5"): what still needs an answer when the rest answered the bot's own question.
     * {@link Part#question()} tells a question.
     */
    default List<Part> asidesIn(String text, String language) {
        return List.of();
    }

    /**
     * Whether {@code text} may be the answer to the bot's open question: false for a message that is only a
     * greeting, thanks, a feeling, a "cancel" or a question asked with a question word ("does it matter if I'm not
     * sure when it stopped", "good morning all"), which the open question must not take for a choice or a time.
     */
    default boolean mayAnswer(String text, String language) {
        return true;
    }

    /** Whether {@code text} is only a feeling shared ("honestly id be happy with just comfort nursing"). */
    default boolean sharesAFeeling(String text, String language) {
        return false;
    }
}
