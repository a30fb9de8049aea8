package org.relactation.bot.logbook;

import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * /week: one line per local day for the last 7 days (from the parent's first day, if that is later): sessions
 * against the target, ml expressed, supplement.
 */
public final class WeekCommand implements Command {
    private final Logbook logbook;

    public WeekCommand(Logbook logbook) {
        this.logbook = logbook;
    }

    @Override
    public String name() {
        return "week";
    }

    @Override
    public List<Action> run(Turn turn) {
        List<DaySummary> week = logbook.daysSinceStart(turn.user(), turn.inbound().at(), StatsCommand.WEEK);
        Texts texts = turn.texts();
        if (week.stream().allMatch(DaySummary::empty)) {
            return List.of(turn.reply("logbook.week.empty"));
        }
        LocalFormat format = LocalFormat.of(texts);
        List<String> lines = new ArrayList<>();
        lines.add(week.size() < StatsCommand.WEEK
                ? texts.get("logbook.week.title_since", Map.of("date", format.date(week.getFirst().day())))
                : texts.get("logbook.week.title"));
        for (DaySummary day : week) {
            lines.add(texts.get("logbook.week.line", Map.of("day", format.weekday(day.day()), "sessions",
                    day.sessions(), "target", day.target(), "mark", texts.get(day.metTarget() ? "logbook.week.met"
                            : "logbook.week.missed"), "ml", format.number(day.mlExpressed()),
                    "supplement", format.number(day.supplementMl()))));
        }
        return List.of(new Action.Reply(turn.chatId(), String.join("\n", lines)));
    }
}
