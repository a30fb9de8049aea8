package org.relactation.bot.logbook;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.logbook.report.ExportWriter;
import org.relactation.bot.logbook.report.ProgressChart;

import java.time.ZoneId;
import java.util.List;

/**
 * /export: every entry as a CSV file (local and UTC times) and a one-page PDF summary of the last 30 days with
 * the chart, to share with a lactation consultant or doctor.
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
        ZoneId zone = logbook.zone(turn.user());
        byte[] csv = ExportWriter.csv(logbook.entries().all(turn.userId()), zone);
        List<DaySummary> days = logbook.days(turn.user(), turn.inbound().at(), SUMMARY_DAYS);
        byte[] pdf = ExportWriter.pdf(days, ProgressChart.render(days, turn.texts()), turn.texts(), zone.getId());
        return List.of(
                new Action.Document(turn.chatId(), csv, "relactation-log.csv", "text/csv",
                        turn.texts().get("logbook.export_csv")),
                new Action.Document(turn.chatId(), pdf, "relactation-summary.pdf", "application/pdf",
                        turn.texts().get("logbook.export_pdf")));
    }
}
