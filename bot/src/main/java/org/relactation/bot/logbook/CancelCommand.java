package org.relactation.bot.logbook;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.util.List;

/**
 * /cancel, or "never mind" / "olvídalo" typed: drops the question the bot is waiting on after a log ("When was
 * it?", the amount picker's typed amount), so the next number or time is a new log again.
 */
public final class CancelCommand implements Command {
    private final Logbook logbook;

    public CancelCommand(Logbook logbook) {
        this.logbook = logbook;
    }

    @Override
    public String name() {
        return "cancel";
    }

    @Override
    public List<Action> run(Turn turn) {
        if (turn.user().followUp() == null) {
            return List.of(turn.reply("interpreter.replies.nothing_to_cancel"));
        }
        logbook.closeFollowUp(turn);
        return List.of(turn.reply("interpreter.replies.cancelled"));
    }
}
