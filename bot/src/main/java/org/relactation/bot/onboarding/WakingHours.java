package org.relactation.bot.onboarding;

import org.relactation.bot.conversation.TimeOfDay;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads typed waking hours: "7-22", "6:30 - 23:00", "7am-10pm", "7 a 22", "de 8 a 24". */
final class WakingHours {
    private static final String TIME = "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?";
    private static final Pattern RANGE = Pattern.compile(
            "(?:de\\s+|from\\s+)?" + TIME + "\\s*(?:-|–|—|to|till|until|a|hasta)\\s*" + TIME);
    /** A day shorter than this is more likely a typo than a rhythm to spread 8 sessions over. */
    private static final int MIN_MINUTES = 6 * 60;

    private WakingHours() {
    }

    /** The wakeFrom/wakeTo fields ("HH:mm", midnight as 00:00) or empty if the text is not a sensible range. */
    static Optional<Map<String, Object>> parse(String text) {
        Matcher matcher = RANGE.matcher(text.toLowerCase(Locale.ROOT).trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Integer from = minutes(matcher.group(1), matcher.group(2), matcher.group(3));
        Integer to = minutes(matcher.group(4), matcher.group(5), matcher.group(6));
        if (from == null || to == null) {
            return Optional.empty();
        }
        int length = Math.floorMod(to - from, 24 * 60);
        if (length < MIN_MINUTES) {
            return Optional.empty();
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("rhythm.wakeFrom", Question.clock(from / 60 % 24, from % 60));
        answers.put("rhythm.wakeTo", Question.clock(to / 60 % 24, to % 60));
        return Optional.of(answers);
    }

    private static Integer minutes(String hourText, String minuteText, String meridiem) {
        return TimeOfDay.of(hourText, minuteText, meridiem).map(time -> time.toSecondOfDay() / 60).orElse(null);
    }
}
