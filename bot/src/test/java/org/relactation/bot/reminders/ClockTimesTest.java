package org.relactation.bot.reminders;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed times for the reminder plan: the ways parents write them, and what is not a list of times. */
class ClockTimesTest {

    private static List<LocalTime> times(String... texts) {
        return java.util.Arrays.stream(texts).map(LocalTime::parse).toList();
    }

    @Test
    void readsTheUsualWaysOfWritingTimes() {
        assertThat(ClockTimes.parse("07:00, 10:00, 13:00")).contains(times("07:00", "10:00", "13:00"));
        assertThat(ClockTimes.parse("7, 10, 13")).contains(times("07:00", "10:00", "13:00"));
        assertThat(ClockTimes.parse("7am 1pm 6.30pm")).contains(times("07:00", "13:00", "18:30"));
        assertThat(ClockTimes.parse("13h - 15h")).contains(times("13:00", "15:00"));
        assertThat(ClockTimes.parse("de 13 a 15")).contains(times("13:00", "15:00"));
        assertThat(ClockTimes.parse("22:00 to 24:00")).contains(times("22:00", "00:00"));
        assertThat(ClockTimes.parse("8; 11 and 14")).contains(times("08:00", "11:00", "14:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00, 10:00", "7:75", "13pm", "0700 1000", "7, 10, lunch", "", "  ,  "})
    void refusesWhatIsNotATimeOfDay(String text) {
        assertThat(ClockTimes.parse(text)).isEmpty();
    }

    @Test
    void tellsTimesFromOtherMessages() {
        assertThat(ClockTimes.looksLikeTimes("25:00, 10:00")).isTrue();
        assertThat(ClockTimes.looksLikeTimes("7am, 1pm")).isTrue();
        assertThat(ClockTimes.looksLikeTimes("pumped 20 min 15 ml")).isFalse();
        assertThat(ClockTimes.looksLikeTimes("is 3 hours too long?")).isFalse();
        assertThat(ClockTimes.looksLikeTimes("done")).isFalse();
    }
}
