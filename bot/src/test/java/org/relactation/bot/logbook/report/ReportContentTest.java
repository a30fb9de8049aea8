package org.relactation.bot.logbook.report;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.logbook.Side;
import org.relactation.bot.logbook.Supplement;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportContentTest {
    private static final List<String> KEYS = List.of("report.chart.title", "report.chart.title_one",
            "report.chart.title_empty", "report.chart.sessions_title", "report.chart.sessions", "report.chart.target",
            "report.chart.sessions_axis", "report.chart.expressed_title", "report.chart.expressed",
            "report.chart.supplement_title", "report.chart.supplement", "report.chart.ml_title", "report.chart.ml_axis",
            "report.chart.day_axis", "report.pdf.title", "report.pdf.period", "report.pdf.period_one",
            "report.pdf.timezone", "report.pdf.profile", "report.pdf.situation", "report.pdf.baby_age",
            "report.pdf.goal", "report.pdf.target", "report.pdf.plan_started", "report.pdf.not_given",
            "report.pdf.totals", "report.pdf.col_what", "report.pdf.col_times", "report.pdf.col_minutes",
            "report.pdf.col_ml", "report.pdf.supplement_row", "report.pdf.target_met", "report.pdf.averages",
            "report.pdf.trends", "report.pdf.trend_supplement", "report.pdf.trend_expressed", "report.pdf.trend_wait",
            "report.pdf.notes", "report.pdf.note", "report.pdf.more_notes", "report.pdf.no_data",
            "report.pdf.self_reported");

    @Test
    void everyCsvWordExistsInEveryLanguage() {
        ContentCatalog catalog = ContentCatalog.load();
        for (String language : catalog.languages()) {
            Texts texts = catalog.texts(language);
            assertThat(ExportWriter.CSV_COLUMNS).allSatisfy(column ->
                    assertThat(texts.has("report.csv.columns." + column)).as(language + " " + column).isTrue());
            for (Class<? extends Enum<?>> type : List.of(EntryKind.class,
                    Method.class, Side.class,
                    Supplement.class)) {
                String what = switch (type.getSimpleName()) {
                    case "EntryKind" -> "kind";
                    default -> type.getSimpleName().toLowerCase(Locale.ROOT);
                };
                for (Enum<?> value : type.getEnumConstants()) {
                    if (value.name().equals("DEFAULT")) {
                        continue; // "done" is resolved to a method before an entry is stored
                    }
                    String key = "report.csv." + what + "." + value.name().toLowerCase(Locale.ROOT);
                    assertThat(texts.has(key)).as(language + " " + key).isTrue();
                }
            }
        }
    }

    /** The PDF's standard font has no emoji and no arrows: a report.pdf text with them would lose letters. */
    @Test
    void pdfTextsUseOnlyWhatThePdfFontShows() {
        var helvetica = new PDType1Font(
                Standard14Fonts.FontName.HELVETICA);
        ContentCatalog catalog = ContentCatalog.load();
        for (String language : catalog.languages()) {
            catalog.texts(language).under("report.pdf.").forEach((key, text) ->
                    assertThat(ExportWriter.printable(helvetica, text)).as(language + " " + key).isEqualTo(text));
        }
    }

    @Test
    void everyReportKeyExistsInEveryLanguage() {
        // ContentCatalog.load() itself fails when a language lacks a key or its placeholders differ.
        ContentCatalog catalog = ContentCatalog.load();
        for (String language : catalog.languages()) {
            Texts texts = catalog.texts(language);
            assertThat(texts.language()).isEqualTo(language);
            assertThat(KEYS).allSatisfy(key -> assertThat(texts.has(key)).as(language + " " + key).isTrue());
        }
    }
}
