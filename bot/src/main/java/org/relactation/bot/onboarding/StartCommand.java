package org.relactation.bot.onboarding;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.SetUp;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.util.ArrayList;
import java.util.List;

/**
 * /start: the first time, a warm welcome, the one-line reminder that the bot supports and does not replace a
 * clinician, and the first onboarding question. Later, a short welcome back; onboarding starts (or, if
 * interrupted, resumes) until it is done. Whatever else a parent who never started sends (after /delete, "done" or
 * "/today") is answered the same way, after a word that nothing was saved: nothing is logged before setup.
 */
public final class StartCommand implements Command, SetUp {
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
    public boolean needed(UserProfile user) {
        return user.startedAt() == null && user.planStartedAt() == null && !user.inFlow();
    }

    @Override
    public List<Action> first(Turn turn) {
        if (turn.warned()) {
            return List.of(); // the warning is the answer; the setup waits for the next message
        }
        List<Action> actions = new ArrayList<>();
        actions.add(turn.reply("start.set_up_first"));
        actions.addAll(run(turn));
        return actions;
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
