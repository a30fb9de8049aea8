package org.relactation.bot.logbook.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.DaySummary;
import org.relactation.bot.logbook.Entry;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a parent's log for sharing: the raw entries as CSV, and a one-page A4 PDF summary for a lactation
 * consultant or doctor. Pure: no database, no Telegram.
 */
public final class ExportWriter {
    /** The CSV columns, in order. Technical names (never translated) so a file can be read back. */
    public static final List<String> CSV_HEADER = List.of("local_time", "utc_time", "kind", "method", "side",
            "minutes", "ml", "supplement", "wet", "dirty", "note");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader(CSV_HEADER.toArray(String[]::new))
            .get();

    private static final float MARGIN = 40f;
    private static final float TITLE_SIZE = 18f;
    private static final float TEXT_SIZE = 10f;
    private static final float NOTE_SIZE = 8f;
    private static final float MAX_ROW_HEIGHT = 14f;
    private static final float MIN_CHART_HEIGHT = 150f;
    /** Column widths of the day table, in points; they add up to the A4 width inside the margins. */
    private static final float[] COLUMNS = {115f, 90f, 65f, 85f, 85f, 75f};

    private ExportWriter() {
    }

    /**
     * One row per entry, oldest first, UTF-8, RFC 4180 (CRLF, quotes where needed), with a header row of
     * {@link #CSV_HEADER}. local_time is ISO-8601 with the offset in {@code zone}; utc_time is ISO-8601 UTC.
     * Enums are lower case; missing values are empty. Ids, the user id and the source are left out on purpose:
     * the file may be shared with a clinician.
     */
    public static byte[] csv(List<Entry> entries, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            List<Entry> sorted = entries.stream()
                    .sorted(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            for (Entry entry : sorted) {
                Instant at = entry.at() == null ? null : entry.at().truncatedTo(ChronoUnit.SECONDS);
                printer.printRecord(
                        at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone)),
                        at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at),
                        name(entry.kind()), name(entry.method()), name(entry.side()),
                        number(entry.minutes()), number(entry.ml()), name(entry.supplement()),
                        number(entry.wet()), number(entry.dirty()),
                        entry.note() == null ? "" : entry.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A one-page A4 summary: title, period, time zone, a row per day (date, sessions/target, minutes, ml
     * expressed, supplement ml, wet/dirty), totals and daily averages, the chart scaled to the space left, and
     * a note that the data is self-reported. Up to 31 days fit; characters the PDF's standard font cannot show
     * (emoji) are left out.
     *
     * @param chartPng the {@link ProgressChart} picture, or null for none
     * @param timezone the parent's zone as shown to the reader, e.g. "Europe/Madrid"
     */
    public static byte[] pdf(List<DaySummary> days, byte[] chartPng, Texts texts, String timezone) {
        List<DaySummary> sorted = days.stream().sorted(Comparator.comparing(DaySummary::day)).toList();
        Locale locale = Locale.forLanguageTag(texts.language());
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDRectangle box = page.getMediaBox();
            float width = box.getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Page out = new Page(content);
                float y = box.getHeight() - MARGIN - TITLE_SIZE;
                out.text(bold, TITLE_SIZE, MARGIN, y, texts.get("report.pdf.title"));
                y -= TEXT_SIZE * 2f;
                if (!sorted.isEmpty()) {
                    String from = date(texts, locale).format(sorted.getFirst().day());
                    String to = date(texts, locale).format(sorted.getLast().day());
                    out.text(regular, TEXT_SIZE, MARGIN, y, texts.get("report.pdf.period",
                            Map.of("from", from, "to", to, "days", sorted.size())));
                    y -= TEXT_SIZE * 1.5f;
                }
                out.text(regular, TEXT_SIZE, MARGIN, y, texts.get("report.pdf.timezone",
                        Map.of("zone", timezone == null ? "UTC" : timezone)));
                y -= TEXT_SIZE * 2f;

                float footer = MARGIN + NOTE_SIZE * 2.5f;
                if (sorted.isEmpty()) {
                    out.text(regular, TEXT_SIZE, MARGIN, y, texts.get("report.pdf.no_data"));
                    y -= TEXT_SIZE * 2f;
                } else {
                    List<String[]> rows = rows(sorted, texts, locale);
                    // Header, days, total, average; shrink rows so the chart keeps at least MIN_CHART_HEIGHT.
                    float tableRoom = y - footer - (chartPng == null ? 0 : MIN_CHART_HEIGHT) - TEXT_SIZE * 2f;
                    float rowHeight = Math.min(MAX_ROW_HEIGHT, tableRoom / rows.size());
                    float size = Math.min(TEXT_SIZE, rowHeight * 0.72f);
                    y = table(out, rows, y, rowHeight, size, regular, bold, width);
                    int met = (int) sorted.stream().filter(DaySummary::metTarget).count();
                    y -= TEXT_SIZE * 1.2f;
                    out.text(regular, TEXT_SIZE, MARGIN, y, texts.get("report.pdf.target_met",
                            Map.of("met", met, "days", sorted.size())));
                    y -= TEXT_SIZE;
                }
                if (chartPng != null && chartPng.length > 0) {
                    PDImageXObject image = PDImageXObject.createFromByteArray(document, chartPng, "chart");
                    float roomHeight = y - footer - 6f;
                    float scale = Math.min(width / image.getWidth(), roomHeight / image.getHeight());
                    if (scale > 0) {
                        float w = image.getWidth() * scale;
                        float h = image.getHeight() * scale;
                        content.drawImage(image, MARGIN + (width - w) / 2, y - 6f - h, w, h);
                    }
                }
                out.text(regular, NOTE_SIZE, MARGIN, MARGIN, texts.get("report.pdf.self_reported"), width);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(List<DaySummary> days, Texts texts, Locale locale) {
        DateTimeFormatter date = date(texts, locale);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{texts.get("report.pdf.col_date"), texts.get("report.pdf.col_sessions"),
                texts.get("report.pdf.col_minutes"), texts.get("report.pdf.col_expressed"),
                texts.get("report.pdf.col_supplement"), texts.get("report.pdf.col_nappies")});
        long sessions = 0, target = 0, minutes = 0, ml = 0, supplement = 0, wet = 0, dirty = 0;
        for (DaySummary day : days) {
            rows.add(new String[]{date.format(day.day()), day.sessions() + " / " + day.target(),
                    String.valueOf(day.minutes()), String.valueOf(day.mlExpressed()),
                    String.valueOf(day.supplementMl()), day.wet() + " / " + day.dirty()});
            sessions += day.sessions();
            target += day.target();
            minutes += day.minutes();
            ml += day.mlExpressed();
            supplement += day.supplementMl();
            wet += day.wet();
            dirty += day.dirty();
        }
        rows.add(new String[]{texts.get("report.pdf.total"), sessions + " / " + target, String.valueOf(minutes),
                String.valueOf(ml), String.valueOf(supplement), wet + " / " + dirty});
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMaximumFractionDigits(1);
        one.setMinimumFractionDigits(0);
        double n = days.size();
        rows.add(new String[]{texts.get("report.pdf.average"),
                one.format(sessions / n) + " / " + one.format(target / n), one.format(minutes / n),
                one.format(ml / n), one.format(supplement / n), one.format(wet / n) + " / " + one.format(dirty / n)});
        return rows;
    }

    /** Draws the rows; the first is the header and the last two (total, average) are bold. Returns the new y. */
    private static float table(Page out, List<String[]> rows, float top, float rowHeight, float size, PDFont regular,
                               PDFont bold, float width) throws IOException {
        float y = top;
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r == 0;
            boolean summary = r >= rows.size() - 2;
            if (header || r == rows.size() - 2) {
                out.content.setStrokingColor(Color.GRAY);
                out.content.setLineWidth(0.6f);
                float lineY = header ? y - rowHeight * 0.35f : y + rowHeight * 0.72f;
                out.content.moveTo(MARGIN, lineY);
                out.content.lineTo(MARGIN + width, lineY);
                out.content.stroke();
            }
            if (!header && !summary && r % 2 == 0) {
                out.content.setNonStrokingColor(new Color(0xF2, 0xF2, 0xF2));
                out.content.addRect(MARGIN, y - rowHeight * 0.3f, width, rowHeight);
                out.content.fill();
            }
            float x = MARGIN;
            for (int c = 0; c < COLUMNS.length; c++) {
                PDFont font = header || summary ? bold : regular;
                String cell = rows.get(r)[c];
                float cellSize = size;
                if (header) {
                    // Long translated headers shrink to fit their column rather than overlap the next one.
                    float w = out.width(font, size, cell);
                    if (w > COLUMNS[c] - 4) {
                        cellSize = size * (COLUMNS[c] - 4) / w;
                    }
                }
                if (c == 0) {
                    out.text(font, cellSize, x + 2, y, cell);
                } else {
                    out.text(font, cellSize, x + COLUMNS[c] - 4 - out.width(font, cellSize, cell), y, cell);
                }
                x += COLUMNS[c];
            }
            y -= rowHeight;
            if (header) {
                // leave the header line clear of the first row
                y -= rowHeight * 0.15f;
            }
        }
        return y;
    }

    private static DateTimeFormatter date(Texts texts, Locale locale) {
        return DateTimeFormatter.ofPattern(texts.get("report.pdf.date_pattern"), locale);
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    /**
     * Keeps only what {@code font} can encode: Helvetica (WinAnsi) shows Spanish accents, ¿ ¡ and the en dash,
     * but not emoji; line breaks and tabs become spaces. Never throws.
     */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                // not in the font's encoding: leave it out
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** A content stream with text helpers that never let an unencodable character escape as an exception. */
    private record Page(PDPageContentStream content) {

        void text(PDFont font, float size, float x, float y, String text) throws IOException {
            content.setNonStrokingColor(Color.BLACK);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(font, text));
            content.endText();
        }

        /** Writes text wrapped to {@code width}, upwards from y so the last line sits on y. */
        void text(PDFont font, float size, float x, float y, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : printable(font, text).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(font, size, candidate) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            float lineY = y + (lines.size() - 1) * size * 1.25f;
            for (String l : lines) {
                text(font, size, x, lineY, l);
                lineY -= size * 1.25f;
            }
        }

        float width(PDFont font, float size, String text) throws IOException {
            return font.getStringWidth(printable(font, text)) / 1000f * size;
        }
    }
}
