package org.relactation.bot.logbook.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.DaySummary;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportWriterPdfTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();

    private static String text(byte[] pdf, int pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] pdf(List<DaySummary> days, Texts texts) {
        return ExportWriter.pdf(days, ProgressChart.render(days, texts), texts, "Europe/Madrid");
    }

    @Test
    void englishSummaryHasTitleDatesZoneAndNote() throws IOException {
        Texts en = CONTENT.texts("en");

        String text = text(pdf(ReportFixtures.days(14), en), 1);

        assertThat(text).contains("Relactation log summary", "Europe/Madrid", "17/11/2025", "30/11/2025",
                "Sessions / target", "Daily average", "self-reported");
        assertThat(text).contains("–"); // the en dash of the period line
    }

    @Test
    void spanishSummaryKeepsAccents() throws IOException {
        Texts es = CONTENT.texts("es");

        String text = text(pdf(ReportFixtures.days(14), es), 1);

        assertThat(text).contains("Resumen del diario de relactación", "30/11/2025", "Media diaria",
                "Zona horaria: Europe/Madrid", "clínicamente", "días");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void thirtyDaysStillFitOnePage(String language) throws IOException {
        Texts texts = CONTENT.texts(language);

        String text = text(pdf(ReportFixtures.days(30), texts), 1);

        assertThat(text).contains("01/11/2025", "15/11/2025", "30/11/2025");
    }

    @Test
    void worksWithoutDaysOrChart() throws IOException {
        String text = text(ExportWriter.pdf(List.of(), null, CONTENT.texts("en"), "UTC"), 1);

        assertThat(text).contains("Relactation log summary", "Nothing was logged");
    }

    @Test
    void dropsWhatTheFontCannotShowInsteadOfFailing() {
        var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        assertThat(ExportWriter.printable(helvetica, "¿Qué tal? ¡Sí! 🎉 niño – 💧ok\nfin"))
                .isEqualTo("¿Qué tal? ¡Sí! niño – ok fin");
    }
}
