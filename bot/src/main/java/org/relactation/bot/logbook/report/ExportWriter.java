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
import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.DaySummary;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.EntryText;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.logbook.Supplement;
import org.relactation.bot.logbook.Trend;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Writes a parent's log for sharing, in her language: the raw entries as CSV, and a one-page A4 PDF summary for a
 * lactation consultant or doctor. Dates and numbers go through {@link LocalFormat}, like everything the parent
 * reads. Pure: no database, no Telegram.
 */
public final class ExportWriter {
    /**
     * The CSV columns, in order: each one's header is report.csv.columns.&lt;column&gt; in the parent's language.
     * "local_time" is ISO-8601 with the offset of the parent's zone, "utc_time" ISO-8601 UTC. The left and right
     * columns hold what each breast gave when the parent said it side by side; they add up to "minutes" and "ml".
     * "weight_g" is the baby's weight in grams, whatever unit it was given in.
     */
    public static final List<String> CSV_COLUMNS = List.of("date", "time", "local_time", "utc_time", "kind",
            "method", "side", "minutes", "left_minutes", "right_minutes", "ml", "left_ml", "right_ml", "supplement",
            "wet", "dirty", "weight_g", "note");

    /** Excel reads a UTF-8 file as its own code page without it, and Spanish accents come out broken. */
    private static final String BOM = "\uFEFF";
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final float MARGIN = 40f;
    private static final float TITLE_SIZE = 18f;
    private static final float HEADING_SIZE = 12f;
    private static final float TEXT_SIZE = 10f;
    private static final float NOTE_SIZE = 8f;
    private static final float LINE = TEXT_SIZE * 1.3f;
    /** The chart is printed at least this high (points), over the whole text width: readable on paper. */
    static final float MIN_CHART_HEIGHT = 270f;
    private static final float MAX_CHART_HEIGHT = 400f;
    /** The chart's pixels per printed point: sharp on paper. */
    private static final float CHART_PIXELS_PER_POINT = 2f;
    /** Trends in the PDF compare up to the last 7 finished days with the 7 before them. */
    static final int TREND_DAYS = 7;
    /** Column widths of the totals table, in points; they add up to the A4 width inside the margins. */
    private static final float[] TOTAL_COLUMNS = {215f, 100f, 100f, 100f};

    private ExportWriter() {
    }

    /**
     * What the PDF says about the parent: her onboarding answers (choice codes, null when skipped), her daily
     * target and the day her plan started (or null).
     */
    public record Profile(String situation, String babyAge, String goal, int sessionsTarget, LocalDate planStarted) {
    }

    /** The CSV header row in the parent's language. */
    public static List<String> csvHeader(Texts texts) {
        return CSV_COLUMNS.stream().map(column -> texts.get("report.csv.columns." + column)).toList();
    }

