package org.relactation.bot.reminders;

import org.relactation.bot.conversation.TimeOfDay;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads times of day typed for the reminder plan: "07:00, 10:00, 13:00", "7, 10, 13", "7am 1pm 6.30pm",
 * "13h - 15h", "de 13 a 15". Every part of the text must be a time or a separator; anything else is no list of
 * times. 24:00 is midnight.
 */
final class ClockTimes {
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:[:.h](\\d{2})?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\d])");
    /** What may stand between times: punctuation and the words "and", "to", "from" in English and Spanish. */
    private static final Pattern SEPARATORS = Pattern.compile(
            "(?:[\\s,;/&+\\-–—]|\\band\\b|\\bto\\b|\\bfrom\\b|\\buntil\\b|\\by\\b|\\ba\\b|\\bde\\b|\\bdesde\\b"
                    + "|\\bhasta\\b|\\blas\\b)*");
    /** Letters a list of times may hold; with any other the parent wrote something else (a log, a question). */
    private static final Pattern TIME_LIKE = Pattern.compile(
            "(?:[\\d\\s:.,;/&+\\-–—h]|am\\b|pm\\b|a\\.m\\.|p\\.m\\.|\\band\\b|\\bto\\b|\\bfrom\\b|\\buntil\\b"
                    + "|\\by\\b|\\ba\\b|\\bde\\b|\\bdesde\\b|\\bhasta\\b|\\blas\\b)+");

    private ClockTimes() {
    }

    /** Whether the text is meant as times, readable or not: "7, 10, 25" is, "pumped 10 min" is not. */
    static boolean looksLikeTimes(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        return lower.chars().anyMatch(Character::isDigit) && TIME_LIKE.matcher(lower).matches();
    }

    /** The times in the order typed, or empty if any part is not a time of day. */
    static Optional<List<LocalTime>> parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        Matcher matcher = TIME.matcher(lower);
        List<LocalTime> times = new ArrayList<>();
        int end = 0;
        while (matcher.find()) {
            if (!SEPARATORS.matcher(lower.substring(end, matcher.start())).matches()) {
                return Optional.empty();
            }
            LocalTime time = time(matcher.group(1), matcher.group(2), matcher.group(3));
            if (time == null) {
                return Optional.empty();
            }
            times.add(time);
            end = matcher.end();
        }
        if (times.isEmpty() || !SEPARATORS.matcher(lower.substring(end)).matches()) {
            return Optional.empty();
        }
        return Optional.of(times);
    }

    private static LocalTime time(String hourText, String minuteText, String meridiem) {
        return TimeOfDay.of(hourText, minuteText, meridiem).orElse(null);
    }
}
