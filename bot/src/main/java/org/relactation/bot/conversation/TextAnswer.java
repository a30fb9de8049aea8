package org.relactation.bot.conversation;

import org.relactation.bot.parent.UserStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer to text: a command; else the answer to the bot's open question, a flow's or a text handler's (after the
 * questions and feelings that came with it); else each part by the first handler that understands it, in order; else "not sure". After a warning,
 * text that means nothing else needs no "I'm not sure": the warning was the answer. An open question interrupted is
 * asked again after the rest.
 */
final class TextAnswer {
    private final Handlers handlers;
    private final UserStore users;

    TextAnswer(Handlers handlers, UserStore users) {
        this.handlers = handlers;
        this.users = users;
    }

    List<Action> answer(Turn turn, Interpretation interpretation) {
        boolean warned = turn.warned();
        Inbound inbound = turn.inbound();
        Flow flow = interpretation.flow();
        Command command = interpretation.command();
        String language = turn.texts().language();
        if (command == null && flow != null && (handlers.parts().mayAnswer(inbound.text(), language)
                || flow.expects(turn) || flow.holdsItsAnswer(turn) && (interpretation.commandWord() != null
                || handlers.parts().sharesAFeeling(inbound.text(), language)))) {
            Optional<List<Action>> answered = flow.answer(turn);
            if (answered.isPresent()) {
                return withItsQuestions(turn, answered.get());
            }
        }
        List<MessageParts.Part> pieces = interpretation.parts();
        if (command == null) {
            command = interpretation.commandWord();
        }
        if (command == null && interpretation.unsure()) {
            List<Action> actions = new ArrayList<>(handlers.unsure(turn));
            resume(flow, turn, actions);
            return actions;
        }
        if (command == null) {
            Optional<List<Action>> open = answerToOpenQuestion(turn);
            if (open.isPresent()) {
                List<Action> actions = new ArrayList<>(withItsQuestions(turn, open.get()));
                resume(flow, turn, actions);
                return actions;
            }
        }
        if (command == null && flow != null) {
            Optional<List<Action>> other = understoodInParts(turn, pieces);
            if (other.isEmpty()) {
                return warned ? flow.resume(turn) : flow.notUnderstood(turn);
            }
            List<Action> actions = new ArrayList<>(other.get());
            resume(flow, turn, actions);
            return actions;
        }
        List<Action> actions = new ArrayList<>(command != null ? command.run(turn)
                : understoodInParts(turn, pieces).orElseGet(() -> warned ? List.of() : handlers.fallback(turn)));
        resume(flow, turn, actions);
        return actions;
    }

    /**
     * Asks the open flow's question again after an interruption. What was done may have ended or restarted the
     * flow: it is looked at again first.
     */
    private void resume(Flow flow, Turn turn, List<Action> actions) {
        if (flow == null) {
            return;
        }
        Turn after = turn.refreshed(users);
        if (flow.active(after)) {
            actions.addAll(flow.resume(after));
        }
    }

    /**
     * The answer to the bot's own question, after the answers to the questions and feelings that came with it ("hace
     * 6 semanas, ¿es mucho para relactar?": the topic, then "✓" and the next setup question; "around 3am, so
     * exhausted": a word for the tiredness, then the log).
     */
    private List<Action> withItsQuestions(Turn turn, List<Action> answer) {
        List<MessageParts.Part> asides = handlers.parts().asidesIn(turn.inbound().text(), turn.texts().language());
        if (asides.isEmpty() || turn.warned()) {
            return answer;
        }
        List<Action> actions = new ArrayList<>();
        Turn after = turn.refreshed(users);
        for (MessageParts.Part aside : asides) {
            Optional<List<Action>> alone = handlers.understood(after.about(aside.text()));
            // The answer is context for a question ("hace 6 semanas, ¿es mucho?"): alone, or else with it.
            (aside.question() ? alone.or(() -> handlers.understood(after)) : alone).ifPresent(actions::addAll);
        }
        actions.addAll(answer);
        return actions;
    }

    /**
     * The answer to a question a text handler keeps open ("How much?" after a log), read from the whole message
     * ("25!! best so far 🥳": 25 ml, and a word for the joy after it); empty when it is no answer.
     */
    private Optional<List<Action>> answerToOpenQuestion(Turn turn) {
        for (TextHandler handler : handlers.textHandlers()) {
            if (handler.answersOpenQuestion()) {
                Optional<List<Action>> answer = handler.handle(turn);
                if (answer.isPresent()) {
                    return answer;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A message of one part as a whole; a mix part by part, in order ("done. how often should I pump?" gets the
     * log and the answer; "undo, it was 15 min" undoes and logs). A part nothing understands is left out when
     * another part was understood; empty when none was.
     */
    private Optional<List<Action>> understoodInParts(Turn turn, List<MessageParts.Part> pieces) {
        if (pieces.size() <= 1) {
            return handlers.understood(turn);
        }
        List<Action> actions = new ArrayList<>();
        boolean any = false;
        Turn current = turn.refreshed(users); // the open question, tried above, may be gone now
        for (MessageParts.Part piece : pieces) {
            Turn part = current.about(piece.text());
            Command command = handlers.command(piece.command());
            Optional<List<Action>> answer = command != null ? Optional.of(command.run(part))
                    : piece.unsure() ? Optional.of(handlers.unsure(part)) : handlers.understood(part);
            if (answer.isEmpty() && piece.question() && !turn.warned()) {
                // A question nothing answers: "not sure", and where to look.
                answer = Optional.of(handlers.fallback(part));
            }
            if (answer.isPresent()) {
                actions.addAll(answer.get());
                any = true;
                current = current.refreshed(users);
            }
        }
        return any ? Optional.of(actions) : Optional.empty();
    }
}
