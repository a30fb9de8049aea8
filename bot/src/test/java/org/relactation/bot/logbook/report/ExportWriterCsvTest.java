package org.relactation.bot.logbook.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.logbook.Side;
import org.relactation.bot.logbook.Supplement;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), format)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ExportWriter.CSV_HEADER);
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

        List<CSVRecord> rows = parse(ExportWriter.csv(entries, MADRID));

        assertThat(rows).hasSize(3);
        CSVRecord session = rows.get(0); // sorted oldest first
        assertThat(session.get("local_time")).isEqualTo("2025-10-26T02:30:00+02:00");
        assertThat(session.get("utc_time")).isEqualTo("2025-10-26T00:30:00Z");
        assertThat(session.get("kind")).isEqualTo("session");
        assertThat(session.get("method")).isEqualTo("double_pump");
        assertThat(session.get("side")).isEqualTo("both");
        assertThat(session.get("minutes")).isEqualTo("15");
        assertThat(session.get("ml")).isEqualTo("20");
        assertThat(session.get("supplement")).isEmpty();
        assertThat(session.get("wet")).isEmpty();
        assertThat(session.get("note")).isEqualTo(NOTE);

        CSVRecord nappies = rows.get(1);
        assertThat(nappies.get("local_time")).isEqualTo("2025-10-26T10:15:30+01:00");
        assertThat(nappies.get("utc_time")).isEqualTo("2025-10-26T09:15:30Z");
        assertThat(nappies.get("kind")).isEqualTo("nappies");
        assertThat(nappies.get("method")).isEmpty();
        assertThat(nappies.get("wet")).isEqualTo("3");
        assertThat(nappies.get("dirty")).isEqualTo("1");
        assertThat(nappies.get("note")).isEmpty();

        CSVRecord supplement = rows.get(2);
        assertThat(supplement.get("kind")).isEqualTo("supplement");
        assertThat(supplement.get("supplement")).isEqualTo("donor");
        assertThat(supplement.get("ml")).isEqualTo("60");

        // Local times parse back to the same instants as the UTC column.
        for (CSVRecord row : rows) {
            assertThat(java.time.OffsetDateTime.parse(row.get("local_time")).toInstant())
                    .isEqualTo(Instant.parse(row.get("utc_time")));
        }
    }

    @Test
    void leavesOutIdsUserAndSource() {
        Entry entry = entry(EntryKind.SESSION, Method.PUMP, Side.LEFT, 10, null, BEFORE_DST_END, null, null, null,
                null);

        String csv = new String(ExportWriter.csv(List.of(entry), MADRID), StandardCharsets.UTF_8);

        assertThat(csv).doesNotContain(String.valueOf(USER)).doesNotContain("u:4242")
                .doesNotContain(entry.id().toHexString());
        assertThat(csv.lines().findFirst()).contains(String.join(",", ExportWriter.CSV_HEADER));
    }

    @Test
    void writesOnlyTheHeaderForNoEntries() throws IOException {
        assertThat(parse(ExportWriter.csv(List.of(), MADRID))).isEmpty();
    }
}
