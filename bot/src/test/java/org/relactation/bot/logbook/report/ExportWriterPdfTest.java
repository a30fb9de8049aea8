package org.relactation.bot.logbook.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.DaySummary;
import org.relactation.bot.logbook.Entry;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportWriterPdfTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replace("\r", "");
        }
    }

    private static byte[] pdf(List<DaySummary> days, List<Entry> entries, Texts texts) {
        return ExportWriter.pdf(days, entries, ReportFixtures.PROFILE, texts, ReportFixtures.MADRID);
    }

    @Test
    void englishSummaryForAClinician() throws IOException {
        Texts en = CONTENT.texts("en");

        String text = text(pdf(ReportFixtures.days(14), ReportFixtures.entries(), en));

        assertThat(text).contains("Relactation log summary", "Time zone: Europe/Madrid",
                "Period: Nov 17, 2025 – Nov 30, 2025 (14 days)");
        // profile
        assertThat(text).contains("Situation: Bringing my milk back", "Goal: Some of baby's milk",
                "Baby's age at the start: 3 to under 6 months", "Daily target: 8 sessions", "Plan started: Nov 1, 2025");
        // totals by method
        assertThat(text).containsPattern("Pump 2 35 55").containsPattern("Nursing 1 10 0")
                .containsPattern("Hand expression 1 10 5").containsPattern("Supplement: Formula 1 90")
                .containsPattern("Wet nappies 4").containsPattern("Dirty nappies 1");
        // averages with the English decimal point, and the trends saying what they compare
        assertThat(text).contains("Daily target reached on 3 of 14 days.")
                .contains("A day on average: 5.6 sessions, 29.1 ml expressed")
                .contains("Supplement given: from 230 to 248 ml a day (the last 6 full days against the 6 before).")
                .contains("Milk expressed: from 16 to 42 ml a day (the last 6 full days against the 6 before).");
        // the parent's notes, dated, without the emoji the font cannot show
        assertThat(text).contains("The parent's notes", "Nov 29, 2025 13:00: tired but hopeful",
                "Nov 30, 2025 21:40: first drops by hand!");
        assertThat(text).contains("self-reported").doesNotContain("/11/2025");
    }

    @Test
    void spanishSummaryInSpanishWordsDatesAndDecimals() throws IOException {
        Texts es = CONTENT.texts("es");

        String text = text(pdf(ReportFixtures.days(14), ReportFixtures.entries(), es));

        assertThat(text).contains("Resumen del diario de relactación", "Zona horaria: Europe/Madrid",
                "Periodo: 17 nov 2025 – 30 nov 2025 (14 días)", "Situación: Recuperar mi leche",
                "Meta: Parte de su leche", "Inicio del plan: 1 nov 2025", "Sacaleches", "Pecho",
                "Extracción a mano", "Suplemento: Fórmula", "29 nov 2025 13:00: tired but hopeful",
                "clínicamente");
        assertThat(text).contains("De media al día: 5,6 sesiones, 29,1 ml extraídos")
                .contains("Suplemento dado: de 230 a 248 ml al día (los últimos 6 días completos frente a los 6 anteriores).");
    }

    @Test
    void onTheSecondDayThePeriodIsTwoDaysAndTrendsWait() throws IOException {
        Texts en = CONTENT.texts("en");
        List<DaySummary> two = ReportFixtures.days(2);

        String text = text(pdf(two, List.of(), en));

        assertThat(text).contains("Period: Nov 29, 2025 – Nov 30, 2025 (2 days)", "of 2 days",
                "Trends need two full days logged", "Nothing was logged in this period.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void thirtyDaysAndManyNotesStillFitOnePageWithALargeChart(String language) throws IOException {
        Texts texts = CONTENT.texts(language);
        List<Entry> entries = new ArrayList<>(ReportFixtures.entries());
        for (int i = 0; i < 40; i++) {
            Entry base = entries.get(1);
            entries.add(new Entry(new ObjectId(), 1, "n" + i, base.kind(), base.method(), null, 10, 10,
                    base.at().minusSeconds(3600L * (i + 1)), null, null, null, "note number " + i + " about a long day",
                    base.at()));
        }

        byte[] pdf = pdf(ReportFixtures.days(30), entries, texts);
        String text = text(pdf);

        assertThat(text).contains("note number 0 about").doesNotContain("note number 39 about")
                .containsPattern(language.equals("en") ? "Earlier notes, in the CSV file: \\d+"
                        : "Notas anteriores, en el archivo CSV: \\d+");
        // The chart spans the text width and is tall enough to read once printed.
        List<float[]> images = images(pdf);
        assertThat(images).singleElement().satisfies(size -> {
            assertThat(size[0]).as("width in points").isGreaterThanOrEqualTo(500f);
            assertThat(size[1]).as("height in points").isGreaterThanOrEqualTo(ExportWriter.MIN_CHART_HEIGHT);
        });
    }

    @Test
    void dropsWhatTheFontCannotShowInsteadOfFailing() {
        var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        assertThat(ExportWriter.printable(helvetica, "¿Qué tal? ¡Sí! 🎉 niño – 💧ok\nfin"))
                .isEqualTo("¿Qué tal? ¡Sí! niño – ok fin");
    }

    /** The printed size (points) of every image drawn on the first page. */
    private static List<float[]> images(byte[] pdf) throws IOException {
        List<float[]> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            new PDFGraphicsStreamEngine(page) {
                @Override
                public void drawImage(PDImage image) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    sizes.add(new float[]{ctm.getScalingFactorX(), ctm.getScalingFactorY()});
                }

                @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
                @Override public void clip(int windingRule) { }
                @Override public void moveTo(float x, float y) { }
                @Override public void lineTo(float x, float y) { }
                @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
                @Override public Point2D getCurrentPoint() {
                    return new Point2D.Float();
                }
                @Override public void closePath() { }
                @Override public void endPath() { }
                @Override public void strokePath() { }
                @Override public void fillPath(int windingRule) { }
                @Override public void fillAndStrokePath(int windingRule) { }
                @Override public void shadingFill(COSName shadingName) { }

                void run() throws IOException {
                    processPage(page);
                }
            }.run();
        }
        return sizes;
    }
}
