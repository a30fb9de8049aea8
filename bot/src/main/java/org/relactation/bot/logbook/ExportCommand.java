package org.relactation.bot.logbook;

import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.logbook.report.ExportWriter;
import org.relactation.bot.parent.UserProfile;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * /export: every entry as a CSV file and a one-page PDF summary of the last 30 days (from the parent's first day,
 * if that is later), both in the parent's language, to share with a lactation consultant or doctor.
 */
public final class ExportCommand implements Command {
    static final int SUMMARY_DAYS = 30;

    private final Logbook logbook;

    public ExportCommand(Logbook logbook) {
        this.logbook = logbook;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public List<Action> run(Turn turn) {
        UserProfile user = turn.user();
        ZoneId zone = logbook.zone(user);
        Instant now = turn.inbound().at();
        byte[] csv = ExportWriter.csv(logbook.entries().all(turn.userId()), zone, turn.texts());
        List<DaySummary> days = logbook.daysSinceStart(user, now, SUMMARY_DAYS);
        List<Entry> entries = logbook.entries().between(turn.userId(), DayStats.startOf(days.getFirst().day(), zone),
                DayStats.startOf(days.getLast().day().plusDays(1), zone));
        ExportWriter.Profile profile = new ExportWriter.Profile(user.setup().situation(), user.setup().babyAge(),
                user.setup().goal(), user.sessionsTarget(),
                user.planStartedAt() == null ? null : user.planStartedAt().atZone(zone).toLocalDate());
        byte[] pdf = ExportWriter.pdf(days, entries, profile, turn.texts(), zone);
        return List.of(
                new Action.Document(turn.chatId(), csv, "relactation-log.csv", "text/csv",
                        turn.texts().get("logbook.export_csv")),
                new Action.Document(turn.chatId(), pdf, "relactation-summary.pdf", "application/pdf",
                        turn.texts().get("logbook.export_pdf", Map.of("from",
                                LocalFormat.of(turn.texts()).date(days.getFirst().day())))));
    }
}
