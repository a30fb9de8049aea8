package org.relactation.bot.logbook;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.util.List;

/**
 * /today: the parent's local day so far, today's entries with a button each to change or remove one, and one-tap
 * logging buttons ({@link TodayView}).
 */
public final class TodayCommand implements Command {
    private final Logbook logbook;
    private final TodayView view;

    /** @param quick the one-tap logging buttons, whose row ends the message */
    public TodayCommand(Logbook logbook, QuickLogButtons quick) {
        this.logbook = logbook;
        this.view = new TodayView(logbook);
    }

    @Override
    public String name() {
        return "today";
    }

    @Override
    public List<Action> run(Turn turn) {
        logbook.closeFollowUp(turn);
        return List.of(view.render(turn, TodayView.LAST, null).reply(turn.chatId()));
    }
}
