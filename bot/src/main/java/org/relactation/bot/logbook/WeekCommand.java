package org.relactation.bot.logbook;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** /week: one line per local day for the last 7 days: sessions against the target, ml expressed, supplement. */
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
        List<DaySummary> week = logbook.days(turn.user(), turn.inbound().at(), 7);
        Texts texts = turn.texts();
        if (week.stream().allMatch(DaySummary::empty)) {
            return List.of(turn.reply("logbook.week.empty"));
        }
        Locale locale = Locale.forLanguageTag(texts.language());
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("logbook.week.title"));
        for (DaySummary day : week) {
            String label = day.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " "
                    + day.day().getDayOfMonth();
            lines.add(texts.get("logbook.week.line", Map.of("day", label, "sessions", day.sessions(),
                    "target", day.target(), "mark", texts.get(day.metTarget() ? "logbook.week.met"
                            : "logbook.week.missed"), "ml", day.mlExpressed(), "supplement", day.supplementMl())));
        }
        return List.of(new Action.Reply(turn.chatId(), String.join("\n", lines)));
    }
}
