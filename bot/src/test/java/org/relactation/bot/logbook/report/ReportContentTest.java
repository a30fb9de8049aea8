package org.relactation.bot.logbook.report;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportContentTest {
    private static final List<String> KEYS = List.of("report.chart.title", "report.chart.sessions_title",
            "report.chart.sessions", "report.chart.target", "report.chart.sessions_axis",
            "report.chart.expressed_title", "report.chart.expressed", "report.chart.supplement_title",
            "report.chart.supplement", "report.chart.ml_axis", "report.chart.day_axis", "report.chart.day_pattern",
            "report.pdf.title", "report.pdf.period", "report.pdf.timezone", "report.pdf.date_pattern",
            "report.pdf.col_date", "report.pdf.col_sessions", "report.pdf.col_minutes", "report.pdf.col_expressed",
            "report.pdf.col_supplement", "report.pdf.col_nappies", "report.pdf.total", "report.pdf.average",
            "report.pdf.target_met", "report.pdf.no_data", "report.pdf.self_reported");

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
