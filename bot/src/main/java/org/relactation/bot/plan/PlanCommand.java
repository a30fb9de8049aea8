package org.relactation.bot.plan;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.util.List;

/** /plan: the parent's personal plan, written from their current answers. */
public final class PlanCommand implements Command {
    private final PlanWriter writer;

    public PlanCommand(PlanWriter writer) {
        this.writer = writer;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public List<Action> run(Turn turn) {
        return List.of(new Action.Reply(turn.chatId(), writer.write(turn.user(), turn.texts(), turn.inbound().at())));
    }
}
