package org.relactation.bot.conversation;

import org.relactation.bot.parent.UserStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Handle: the handler the interpretation names answers. Every press is answered exactly once, whether its handler
 * did it or not, so the button stops spinning; text goes to {@link TextAnswer}.
 */
final class HandleStage implements Stage {
    private final Handlers handlers;
    private final TextAnswer text;

    HandleStage(Handlers handlers, UserStore users) {
        this.handlers = handlers;
        this.text = new TextAnswer(handlers, users);
    }

    @Override
    public void on(Handling handling) {
        Turn turn = handling.turn();
        Interpretation interpretation = handling.interpretation();
        handling.answer(switch (interpretation.kind()) {
            case PRESS -> press(turn, interpretation);
            case SET_UP -> handlers.setUp.first(turn);
            // A photo whose caption was a warning sign needs no "I can only read text" next to the warning.
            case NOT_TEXT -> turn.warned() ? List.of() : List.of(turn.reply("fallback.not_text"));
            // The warning was the whole answer (a dose is never logged); an open question is asked again.
            case WARNING_ANSWERED -> interpretation.flow() == null ? List.of() : interpretation.flow().resume(turn);
            case TEXT -> text.answer(turn, interpretation);
        });
    }

    private static List<Action> press(Turn turn, Interpretation interpretation) {
        Inbound.ButtonPress button = turn.inbound().button();
        if (interpretation.button() == null) {
            return List.of(new Action.AnswerButton(turn.chatId(), button.callbackId(),
                    turn.texts().get("fallback.stale_button")));
        }
        List<Action> actions = interpretation.button().press(turn, interpretation.payload());
        if (actions.stream().anyMatch(a -> a instanceof Action.AnswerButton)) {
            return actions;
        }
        List<Action> answered = new ArrayList<>(actions.size() + 1);
        answered.add(new Action.AnswerButton(turn.chatId(), button.callbackId(), null));
        answered.addAll(actions);
        return answered;
    }
}
