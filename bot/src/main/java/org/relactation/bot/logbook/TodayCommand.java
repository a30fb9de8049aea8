package org.relactation.bot.logbook;

import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * /today: the parent's local day so far (sessions against the target, time, ml, longest gap, night, supplement,
 * nappies) with one-tap logging buttons.
 */
public final class TodayCommand implements Command {
    private final Logbook logbook;
    private final QuickLogButtons quick;

    public TodayCommand(Logbook logbook, QuickLogButtons quick) {
        this.logbook = logbook;
        this.quick = quick;
    }

    @Override
    public String name() {
        return "today";
    }

    @Override
    public List<Action> run(Turn turn) {
        DaySummary today = logbook.today(turn);
        Texts texts = turn.texts();
        String date = LocalFormat.of(texts).date(today.day());
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("logbook.today.title", Map.of("date", date)));
        if (today.empty()) {
            lines.add(texts.get("logbook.today.empty"));
            return List.of(new Action.Reply(turn.chatId(), String.join("\n", lines), quick.keyboard(texts)));
        }
        lines.add(texts.get("logbook.today.sessions", Map.of("count", today.sessions(), "target", today.target())));
        if (today.minutes() > 0) {
            lines.add(texts.get("logbook.today.minutes", Map.of("minutes", today.minutes())));
        }
        if (today.mlExpressed() > 0) {
            lines.add(texts.get("logbook.today.expressed", Map.of("ml", today.mlExpressed())));
        }
        if (today.longestGap() != null) {
            lines.add(texts.get("logbook.today.gap", Map.of("gap", duration(texts, today.longestGap()))));
        }
        lines.add(texts.get(today.nightSession() ? "logbook.today.night_done" : "logbook.today.night_not_yet"));
        if (today.supplementMl() > 0) {
            lines.add(texts.get("logbook.today.supplement", Map.of("ml", today.supplementMl())));
        }
        if (today.wet() + today.dirty() > 0) {
            lines.add(texts.get("logbook.today.nappies", Map.of("wet", today.wet(), "dirty", today.dirty())));
        }
        return List.of(new Action.Reply(turn.chatId(), String.join("\n", lines), quick.keyboard(texts)));
    }

    static String duration(Texts texts, Duration duration) {
        return texts.get("logbook.today.duration", Map.of("hours", duration.toHours(),
                "minutes", duration.toMinutesPart()));
    }
}
