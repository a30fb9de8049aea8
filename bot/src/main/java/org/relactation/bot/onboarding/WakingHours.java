package org.relactation.bot.onboarding;

import org.relactation.bot.text.TimeReader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads typed waking hours: "7-22", "6:30 - 23:00", "7am-10pm", "7 a 22", "de 8 a 24" (with {@link TimeReader}); an end
 * before noon that would make the day too short is in the evening ("de 7 a 11" is 7:00 to 23:00), and a start after
 * noon that would is in the morning ("de 8 a 10 de la noche" is 8:00 to 22:00).
 */
final class WakingHours {
    /** A day shorter than this is more likely a typo than a rhythm to spread 8 sessions over. */
    private static final int MIN_MINUTES = 6 * 60;
    private static final int HALF_DAY = 12 * 60;

    private WakingHours() {
    }

    /** Whether an afternoon hour was typed on a 12-hour clock ("8" for 20:00), not as "20" ("14-18" is as typed). */
    private static boolean typedAsTwelveHour(String text, int hour) {
        return Pattern.compile("(?<!\\d)" + (hour - 12) + "(?!\\d)").matcher(text).find()
                && !Pattern.compile("(?<!\\d)" + hour + "(?!\\d)").matcher(text).find();
    }

    /** The wakeFrom/wakeTo fields ("HH:mm", midnight as 00:00) or empty if the text is not a sensible range. */
    static Optional<Map<String, Object>> parse(String text) {
        return TimeReader.range(text).flatMap(range -> {
            int from = range.from().toSecondOfDay() / 60;
            int to = range.to().toSecondOfDay() / 60;
            if (Math.floorMod(to - from, 24 * 60) < MIN_MINUTES && to < HALF_DAY && to > from) {
                to += HALF_DAY; // "de 7 a 11", "7 to 10": a day that ends in the evening, said the way it is spoken
            }
            if (Math.floorMod(to - from, 24 * 60) < MIN_MINUTES && from >= HALF_DAY && to > from
                    && typedAsTwelveHour(text, from / 60)) {
                from -= HALF_DAY; // "de 8 a 10 de la noche": the evening said once, for the end; the day starts at 8
            }
            if (Math.floorMod(to - from, 24 * 60) < MIN_MINUTES) {
                return Optional.empty();
            }
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("rhythm.wakeFrom", Question.clock(from / 60, from % 60));
            answers.put("rhythm.wakeTo", Question.clock(to / 60, to % 60));
            return Optional.of(answers);
        });
    }
}
