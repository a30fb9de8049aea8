package org.relactation.bot.onboarding;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.storage.UserStore;

import java.util.List;

/** /start: a warm welcome and the disclaimer the first time; a short welcome back after that. */
public final class StartCommand implements Command {
    private final UserStore users;

    public StartCommand(UserStore users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public List<Action> run(Turn turn) {
        boolean first = users.markStarted(turn.user().userId(), turn.inbound().at());
        String text = first
                ? String.join("\n\n", turn.texts().get("start.welcome"), turn.texts().get("start.disclaimer"),
                        turn.texts().get("start.next"))
                : String.join("\n\n", turn.texts().get("start.welcome_back"), turn.texts().get("start.next"));
        return List.of(new Action.Reply(turn.chatId(), text));
    }
}
