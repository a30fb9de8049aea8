package org.relactation.bot.interpreter;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.TextHandler;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A message that reads as a log and as a question alike ("30 min is too much for one session"): rather than guess,
 * the bot asks with two buttons, keeping the message until one is pressed (as the open follow-up, so anything
 * typed next drops it). Button data: {@code lq:l} (log it), {@code lq:q} (answer it).
 */
public final class LogOrQuestion implements ButtonHandler {
    static final String WHAT = "log_or_question";
    /** After this long the kept message is gone; the parent is asked to send it again. */
    static final Duration OPEN_FOR = Duration.ofMinutes(15);

    private final UserStore users;
    private final TextHandler logs;
    private final TextHandler questions;
    private final Function<Turn, List<Action>> notSure;

    /**
     * @param logs      stores a log ("u:" and the update id keep a press from logging twice)
     * @param questions answers a question, or leaves it
     * @param notSure   the answer to a question nothing answers
     */
    public LogOrQuestion(UserStore users, TextHandler logs, TextHandler questions,
                         Function<Turn, List<Action>> notSure) {
        this.users = users;
        this.logs = logs;
        this.questions = questions;
        this.notSure = notSure;
    }

    @Override
    public String prefix() {
        return "lq";
    }

    /** Keeps the message and asks what it is. */
    public List<Action> ask(Turn turn) {
        users.setFollowUp(turn.userId(), new UserProfile.FollowUp(WHAT, null, 0, turn.inbound().at(),
                turn.inbound().text()));
        Keyboard keyboard = Keyboard.of(List.of(
                new Button(turn.texts().get("interpreter.ask.log"), data("l")),
                new Button(turn.texts().get("interpreter.ask.question"), data("q"))));
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get("interpreter.ask.text"), keyboard));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        UserProfile.FollowUp open = turn.user().followUp();
        boolean fresh = open != null && WHAT.equals(open.what()) && open.rest() != null
                && turn.inbound().at().isBefore(open.askedAt().plus(OPEN_FOR));
        if (!fresh || !List.of("l", "q").contains(payload)) {
            return List.of(turn.reply("interpreter.ask.gone"));
        }
        users.clearFollowUp(turn.userId());
        Turn message = turn.about(open.rest());
        List<Action> actions = new ArrayList<>();
        if ("l".equals(payload)) {
            actions.addAll(logs.handle(message).orElseGet(() -> notSure.apply(message)));
        } else {
            actions.addAll(questions.handle(message).orElseGet(() -> notSure.apply(message)));
        }
        return actions;
    }
}
