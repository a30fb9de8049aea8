package org.relactation.bot.onboarding;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WakingHoursTest {
    @Test
    void aRangeIsReadAsTyped() {
        assertThat(WakingHours.parse("6:30-22:30")).contains(Map.of("rhythm.wakeFrom", "06:30", "rhythm.wakeTo", "22:30"));
        assertThat(WakingHours.parse("de 8 a 24")).contains(Map.of("rhythm.wakeFrom", "08:00", "rhythm.wakeTo", "00:00"));
    }

    @Test
    void anEndBeforeNoonThatMakesTheDayTooShortIsInTheEvening() {
        assertThat(WakingHours.parse("de 6 a 10")).contains(Map.of("rhythm.wakeFrom", "06:00", "rhythm.wakeTo", "22:00"));
        assertThat(WakingHours.parse("8 to 11:30")).contains(Map.of("rhythm.wakeFrom", "08:00", "rhythm.wakeTo", "23:30"));
        assertThat(WakingHours.parse("de 8 a 10 de la noche")).contains(Map.of("rhythm.wakeFrom", "08:00", "rhythm.wakeTo", "22:00"));
        assertThat(WakingHours.parse("8 to 10pm")).contains(Map.of("rhythm.wakeFrom", "08:00", "rhythm.wakeTo", "22:00"));
        // A short day said in full is still refused: it is more likely a typo than a rhythm.
        assertThat(WakingHours.parse("14-18")).isEmpty();
    }
}
