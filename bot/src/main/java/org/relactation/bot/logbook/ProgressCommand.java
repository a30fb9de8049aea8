package org.relactation.bot.logbook;

import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.logbook.report.ProgressChart;

import java.util.List;
import java.util.Map;

/**
 * /progress [14|30]: a chart (PNG) of sessions against the target, ml expressed and supplement per day, from the
 * parent's first day if that is within the days asked for.
 */
public final class ProgressCommand implements Command {
    static final int DEFAULT_DAYS = 14;
    static final int LONG_DAYS = 30;

    private final Logbook logbook;

    public ProgressCommand(Logbook logbook) {
        this.logbook = logbook;
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public List<Action> run(Turn turn) {
        String text = turn.inbound().text();
        int days = text != null && text.trim().endsWith("30") ? LONG_DAYS : DEFAULT_DAYS;
        List<DaySummary> summaries = logbook.daysSinceStart(turn.user(), turn.inbound().at(), days);
        byte[] png = ProgressChart.render(summaries, turn.texts());
        String caption = summaries.size() < days
                ? turn.texts().get("logbook.progress_caption_since",
                        Map.of("date", LocalFormat.of(turn.texts()).date(summaries.getFirst().day())))
                : turn.texts().get("logbook.progress_caption", Map.of("days", days));
        return List.of(new Action.Photo(turn.chatId(), png, "progress.png", caption));
    }
}
