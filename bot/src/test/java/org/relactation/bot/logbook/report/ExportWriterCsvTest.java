package org.relactation.bot.logbook.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.logbook.Side;
import org.relactation.bot.logbook.Supplement;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportWriterCsvTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final long USER = 987654321L;
    private static final String NOTE = "tired, but \"better\" today\nsecond line – ñ 💪";

    // 2025-10-26: Madrid leaves summer time at 03:00 CEST (01:00 UTC).
    private static final Instant BEFORE_DST_END = Instant.parse("2025-10-26T00:30:00Z");
    private static final Instant AFTER_DST_END = Instant.parse("2025-10-26T09:15:30.789Z");

    private static Entry entry(EntryKind kind, Method method, Side side, Integer minutes, Integer ml, Instant at,
                               Supplement supplement, Integer wet, Integer dirty, String note) {
        return new Entry(new ObjectId(), USER, "u:4242", kind, method, side, minutes, ml, at, supplement, wet, dirty,
                note, at);
    }

    private static final Texts EN = ContentCatalog.load().texts("en");
    private static final Texts ES = ContentCatalog.load().texts("es");

    private static List<CSVRecord> parse(byte[] csv, Texts texts) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF"); // so that Excel reads the accents as UTF-8
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ExportWriter.csvHeader(texts));
            return parser.getRecords();
        }
    }

    @Test
    void roundTripsEveryColumnAcrossTheDaylightSavingChange() throws IOException {
        List<Entry> entries = List.of(
                entry(EntryKind.NAPPIES, null, null, null, null, AFTER_DST_END, null, 3, 1, null),
                entry(EntryKind.SESSION, Method.DOUBLE_PUMP, Side.BOTH, 15, 20, BEFORE_DST_END, null, null, null,
                        NOTE),
                entry(EntryKind.SUPPLEMENT, null, null, null, 60, AFTER_DST_END.plusSeconds(60), Supplement.DONOR,
                        null, null, null));

        List<CSVRecord> rows = parse(ExportWriter.csv(entries, MADRID, EN), EN);

        assertThat(rows).hasSize(3);
        CSVRecord session = rows.get(0); // sorted oldest first
        assertThat(session.get("Date")).isEqualTo("Oct 26, 2025");
        assertThat(session.get("Time")).isEqualTo("02:30");
        assertThat(session.get("Local time (ISO)")).isEqualTo("2025-10-26T02:30:00+02:00");
        assertThat(session.get("UTC time (ISO)")).isEqualTo("2025-10-26T00:30:00Z");
        assertThat(session.get("Entry")).isEqualTo("Session");
        assertThat(session.get("Method")).isEqualTo("Double pump");
        assertThat(session.get("Side")).isEqualTo("Both");
        assertThat(session.get("Minutes")).isEqualTo("15");
        assertThat(session.get("ml")).isEqualTo("20");
        assertThat(session.get("Supplement")).isEmpty();
        assertThat(session.get("Wet nappies")).isEmpty();
        assertThat(session.get("Note")).isEqualTo(NOTE);

        CSVRecord nappies = rows.get(1);
        assertThat(nappies.get("Local time (ISO)")).isEqualTo("2025-10-26T10:15:30+01:00");
        assertThat(nappies.get("UTC time (ISO)")).isEqualTo("2025-10-26T09:15:30Z");
        assertThat(nappies.get("Entry")).isEqualTo("Nappies");
        assertThat(nappies.get("Method")).isEmpty();
        assertThat(nappies.get("Wet nappies")).isEqualTo("3");
        assertThat(nappies.get("Dirty nappies")).isEqualTo("1");
        assertThat(nappies.get("Note")).isEmpty();

        CSVRecord supplement = rows.get(2);
        assertThat(supplement.get("Entry")).isEqualTo("Supplement");
        assertThat(supplement.get("Supplement")).isEqualTo("Donor milk");
        assertThat(supplement.get("ml")).isEqualTo("60");

        // Local times parse back to the same instants as the UTC column.
        for (CSVRecord row : rows) {
            assertThat(OffsetDateTime.parse(row.get("Local time (ISO)")).toInstant())
                    .isEqualTo(Instant.parse(row.get("UTC time (ISO)")));
        }
    }

    @Test
    void spanishHeadersAndValuesAndDates() throws IOException {
        List<Entry> entries = List.of(
                entry(EntryKind.SESSION, Method.PUMP, Side.LEFT, 15, 30, BEFORE_DST_END, null, null, null, null),
                entry(EntryKind.SUPPLEMENT, null, null, null, 60, AFTER_DST_END, Supplement.FORMULA, null, null,
                        null));

        List<CSVRecord> rows = parse(ExportWriter.csv(entries, MADRID, ES), ES);

        assertThat(ExportWriter.csvHeader(ES)).startsWith("Fecha", "Hora", "Hora local (ISO)", "Hora UTC (ISO)",
                "Anotación", "Método", "Lado");
        assertThat(rows.get(0).get("Fecha")).isEqualTo("26 oct 2025");
        assertThat(rows.get(0).get("Anotación")).isEqualTo("Sesión");
        assertThat(rows.get(0).get("Método")).isEqualTo("Sacaleches");
        assertThat(rows.get(0).get("Lado")).isEqualTo("Izquierdo");
        assertThat(rows.get(1).get("Suplemento")).isEqualTo("Fórmula");
        String csv = new String(ExportWriter.csv(entries, MADRID, ES), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("pump", "formula", "session", "left");
    }

    @Test
    void aLondonTimeInWinterHasItsOffsetNotAZ() throws IOException {
        Instant december = Instant.parse("2026-12-05T09:30:00Z");
        List<Entry> entries = List.of(entry(EntryKind.SESSION, Method.PUMP, null, 15, null, december, null, null,
                null, null));

        CSVRecord row = parse(ExportWriter.csv(entries, ZoneId.of("Europe/London"), EN), EN).getFirst();

        assertThat(row.get("Local time (ISO)")).isEqualTo("2026-12-05T09:30:00+00:00");
        assertThat(row.get("UTC time (ISO)")).isEqualTo("2026-12-05T09:30:00Z");
        assertThat(row.get("Date")).isEqualTo("Dec 5, 2026");
    }

    @Test
    void leavesOutIdsUserAndSource() {
        Entry entry = entry(EntryKind.SESSION, Method.PUMP, Side.LEFT, 10, null, BEFORE_DST_END, null, null, null,
                null);

        String csv = new String(ExportWriter.csv(List.of(entry), MADRID, EN), StandardCharsets.UTF_8);

        assertThat(csv).doesNotContain(String.valueOf(USER)).doesNotContain("u:4242")
                .doesNotContain(entry.id().toHexString());
        assertThat(csv.lines().findFirst()).contains("\uFEFF" + String.join(",", ExportWriter.csvHeader(EN)));
    }

    @Test
    void writesOnlyTheHeaderForNoEntries() throws IOException {
        assertThat(parse(ExportWriter.csv(List.of(), MADRID, EN), EN)).isEmpty();
    }
}
