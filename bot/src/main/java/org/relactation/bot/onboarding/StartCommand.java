package org.relactation.bot.onboarding;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.storage.UserStore;

import java.util.ArrayList;
import java.util.List;

/**
 * /start: the first time, a warm welcome, the one-line reminder that the bot supports and does not replace a
 * clinician, and the first onboarding question. Later, a short welcome back; onboarding starts (or, if
 * interrupted, resumes) until it is done.
 */
public final class StartCommand implements Command {
    private final UserStore users;
    private final OnboardingFlow onboarding;

    public StartCommand(UserStore users, OnboardingFlow onboarding) {
        this.users = users;
        this.onboarding = onboarding;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public List<Action> run(Turn turn) {
        boolean first = users.markStarted(turn.userId(), turn.inbound().at());
        List<Action> actions = new ArrayList<>();
        if (first) {
            actions.add(new Action.Reply(turn.chatId(),
                    turn.texts().get("start.welcome") + "\n\n" + turn.texts().get("start.disclaimer")));
        } else {
            actions.add(turn.reply("start.welcome_back"));
        }
        if (turn.user().inFlow()) {
            return actions; // the router asks the open question again
        }
        if (turn.user().planStartedAt() == null) {
            actions.addAll(onboarding.begin(turn));
        } else {
            actions.add(turn.reply("start.next"));
        }
        return actions;
    }
}
