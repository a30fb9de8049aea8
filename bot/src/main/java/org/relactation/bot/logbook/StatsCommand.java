package org.relactation.bot.logbook;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** /stats: streak of days at target, averages over 7 days, and the trend of expressed milk and supplement. */
public final class StatsCommand implements Command {
    /** Long enough to find a month-long streak. */
    static final int STREAK_DAYS = 60;

    private final Logbook logbook;

    public StatsCommand(Logbook logbook) {
        this.logbook = logbook;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public List<Action> run(Turn turn) {
        List<DaySummary> history = logbook.days(turn.user(), turn.inbound().at(), STREAK_DAYS);
        List<DaySummary> week = history.subList(history.size() - 7, history.size());
        Texts texts = turn.texts();
        if (week.stream().allMatch(DaySummary::empty)) {
            return List.of(turn.reply("logbook.week.empty"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("logbook.stats.title"));
        lines.add(texts.get("logbook.stats.streak", Map.of("days", DayStats.streak(history))));
        lines.add(texts.get("logbook.stats.sessions", Map.of("sessions", String.format(Locale.ROOT, "%.1f",
                week.stream().mapToInt(DaySummary::sessions).average().orElse(0)), "target",
                turn.user().sessionsTarget())));
        lines.add(texts.get("logbook.stats.expressed", Map.of("ml", Trend.average(week, DaySummary::mlExpressed))));
        lines.add(texts.get("logbook.stats.supplement", Map.of("ml", Trend.average(week, DaySummary::supplementMl))));
        lines.add(texts.get("logbook.stats.trend_ml_" + key(Trend.of(week, DaySummary::mlExpressed))));
        lines.add(texts.get("logbook.stats.trend_sup_" + key(Trend.of(week, DaySummary::supplementMl))));
        return List.of(new Action.Reply(turn.chatId(), String.join("\n", lines)));
    }

    private static String key(Trend trend) {
        return trend.name().toLowerCase(Locale.ROOT);
    }
}