    /**
     * One row per entry, oldest first, UTF-8 with a byte order mark, RFC 4180 (CRLF, quotes where needed), with a
     * header row of {@link #csvHeader}. The date and time are written as the parent's language writes them; the
     * local time is also ISO-8601 with the offset of {@code zone} (2026-12-05T09:30:00+00:00 in London in winter),
     * and the UTC time ISO-8601 with its Z. What an entry is (session, method, side, supplement) is a word of the
     * parent's language; numbers are plain digits, so a spreadsheet sums them; missing values are empty. Ids, the
     * user id and the source are left out on purpose: the file may be shared with a clinician.
     */
    public static byte[] csv(List<Entry> entries, ZoneId zone, Texts texts) {
        LocalFormat format = LocalFormat.of(texts);
        CSVFormat csv = CSVFormat.RFC4180.builder().setHeader(csvHeader(texts).toArray(String[]::new)).get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, csv);
            List<Entry> sorted = entries.stream()
                    .sorted(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            for (Entry entry : sorted) {
                Instant at = entry.at() == null ? null : entry.at().truncatedTo(ChronoUnit.SECONDS);
                ZonedDateTime local = at == null ? null : at.atZone(zone);
                printer.printRecord(
                        local == null ? "" : format.date(local.toLocalDate()),
                        local == null ? "" : format.time(local),
                        local == null ? "" : ISO_LOCAL.format(local),
                        at == null ? "" : ISO_UTC.format(at),
                        word(texts, "kind", entry.kind()), word(texts, "method", entry.method()),
                        word(texts, "side", entry.side()), number(entry.minutes()), number(entry.leftMinutes()),
                        number(entry.rightMinutes()), number(entry.ml()), number(entry.leftMl()),
                        number(entry.rightMl()), word(texts, "supplement", entry.supplement()),
                        number(entry.wet()), number(entry.dirty()), number(entry.grams()),
                        entry.note() == null ? "" : entry.note());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A one-page A4 summary for a clinician: the period it covers and the time zone; the parent's profile
     * (situation, baby's age, goal, daily target, when the plan started); totals by method, supplement and
     * nappies; the days the target was met and the daily averages; the baby's weights; the trends of supplement and
     * expressed milk, each saying which days it compares; the chart of every day across the text width, large
     * enough to read on paper; the parent's own notes (the latest that fit, with how many more the CSV holds); and a
     * line saying the data is self-reported. Characters the PDF's standard font cannot show (emoji) are left out.
     *
     * @param days    the days of the period, from the parent's first day at the earliest, today last
     * @param entries the entries of those days
     * @param zone    the parent's zone: the days and the notes' times are hers
     */
    public static byte[] pdf(List<DaySummary> days, List<Entry> entries, Profile profile, Texts texts, ZoneId zone) {
        List<DaySummary> sorted = days.stream().sorted(Comparator.comparing(DaySummary::day)).toList();
        LocalFormat format = LocalFormat.of(texts);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDRectangle box = page.getMediaBox();
            float width = box.getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Page out = new Page(content, regular, bold);
                float y = box.getHeight() - MARGIN - TITLE_SIZE;
                out.text(bold, TITLE_SIZE, MARGIN, y, texts.get("report.pdf.title"));
                y -= TEXT_SIZE * 2.2f;
                if (!sorted.isEmpty()) {
                    out.text(regular, TEXT_SIZE, MARGIN, y, period(sorted, texts, format));
                    y -= LINE;
                }
                out.text(regular, TEXT_SIZE, MARGIN, y, texts.get("report.pdf.timezone",
                        Map.of("zone", zone.getId())));
                y -= LINE;

                y = heading(out, y, texts.get("report.pdf.profile"));
                y = profile(out, y, profile, texts, format, width);

                y = heading(out, y, texts.get("report.pdf.totals"));
                List<Entry> logged = entries.stream().filter(Objects::nonNull).toList();
                if (logged.isEmpty()) {
                    out.text(regular, TEXT_SIZE, MARGIN, y, texts.get("report.pdf.no_data"));
                    y -= LINE;
                } else {
                    y = out.table(totals(logged, texts, format), TOTAL_COLUMNS, y, width);
                }
                if (!sorted.isEmpty()) {
                    y -= TEXT_SIZE * 0.4f;
                    int met = (int) sorted.stream().filter(DaySummary::metTarget).count();
                    out.text(regular, TEXT_SIZE, MARGIN, y, texts.get("report.pdf.target_met",
                            Map.of("met", met, "days", sorted.size())));
                    y -= LINE;
                    out.text(regular, TEXT_SIZE, MARGIN, y, averages(sorted, texts, format));
                    y -= LINE;
                }
                String weights = weights(logged, texts, format, zone);
                if (weights != null) {
                    List<String> lines = out.lines(regular, TEXT_SIZE, weights, width);
                    for (String line : lines.subList(0, Math.min(lines.size(), MAX_WEIGHT_LINES))) {
                        out.text(regular, TEXT_SIZE, MARGIN, y, line);
                        y -= LINE;
                    }
                }
                if (!sorted.isEmpty()) {

                    y = heading(out, y, texts.get("report.pdf.trends"));
                    for (String line : trends(sorted, texts, format)) {
                        out.text(regular, TEXT_SIZE, MARGIN, y, line);
                        y -= LINE;
                    }
                }

                float footer = MARGIN + NOTE_SIZE * 3.5f;
                List<String> notes = notes(logged, texts, format, zone);
                // The chart takes what the notes leave, within its bounds; the notes then take what is left.
                float room = y - footer - TEXT_SIZE;
                float chartHeight = Math.min(room, Math.min(MAX_CHART_HEIGHT,
                        Math.max(MIN_CHART_HEIGHT, room - noteHeight(out, notes, width))));
                if (!sorted.isEmpty() && chartHeight > 0) {
                    y -= TEXT_SIZE * 0.5f;
                    byte[] png = ProgressChart.paper(sorted, texts, Math.round(width * CHART_PIXELS_PER_POINT),
                            Math.round(chartHeight * CHART_PIXELS_PER_POINT), CHART_PIXELS_PER_POINT);
                    PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "chart");
                    content.drawImage(image, MARGIN, y - chartHeight, width, chartHeight);
                    y -= chartHeight + TEXT_SIZE * 0.5f;
                }
                notes(out, y, footer, notes, texts, width);
                out.text(regular, NOTE_SIZE, MARGIN, MARGIN, texts.get("report.pdf.self_reported"), width);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Period: Nov 17, 2025 – Nov 30, 2025 (14 days)". */
    private static String period(List<DaySummary> sorted, Texts texts, LocalFormat format) {
        LocalDate from = sorted.getFirst().day();
        LocalDate to = sorted.getLast().day();
        return sorted.size() == 1 ? texts.get("report.pdf.period_one", Map.of("date", format.date(from)))
                : texts.get("report.pdf.period", Map.of("from", format.date(from), "to", format.date(to),
                "days", sorted.size()));
    }

    private static float heading(Page out, float y, String text) throws IOException {
        float top = y - HEADING_SIZE * 0.6f;
        out.text(out.bold, HEADING_SIZE, MARGIN, top, text);
        return top - LINE;
    }

    /** Situation, baby's age, goal, daily target and start of the plan, in two columns. */
    private static float profile(Page out, float y, Profile profile, Texts texts, LocalFormat format, float width)
            throws IOException {
        List<String> items = new ArrayList<>();
        items.add(texts.get("report.pdf.situation", Map.of("value",
                answer(texts, "onboarding.situation.choices.", profile.situation()))));
        items.add(texts.get("report.pdf.goal", Map.of("value",
                answer(texts, "onboarding.goal.choices.", profile.goal()))));
        items.add(texts.get("report.pdf.baby_age", Map.of("value",
                answer(texts, "onboarding.baby_age.choices.", profile.babyAge()))));
        items.add(texts.get("report.pdf.target", Map.of("count", profile.sessionsTarget())));
        if (profile.planStarted() != null) {
            items.add(texts.get("report.pdf.plan_started", Map.of("date", format.date(profile.planStarted()))));
        }
        float column = width / 2;
        for (int i = 0; i < items.size(); i += 2) {
            out.text(out.regular, TEXT_SIZE, MARGIN, y, out.fit(out.regular, TEXT_SIZE, items.get(i), column - 8));
            if (i + 1 < items.size()) {
                out.text(out.regular, TEXT_SIZE, MARGIN + column, y,
                        out.fit(out.regular, TEXT_SIZE, items.get(i + 1), column - 8));
            }
            y -= LINE;
        }
        return y;
    }

    /** The words of an onboarding answer, "not given" for a skipped one, the code itself for an unknown one. */
    private static String answer(Texts texts, String prefix, String code) {
        if (code == null) {
            return texts.get("report.pdf.not_given");
        }
        return texts.has(prefix + code) ? texts.get(prefix + code) : code;
    }

    /**
     * The totals table: a row per session method, per kind of supplement, and for wet and dirty nappies, with how
     * many times, minutes and ml; only what was logged.
     */
    private static List<String[]> totals(List<Entry> entries, Texts texts, LocalFormat format) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{texts.get("report.pdf.col_what"), texts.get("report.pdf.col_times"),
                texts.get("report.pdf.col_minutes"), texts.get("report.pdf.col_ml")});
        for (Method method : Method.values()) {
            List<Entry> sessions = entries.stream()
                    .filter(entry -> entry.kind() == EntryKind.SESSION && entry.method() == method).toList();
            if (!sessions.isEmpty()) {
                rows.add(new String[]{word(texts, "method", method), format.number(sessions.size()),
                        format.number(sum(sessions, Entry::minutes)), format.number(sum(sessions, Entry::ml))});
            }
        }
        for (Supplement supplement : Supplement.values()) {
            List<Entry> given = entries.stream().filter(entry -> entry.kind() == EntryKind.SUPPLEMENT
                    && (entry.supplement() == null ? Supplement.OTHER : entry.supplement()) == supplement).toList();
            if (!given.isEmpty()) {
                rows.add(new String[]{texts.get("report.pdf.supplement_row",
                        Map.of("what", word(texts, "supplement", supplement))), format.number(given.size()), "",
                        format.number(sum(given, Entry::ml))});
            }
        }
        List<Entry> nappies = entries.stream().filter(entry -> entry.kind() == EntryKind.NAPPIES).toList();
        if (!nappies.isEmpty()) {
            rows.add(new String[]{texts.get("report.csv.columns.wet"), format.number(sum(nappies, Entry::wet)), "",
                    ""});
            rows.add(new String[]{texts.get("report.csv.columns.dirty"), format.number(sum(nappies, Entry::dirty)),
                    "", ""});
        }
        return rows;
    }

    private static long sum(List<Entry> entries, Function<Entry, Integer> value) {
        return entries.stream().map(value).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
    }

    /** "A day on average: 5.5 sessions, 120 ml expressed, 300 ml of supplement, 6 wet and 1.5 dirty nappies." */
    private static String averages(List<DaySummary> days, Texts texts, LocalFormat format) {
        return texts.get("report.pdf.averages", Map.of(
                "sessions", format.decimal(average(days, DaySummary::sessions)),
                "ml", format.decimal(average(days, DaySummary::mlExpressed)),
                "supplement", format.decimal(average(days, DaySummary::supplementMl)),
                "wet", format.decimal(average(days, DaySummary::wet)),
                "dirty", format.decimal(average(days, DaySummary::dirty))));
    }

    private static double average(List<DaySummary> days, ToIntFunction<DaySummary> value) {
        return days.stream().mapToInt(value).average().orElse(0);
    }

    /** The weights line wraps to at most this many lines; the CSV has them all. */
    private static final int MAX_WEIGHT_LINES = 2;
    /** The weights listed at most, the latest: a period of weekly weigh-ins fits. */
    static final int MAX_WEIGHTS = 8;

    /**
     * "Baby's weight: Nov 20 4.02 kg, Nov 27 4.2 kg": the baby's weights of the period, the latest
     * {@value #MAX_WEIGHTS} oldest first, each in the unit it was given in; null when none was logged.
     */
    private static String weights(List<Entry> entries, Texts texts, LocalFormat format, ZoneId zone) {
        List<Entry> weights = entries.stream().filter(entry -> entry.kind() == EntryKind.WEIGHT
                && entry.grams() != null && entry.at() != null).sorted(Comparator.comparing(Entry::at)).toList();
        if (weights.isEmpty()) {
            return null;
        }
        List<String> items = weights.subList(Math.max(0, weights.size() - MAX_WEIGHTS), weights.size()).stream()
                .map(entry -> texts.get("report.pdf.weight", Map.of("date",
                        format.dayMonth(entry.at().atZone(zone).toLocalDate()),
                        "weight", EntryText.weight(entry.grams(), entry.weightUnit(), texts))))
                .toList();
        return texts.get("report.pdf.weights", Map.of("weights", String.join(", ", items)));
    }

    /** Supplement first (the clearest sign of more milk), then expressed milk; each says which days it compares. */
    private static List<String> trends(List<DaySummary> days, Texts texts, LocalFormat format) {
        Optional<Trend.Change> supplement = Trend.of(days, DaySummary::supplementMl, TREND_DAYS);
        Optional<Trend.Change> expressed = Trend.of(days, DaySummary::mlExpressed, TREND_DAYS);
        if (supplement.isEmpty() || expressed.isEmpty()) {
            return List.of(texts.get("report.pdf.trend_wait"));
        }
        return List.of(trend(texts, format, "report.pdf.trend_supplement", supplement.get()),
                trend(texts, format, "report.pdf.trend_expressed", expressed.get()));
    }

    private static String trend(Texts texts, LocalFormat format, String key, Trend.Change change) {
        return texts.get(key, Map.of("before", format.number(change.before()), "after",
                format.number(change.after()), "span", change.span(texts)));
    }

    /** "Nov 29, 2025 21:40: tired but hopeful", oldest first. */
    private static List<String> notes(List<Entry> entries, Texts texts, LocalFormat format, ZoneId zone) {
        return entries.stream().filter(entry -> entry.note() != null && !entry.note().isBlank() && entry.at() != null)
                .sorted(Comparator.comparing(Entry::at))
                .map(entry -> {
                    ZonedDateTime local = entry.at().atZone(zone);
                    return texts.get("report.pdf.note", Map.of("when", format.dateTime(local.toLocalDate(), local),
                            "note", entry.note().strip()));
                }).toList();
    }

    /** The height the whole notes section would take. */
    private static float noteHeight(Page out, List<String> notes, float width) throws IOException {
        if (notes.isEmpty()) {
            return 0;
        }
        int lines = 0;
        for (String note : notes) {
            lines += out.lines(out.regular, TEXT_SIZE, note, width).size();
        }
        return HEADING_SIZE * 0.6f + LINE + lines * LINE;
    }

    /** The notes section down to {@code bottom}: the latest notes that fit, oldest first, and how many more. */
    private static void notes(Page out, float y, float bottom, List<String> notes, Texts texts, float width)
            throws IOException {
        int room = (int) Math.floor((y - HEADING_SIZE * 0.6f - LINE - bottom) / LINE);
        if (notes.isEmpty() || room < 1) {
            return;
        }
        List<List<String>> shown = new ArrayList<>();
        int used = 0;
        for (int i = notes.size() - 1; i >= 0; i--) {
            List<String> lines = out.lines(out.regular, TEXT_SIZE, notes.get(i), width);
            int more = i > 0 ? 1 : 0; // a line for "N more notes" unless this is the oldest
            if (used + lines.size() + more > room) {
                break;
            }
            shown.addFirst(lines);
            used += lines.size();
        }
        y = heading(out, y, texts.get("report.pdf.notes"));
        int more = notes.size() - shown.size();
        if (more > 0) {
            out.text(out.regular, TEXT_SIZE, MARGIN, y, texts.get("report.pdf.more_notes", Map.of("count", more)));
            y -= LINE;
        }
        for (List<String> lines : shown) {
            for (String line : lines) {
                out.text(out.regular, TEXT_SIZE, MARGIN, y, line);
                y -= LINE;
            }
        }
    }

    /** The word of a code in the parent's language (report.csv.&lt;what&gt;.&lt;code&gt;); empty for none. */
    private static String word(Texts texts, String what, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "report.csv." + what + "." + value.name().toLowerCase(Locale.ROOT);
        return texts.has(key) ? texts.get(key) : value.name().toLowerCase(Locale.ROOT);
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
    private record Page(PDPageContentStream content, PDFont regular, PDFont bold) {

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
            List<String> lines = lines(font, size, text, width);
            float lineY = y + (lines.size() - 1) * size * 1.25f;
            for (String l : lines) {
                text(font, size, x, lineY, l);
                lineY -= size * 1.25f;
            }
        }

        /** The text cut into lines no wider than {@code width}. */
        List<String> lines(PDFont font, float size, String text, float width) throws IOException {
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
            return lines;
        }

        /** The text, shortened with "…" if it is wider than {@code width}. */
        String fit(PDFont font, float size, String text, float width) throws IOException {
            String shown = printable(font, text);
            if (width(font, size, shown) <= width) {
                return shown;
            }
            while (!shown.isEmpty() && width(font, size, shown + "…") > width) {
                shown = shown.substring(0, shown.length() - 1);
            }
            return shown.strip() + "…";
        }

        float width(PDFont font, float size, String text) throws IOException {
            return font.getStringWidth(printable(font, text)) / 1000f * size;
        }

        /** Draws the rows (the first a bold header over a line), numbers right-aligned. Returns the new y. */
        float table(List<String[]> rows, float[] columns, float top, float width) throws IOException {
            float y = top;
            for (int r = 0; r < rows.size(); r++) {
                boolean header = r == 0;
                if (header) {
                    content.setStrokingColor(Color.GRAY);
                    content.setLineWidth(0.6f);
                    content.moveTo(MARGIN, y - LINE * 0.3f);
                    content.lineTo(MARGIN + width, y - LINE * 0.3f);
                    content.stroke();
                } else if (r % 2 == 0) {
                    content.setNonStrokingColor(new Color(0xF2, 0xF2, 0xF2));
                    content.addRect(MARGIN, y - LINE * 0.3f, width, LINE);
                    content.fill();
                }
                PDFont font = header ? bold : regular;
                float x = MARGIN;
                for (int c = 0; c < columns.length; c++) {
                    String cell = fit(font, TEXT_SIZE, rows.get(r)[c], columns[c] - 6);
                    if (c == 0) {
                        text(font, TEXT_SIZE, x + 2, y, cell);
                    } else {
                        text(font, TEXT_SIZE, x + columns[c] - 4 - width(font, TEXT_SIZE, cell), y, cell);
                    }
                    x += columns[c];
                }
                y -= header ? LINE * 1.15f : LINE;
            }
            return y;
        }
    }
}
