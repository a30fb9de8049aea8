package org.relactation.bot.logbook;

import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * /stats: streak of days at target, averages over the last 7 days (or the days since the parent started, if fewer),
 * and the trend of expressed milk and supplement, each saying which days it compares.
 */
public final class StatsCommand implements Command {
    /** Long enough to find a month-long streak. */
    static final int STREAK_DAYS = 60;
    static final int WEEK = 7;
    /** Trends compare up to the last 3 finished days with the 3 before them. */
    static final int TREND_DAYS = 3;

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
        List<DaySummary> history = logbook.daysSinceStart(turn.user(), turn.inbound().at(), STREAK_DAYS);
        List<DaySummary> week = history.subList(Math.max(0, history.size() - WEEK), history.size());
        Texts texts = turn.texts();
        if (week.stream().allMatch(DaySummary::empty)) {
            return List.of(turn.reply("logbook.week.empty"));
        }
        LocalFormat format = LocalFormat.of(texts);
        List<String> lines = new ArrayList<>();
        if (history.size() > WEEK) {
            lines.add(texts.get("logbook.stats.title", Map.of("days", WEEK)));
        } else if (week.size() == 1) {
            lines.add(texts.get("logbook.stats.title_first_day"));
        } else {
            lines.add(texts.get("logbook.stats.title_since", Map.of("days", week.size(),
                    "date", format.date(week.getFirst().day()))));
        }
        lines.add(texts.get("logbook.stats.streak", Map.of("days", DayStats.streak(history))));
        lines.add(texts.get("logbook.stats.sessions", Map.of("sessions", format.decimal(
                week.stream().mapToInt(DaySummary::sessions).average().orElse(0)), "target",
                turn.user().sessionsTarget())));
        lines.add(texts.get("logbook.stats.expressed", Map.of("ml",
                format.number(Trend.average(week, DaySummary::mlExpressed)))));
        lines.add(texts.get("logbook.stats.supplement", Map.of("ml",
                format.number(Trend.average(week, DaySummary::supplementMl)))));
        Optional<Trend.Change> ml = Trend.of(week, DaySummary::mlExpressed, TREND_DAYS);
        if (ml.isEmpty()) {
            lines.add(texts.get("logbook.stats.trend_wait"));
        } else {
            trend(texts, format, "logbook.stats.trend_ml_", ml.get()).ifPresent(lines::add);
            trend(texts, format, "logbook.stats.trend_sup_",
                    Trend.of(week, DaySummary::supplementMl, TREND_DAYS).orElseThrow()).ifPresent(lines::add);
        }
        return List.of(new Action.Reply(turn.chatId(), String.join("\n", lines)));
    }

    /** "Expressed milk: going up 📈 30 → 65 ml a day (yesterday against the day before)"; none for 0 → 0. */
    private static Optional<String> trend(Texts texts, LocalFormat format, String prefix, Trend.Change change) {
        if (change.nothing()) {
            return Optional.empty();
        }
        return Optional.of(texts.get(prefix + change.direction().name().toLowerCase(Locale.ROOT), Map.of(
                "before", format.number(change.before()), "after", format.number(change.after()),
                "span", change.span(texts))));
    }
}
