package org.relactation.bot.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed times and ranges, for reminder times, quiet hours and waking hours: how parents write them, and what is not. */
class TimeReaderTest {

    private static List<LocalTime> times(String... texts) {
        return Arrays.stream(texts).map(LocalTime::parse).toList();
    }

    @Test
    void readsTheUsualWaysOfWritingTimes() {
        assertThat(TimeReader.times("07:00, 10:00, 13:00")).contains(times("07:00", "10:00", "13:00"));
        assertThat(TimeReader.times("7, 10, 13")).contains(times("07:00", "10:00", "13:00"));
        assertThat(TimeReader.times("7am 1pm 6.30pm")).contains(times("07:00", "13:00", "18:30"));
        assertThat(TimeReader.times("13h - 15h")).contains(times("13:00", "15:00"));
        assertThat(TimeReader.times("de 13 a 15")).contains(times("13:00", "15:00"));
        assertThat(TimeReader.times("22:00 to 24:00")).contains(times("22:00", "00:00"));
        assertThat(TimeReader.times("8; 11 and 14")).contains(times("08:00", "11:00", "14:00"));
        assertThat(TimeReader.times("7, 10, 1pm, 4pm")).contains(times("07:00", "10:00", "13:00", "16:00"));
        assertThat(TimeReader.times("9, 12, 3, 6pm")).contains(times("09:00", "12:00", "15:00", "18:00"));
        assertThat(TimeReader.times("8, 11 y 2, 5 y 8 de la noche"))
                .contains(times("08:00", "11:00", "14:00", "17:00", "20:00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2-4pm | 14:00 | 16:00",
            "2 - 4 pm | 14:00 | 16:00",
            "de 2 a 4 de la tarde | 14:00 | 16:00",
            "De 2 a 4 de la tarde. | 14:00 | 16:00",
            "entre las 2 y las 4 de la tarde | 14:00 | 16:00",
            "14 a 16 | 14:00 | 16:00",
            "de 14 a 16 hs | 14:00 | 16:00",
            "from 10pm to 6am | 22:00 | 06:00",
            "de 22 a 6 | 22:00 | 06:00",
            "desde las 22 hasta las 6 | 22:00 | 06:00",
            "de 10 de la noche a 6 de la mañana | 22:00 | 06:00",
            "de 10 a 12 de la noche | 22:00 | 00:00",
            "10-2pm | 10:00 | 14:00",
            "2pm to 4 | 14:00 | 16:00",
            "10pm to 6 | 22:00 | 06:00",
            "noon to 2 | 12:00 | 14:00",
            "midnight to 5am | 00:00 | 05:00",
            "de mediodía a 4 | 12:00 | 16:00",
            "1:30-3:30 p.m. | 13:30 | 15:30",
            "2 to 4 in the afternoon | 14:00 | 16:00",
    })
    void readsRangesInBothLanguages(String text, String from, String to) {
        assertThat(TimeReader.range(text)).contains(new TimeReader.Range(LocalTime.parse(from), LocalTime.parse(to)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00, 10:00", "7:75", "13am", "0700 1000", "7, 10, lunch", "", "  ,  ",
            "pm 2", "2pm pm", "noon pm"})
    void refusesWhatIsNotATimeOfDay(String text) {
        assertThat(TimeReader.times(text)).isEmpty();
    }

    @Test
    void aRangeIsTwoTimes() {
        assertThat(TimeReader.range("7, 10, 13")).isEmpty();
        assertThat(TimeReader.range("7")).isEmpty();
    }

    @Test
    void tellsTimesFromOtherMessages() {
        assertThat(TimeReader.looksLikeTimes("25:00, 10:00")).isTrue();
        assertThat(TimeReader.looksLikeTimes("7am, 1pm")).isTrue();
        assertThat(TimeReader.looksLikeTimes("de 2 a 4 de la tarde")).isTrue();
        assertThat(TimeReader.looksLikeTimes("pumped 20 min 15 ml")).isFalse();
        assertThat(TimeReader.looksLikeTimes("is 3 hours too long?")).isFalse();
        assertThat(TimeReader.looksLikeTimes("done")).isFalse();
        assertThat(TimeReader.looksLikeTimes("a las 2 me saqué 20 ml")).isFalse();
    }

    @Test
    void theClockRulesAreTheSameForEveryReader() {
        assertThat(TimeOfDay.of(13, 0, TimeOfDay.HalfDay.PM)).contains(LocalTime.of(13, 0));
        assertThat(TimeOfDay.of(12, 0, TimeOfDay.HalfDay.AM)).contains(LocalTime.MIDNIGHT);
        assertThat(TimeOfDay.of(24, 0, null)).contains(LocalTime.MIDNIGHT);
        assertThat(TimeOfDay.of(24, 30, null)).isEmpty();
        assertThat(TimeOfDay.hours(2, null, false)).containsExactly(2, 14);
        assertThat(TimeOfDay.hours(2, null, true)).containsExactly(2);
        assertThat(TimeOfDay.hours(12, null, false)).containsExactly(0, 12);
    }
}
