package org.relactation.bot.logbook;

import org.relactation.bot.text.TimeOfDay;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds clock times, before any amount is read, so that "14:30" is never 14 and 30 minutes. What counts as a
 * clock time:
 * <ul>
 *   <li>hours and minutes with a colon, "14:30", "2:30 pm", unless a duration unit follows ("1:05 h");</li>
 *   <li>hours, "h" and two digits typed together, "14h30"; but "1h30" is a duration (an hour and a half) when
 *       the hour is under {@value #FIRST_CLOCK_ONLY_HOUR}, since no session lasts four hours while many last
 *       90 minutes; "at 1h30" and "a las 1h30" are times;</li>
 *   <li>a number after "at" / "a las", "at 2", "a las 14.30";</li>
 *   <li>a number with am or pm, "2pm", "10 de la noche", but not with a part of the day: "pumped 15 this
 *       morning" is 15 minutes;</li>
 *   <li>a named time, "noon", "medianoche";</li>
 *   <li>an hour joined to a time by list words, "at 1, 3 and 5", "a la 1 y 4" (see {@link #continueLists}).</li>
 * </ul>
 * An hour typed with a leading zero ("01:05", "09h30") is 24-hour; see {@link ClockTime#hours()} for the others.
 * Which digits are a time and what they can mean is {@link TimeOfDay}'s to say, as for every typed time.
 */
final class ClockReader {
    /** Hours from here on in "NhMM" can only be a clock time: a session is at most three hours. */
    static final int FIRST_CLOCK_ONLY_HOUR = 4;

    private ClockReader() {
    }

    static void read(Reading reading) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (!reading.free(i)) {
                continue;
            }
            boolean prefixed = reading.is(i - 1, Sense.TIME_PREFIX) && reading.free(i - 1);
            int from = prefixed ? i - 1 : i;
            Piece piece = reading.pieces.get(i);
            int halfPast = halfPast(reading, i);
            if (halfPast > i) {
                // "half 6", "half past 6": 6:30
                Numeral hour = reading.pieces.get(halfPast).number();
                withHalfDay(reading, hour, HALF_HOUR, i, halfPast + 1);
                i = halfPast;
            } else if (piece.is(Sense.CLOCK_WORD)) {
                LocalTime time = (LocalTime) piece.value();
                add(reading, new ClockTime(time.getHour(), time.getMinute(), null, true), from, i + 1);
            } else if (piece.is(Sense.NUMBER)) {
                readNumberAt(reading, i, from, prefixed);
            }
        }
        continueLists(reading);
        attachDistantHalfDay(reading);
        readDayPart(reading);
    }

    private static final int HALF_HOUR = 30;
    private static final int LAST_HOUR_OF_A_HALF_DAY = 12;

    /**
     * The piece of the hour after "half" or "half past" at {@code i} (logwords' half_past): a whole hour, 1 to 12,
     * free, with no unit after it ("half 6 oz" is an amount); -1 when there is none.
     */
    private static int halfPast(Reading reading, int i) {
        if (reading.words == null || !reading.free(i)) {
            return -1;
        }
        for (int end = i; end <= i + 1 && end < reading.pieces.size(); end++) {
            int hour = end + 1;
            if (reading.words.meansHalfPast(LogVocabulary.said(reading.pieces, i, end)) && reading.freeNumber(hour)
                    && reading.pieces.get(hour).number().isWhole() && reading.pieces.get(hour).number().value() >= 1
                    && reading.pieces.get(hour).number().value() <= LAST_HOUR_OF_A_HALF_DAY
                    && !isUnit(reading, hour + 1)) {
                return hour;
            }
        }
        return -1;
    }

    /**
     * "pumped this morning", "le di teta por la tarde": with no time in the message, a part of the day says about
     * when ({@link EventTime} places it).
     */
    private static void readDayPart(Reading reading) {
        if (!reading.clocks.isEmpty()) {
            return;
        }
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (reading.free(i) && halfDay(reading, i) != null
                    && reading.pieces.get(i).value() instanceof LocalTime about) {
                reading.dayPart = new Found<>(about, i, i + 1);
                reading.timeWords.add(new Found<>(reading.pieces.get(i).sense(), i, i + 1));
                reading.claim(i, i + 1);
                return;
            }
        }
    }

    /**
     * "at 1, 3 and 5", "a la 1, 4 y 6": hours joined to a clock time by list words ({@link LogVocabulary#listsTimes})
     * are times too, each a session of its own. A list joined by commas alone must end at a time of its own ("at 1,
     * 3, at 5"): "at 8, 15" may be 15 minutes. An hour with a unit after it is an amount ("at 2, 15 min"), and a
     * multiple of five after a word that also joins minutes ("a las 2 y 20") is left as it was.
     */
    private static void continueLists(Reading reading) {
        if (reading.words == null) {
            return;
        }
        for (int c = 0; c < reading.clocks.size(); c++) { // the list grows as hours are found
            List<Integer> hours = new ArrayList<>();
            boolean worded = false;
            boolean endsAtTime = false;
            int j = reading.clocks.get(c).to();
            while (true) {
                int k = j;
                boolean minutesToo = true;
                boolean word = false;
                while (k < reading.pieces.size() && reading.free(k)
                        && reading.words.listsTimes(reading.pieces.get(k))) {
                    minutesToo &= reading.words.joinsMinutes(reading.pieces.get(k));
                    word |= !reading.is(k, Sense.SYMBOL);
                    k++;
                }
                if (k == j) {
                    break;
                }
                if (!isListedHour(reading, k, minutesToo)) {
                    int next = k;
                    endsAtTime = reading.clocks.stream().anyMatch(clock -> clock.from() == next);
                    break;
                }
                hours.add(k);
                worded |= word;
                j = k + 1;
            }
            if (worded || endsAtTime) {
                for (int hour : hours) {
                    withHalfDay(reading, reading.pieces.get(hour).number(), 0, hour, hour + 1);
                }
            }
        }
        reading.clocks.sort(Comparator.comparingInt(Found::from));
    }

    /** A whole hour, 1 to 24, with no unit or count after it, and no minutes after "y". */
    private static boolean isListedHour(Reading reading, int i, boolean minutesToo) {
        if (!reading.freeNumber(i)) {
            return false;
        }
        int hour = reading.pieces.get(i).number().clockPart();
        return hour >= 1 && hour <= 24 && !isUnit(reading, i + 1) && !reading.is(i + 1, Sense.TIMES)
                && !reading.is(i + 1, Sense.HALF_MORE) && !(minutesToo && hour % 5 == 0);
    }

    /**
     * "ayer por la noche a las 11", "this morning I pumped at 9": a part of the day away from the one time in
     * the message still says which half of the day that time is in.
     */
    private static void attachDistantHalfDay(Reading reading) {
        if (reading.clocks.size() != 1 || reading.clocks.get(0).value().halfDay() != null) {
            return;
        }
        for (int i = 0; i < reading.pieces.size(); i++) {
            TimeOfDay.HalfDay halfDay = halfDay(reading, i);
            if (halfDay != null && reading.free(i)) {
                Found<ClockTime> clock = reading.clocks.get(0);
                reading.clocks.set(0, new Found<>(clock.value().withHalfDay(halfDay), clock.from(), clock.to()));
                reading.timeWords.add(new Found<>(reading.pieces.get(i).sense(), i, i + 1));
                reading.claim(i, i + 1);
                return;
            }
        }
    }

    private static void readNumberAt(Reading reading, int i, int from, boolean prefixed) {
        Numeral hour = reading.pieces.get(i).number();
        if (isColonTime(reading, i)) {
            if (!reading.is(i + 3, Sense.DURATION_UNIT)) {
                withHalfDay(reading, hour, reading.pieces.get(i + 2).number().clockPart(), from, i + 3);
            }
        } else if (isCompactTime(reading, i)) {
            boolean ago = reading.is(reading.meaningfulBefore(i), Sense.AGO_BEFORE) || reading.is(i + 3, Sense.AGO);
            if (prefixed || hour.value() >= FIRST_CLOCK_ONLY_HOUR && !ago) {
                withHalfDay(reading, hour, reading.pieces.get(i + 2).number().clockPart(), from, i + 3);
            }
        } else if (prefixed && isHourMark(reading, i) && hour.isWhole() && hour.value() >= FIRST_CLOCK_ONLY_HOUR
                && hour.value() <= 24) {
            // "a las 14h", "sobre las 8h": an hour marked with "h" after a time word; a session is never that long
            withHalfDay(reading, hour, 0, from, i + 2);
        } else if ((prefixed && !isUnit(reading, i + 1) || isHalfDayMarker(reading, i + 1)) && isHourAndMinutes(hour)) {
            // "at 1530", "a las 0730", "730pm": hours and minutes typed as one number
            int hours = (int) hour.value() / 100;
            TimeOfDay.HalfDay halfDay = halfDay(reading, i + 1);
            add(reading, new ClockTime(hours, (int) hour.value() % 100, halfDay, hour.integerDigits() == 4 && hours < 10),
                    from, halfDay == null ? i + 1 : i + 2);
        } else if (prefixed && !isUnit(reading, i + 1) || isHalfDayMarker(reading, i + 1)) {
            withHalfDay(reading, hour, minuteOf(hour), from, i + 1);
        }
    }

    /** "1530", "0730", "730": three or four digits, whole, that read as hours and minutes. */
    private static boolean isHourAndMinutes(Numeral number) {
        int digits = number.integerDigits();
        return !number.negative() && number.isWhole() && (digits == 3 || digits == 4)
                && (int) number.value() / 100 <= 23 && (int) number.value() % 100 < 60;
    }

    /** "14:30": number, colon and two digits, typed together. */
    private static boolean isColonTime(Reading reading, int i) {
        Piece colon = reading.at(i + 1);
        Piece minutes = reading.at(i + 2);
        return colon != null && colon.isSymbol(":") && !colon.spaced() && reading.freeNumber(i + 2)
                && !minutes.spaced() && minutes.number().integerDigits() == 2 && minutes.number().isWhole();
    }

    /** "14h30": number, "h" and two digits, typed together, with no unit after ("1h 30m" is a duration). */
    private static boolean isCompactTime(Reading reading, int i) {
        Piece h = reading.at(i + 1);
        Piece minutes = reading.at(i + 2);
        return h != null && h.is(Sense.DURATION_UNIT) && h.text().equals("h") && !h.spaced()
                && reading.freeNumber(i + 2) && !minutes.spaced() && minutes.number().integerDigits() == 2
                && minutes.number().isWhole() && !isUnit(reading, i + 3);
    }

    /** "14h": a number and an "h" typed together, with nothing after it that makes it a length ("14h de sueño"). */
    private static boolean isHourMark(Reading reading, int i) {
        Piece h = reading.at(i + 1);
        return h != null && h.is(Sense.DURATION_UNIT) && h.text().equals("h") && !h.spaced()
                && !reading.is(i + 2, Sense.NUMBER);
    }

    /** A clock time ending before {@code end}, with "pm" or "de la tarde" right after it if given. */
    private static void withHalfDay(Reading reading, Numeral hour, int minute, int from, int end) {
        TimeOfDay.HalfDay halfDay = halfDay(reading, end);
        boolean leadingZero = hour.integerDigits() == 2 && hour.value() < 10;
        add(reading, new ClockTime(hourOf(hour), minute, halfDay, leadingZero), from, halfDay == null ? end : end + 1);
    }

    private static void add(Reading reading, ClockTime time, int from, int to) {
        reading.clocks.add(new Found<>(time, from, to));
        reading.claim(from, to);
    }

    /** "2" is 2:00; "14.30" after "at" is 14:30; "2.5" cannot be a time. */
    private static int hourOf(Numeral number) {
        return number.negative() || number.integerDigits() > 2 ? -1 : (int) Math.floor(number.value());
    }

    private static int minuteOf(Numeral number) {
        if (number.isWhole()) {
            return 0;
        }
        return number.fraction().length() == 2 ? Integer.parseInt(number.fraction()) : -1;
    }

    private static TimeOfDay.HalfDay halfDay(Reading reading, int i) {
        if (reading.is(i, Sense.AM)) {
            return TimeOfDay.HalfDay.AM;
        }
        return reading.is(i, Sense.PM) ? TimeOfDay.HalfDay.PM : null;
    }

    /** "pm", "de la noche": may turn a bare number into a time; "this morning" may not. */
    private static boolean isHalfDayMarker(Reading reading, int i) {
        return halfDay(reading, i) != null && Boolean.TRUE.equals(reading.pieces.get(i).value());
    }

    private static boolean isUnit(Reading reading, int i) {
        return reading.is(i, Sense.DURATION_UNIT) || reading.is(i, Sense.VOLUME_UNIT) || reading.is(i, Sense.NAPPY)
                || reading.is(i, Sense.WEIGHT_UNIT);
    }
}
