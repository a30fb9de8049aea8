package org.relactation.bot.content;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** One formatter for the chat, the chart, the PDF and the CSV: dates and decimals as each language writes them. */
class LocalFormatTest {
    private static final LocalDate DEC_5 = LocalDate.of(2026, 12, 5);

    @Test
    void englishWritesDecFiveAndAPoint() {
        LocalFormat en = LocalFormat.of(ContentCatalog.load().texts("en"));

        assertThat(en.date(DEC_5)).isEqualTo("Dec 5, 2026");
        assertThat(en.dayMonth(DEC_5)).isEqualTo("Dec 5");
        assertThat(en.weekday(DEC_5)).isEqualTo("Sat, Dec 5");
        assertThat(en.decimal(1.66)).isEqualTo("1.7");
        assertThat(en.decimal(2)).isEqualTo("2");
        assertThat(en.number(1250)).isEqualTo("1,250");
        assertThat(en.dateTime(DEC_5, LocalTime.of(9, 5))).isEqualTo("Dec 5, 2026 09:05");
    }

    @Test
    void spanishWritesFiveDicAndAComma() {
        LocalFormat es = LocalFormat.of(ContentCatalog.load().texts("es"));

        assertThat(es.date(DEC_5)).isEqualTo("5 dic 2026");
        assertThat(es.dayMonth(DEC_5)).isEqualTo("5 dic");
        assertThat(es.weekday(DEC_5)).isEqualTo("sáb, 5 dic");
        assertThat(es.decimal(1.66)).isEqualTo("1,7");
        assertThat(es.time(LocalTime.of(21, 40))).isEqualTo("21:40");
    }
}
