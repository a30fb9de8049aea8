package org.relactation.bot.text;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times of day and the ranges a parent types as an answer, in English and Spanish: "07:00, 10:00,
 * 13:00", "7, 10, 13", "7am 1pm 6.30pm", "13h - 15h", "2-4pm", "de 2 a 4 de la tarde", "14 a 16 hs", "from 10pm to
 * 6am", "de 22 a 6", "noon to 2pm". For reminder times, quiet hours and waking hours alike. Every part of the text
 * must be a time or a word or sign that goes between times; anything else makes it no list of times.
 *
 * <p>A half of the day said once also covers the bare hours (1 to 12) around it, as a parent means it: a bare hour
 * before it is the reading that comes shortly before it ("2-4pm" is 14:00–16:00, "10-2pm" is 10:00–14:00), one
 * after it the reading that comes shortly after ("2pm to 4" is 14:00–16:00, "10pm to 6" is 22:00–06:00). With no
 * half of the day said, bare hours are 24-hour as typed ("de 22 a 6", "14 a 16"). Which values are times is
 * {@link TimeOfDay}'s to say.
 */
public final class TimeReader {
    /** A start and an end, as typed (the end may be the next day's). */
    public record Range(LocalTime from, LocalTime to) {
    }

    /** "7", "07:30", "6.30", "13h", "14h30", "16 hs": an hour, maybe minutes; never part of a longer number. */
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,2})(?:[:.h](\\d{2}))?(?:\\s?(?:h|hs|hrs)(?![\\p{L}\\d]))?(?!\\d)");
    /** Signs that may stand between times. */
    private static final Pattern GAP = Pattern.compile("[\\s,;/&+\\-–—~.]+");

    private enum Kind { AM, PM, NIGHT, NOON, MIDNIGHT, BETWEEN }

    private record Word(String text, Kind kind) {
    }

    /**
     * The words a list or range of times may hold, longest first so that "de la tarde" is read before "de". A
     * "night" hour is in the evening from 6 to 11 and in the early hours from 1 to 5 ("12 de la noche" is midnight).
     */
    private static final List<Word> WORDS = words();

    private static List<Word> words() {
        List<Word> words = new ArrayList<>();
        add(words, Kind.AM, "am", "a.m.", "a.m", "a. m.", "in the morning", "de la mañana", "de la manana",
                "por la mañana", "por la manana", "de la madrugada");
        add(words, Kind.PM, "pm", "p.m.", "p.m", "p. m.", "in the afternoon", "in the evening", "de la tarde",
                "por la tarde");
        add(words, Kind.NIGHT, "at night", "de la noche", "por la noche");
        add(words, Kind.NOON, "noon", "midday", "mediodía", "mediodia");
        add(words, Kind.MIDNIGHT, "midnight", "medianoche");
        add(words, Kind.BETWEEN, "and", "to", "from", "until", "till", "til", "between", "at", "@", "y", "a", "de",
                "desde", "hasta", "las", "la", "entre");
        words.sort(Comparator.comparingInt((Word word) -> word.text().length()).reversed());
        return List.copyOf(words);
    }

    private static void add(List<Word> words, Kind kind, String... texts) {
        for (String text : texts) {
            words.add(new Word(text, kind));
        }
    }

    /**
     * One time as typed: its digits, the half of the day said with it ("noon" is 12 pm) and whether it is 24-hour
     * for sure (a leading zero, "07:00").
     */
    private record Typed(int hour, int minute, TimeOfDay.HalfDay halfDay, boolean exact) {
        Typed withHalfDay(TimeOfDay.HalfDay newHalfDay) {
            return new Typed(hour, minute, newHalfDay, exact);
        }

        boolean bare() {
            return halfDay == null && !exact && hour >= 1 && hour <= 12;
        }
    }

    private TimeReader() {
    }

    /** Whether the text is meant as times, readable or not: "7, 10, 25" is, "pumped 10 min" is not. */
    public static boolean looksLikeTimes(String text) {
        return scan(text).isPresent();
    }

    /** The times in the order typed, or empty if any part is not a time of day or a word between times. */
    public static Optional<List<LocalTime>> times(String text) {
        return scan(text).flatMap(TimeReader::resolve);
    }

    /** Exactly two times, a start and an end ("2-4pm", "de 22 a 6"), or empty. */
    public static Optional<Range> range(String text) {
        return times(text).filter(times -> times.size() == 2).map(times -> new Range(times.get(0), times.get(1)));
    }

    /** The times as typed, or empty when something in the text is neither a time nor a word between times. */
    private static Optional<List<Typed>> scan(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        List<Typed> typed = new ArrayList<>();
        Matcher gap = GAP.matcher(lower);
        Matcher number = NUMBER.matcher(lower);
        int at = 0;
        while (at < lower.length()) {
            if (gap.region(at, lower.length()).lookingAt()) {
                at = gap.end();
                continue;
            }
            if (number.region(at, lower.length()).lookingAt()) {
                String hour = number.group(1);
                int minute = number.group(2) == null ? 0 : Integer.parseInt(number.group(2));
                typed.add(new Typed(Integer.parseInt(hour), minute, null, hour.length() == 2 && hour.charAt(0) == '0'));
                at = number.end();
                continue;
            }
            Word word = wordAt(lower, at);
            if (word == null) {
                return Optional.empty();
            }
            at += word.text().length();
            switch (word.kind()) {
                case NOON -> typed.add(new Typed(12, 0, TimeOfDay.HalfDay.PM, true));
                case MIDNIGHT -> typed.add(new Typed(12, 0, TimeOfDay.HalfDay.AM, true));
                case AM, PM, NIGHT -> {
                    // Right after a time ("4 pm", "4, in the afternoon"): that time's half of the day.
                    if (typed.isEmpty() || typed.getLast().halfDay() != null) {
                        return Optional.empty();
                    }
                    Typed last = typed.removeLast();
                    typed.add(last.withHalfDay(halfDay(word.kind(), last.hour())));
                }
                case BETWEEN -> { }
            }
        }
        return typed.isEmpty() ? Optional.empty() : Optional.of(typed);
    }

    private static Word wordAt(String text, int at) {
        for (Word word : WORDS) {
            int end = at + word.text().length();
            if (text.startsWith(word.text(), at)
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return word;
            }
        }
        return null;
    }

    private static TimeOfDay.HalfDay halfDay(Kind kind, int hour) {
        return switch (kind) {
            case AM -> TimeOfDay.HalfDay.AM;
            case PM -> TimeOfDay.HalfDay.PM;
            default -> hour == 12 || hour <= 5 ? TimeOfDay.HalfDay.AM : TimeOfDay.HalfDay.PM;
        };
    }

    /** The clock times meant, bare hours read next to a half of the day said; empty if one is not a time. */
    private static Optional<List<LocalTime>> resolve(List<Typed> typed) {
        for (Typed time : typed) {
            if (!TimeOfDay.valid(time.hour(), time.minute(), time.halfDay())) {
                return Optional.empty();
            }
        }
        boolean halfDaySaid = typed.stream().anyMatch(time -> time.halfDay() != null);
        List<LocalTime> times = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Typed time = typed.get(i);
            if (!halfDaySaid || !time.bare()) {
                times.add(TimeOfDay.of(time.hour(), time.minute(), time.halfDay()).orElseThrow());
                continue;
            }
            LocalTime later = nextSaid(typed, i);
            LocalTime earlier = times.isEmpty() ? null : times.getLast();
            times.add(later != null ? closest(time, later, true) : closest(time, earlier, false));
        }
        return Optional.of(times);
    }

    /** The first time after {@code i} with its half of the day said, as a clock time, or null. */
    private static LocalTime nextSaid(List<Typed> typed, int i) {
        for (int j = i + 1; j < typed.size(); j++) {
            Typed time = typed.get(j);
            if (time.halfDay() != null) {
                return TimeOfDay.of(time.hour(), time.minute(), time.halfDay()).orElseThrow();
            }
        }
        return null;
    }

    /** Of a bare hour's two readings, the one shortly before {@code anchor} (or shortly after it). */
    private static LocalTime closest(Typed time, LocalTime anchor, boolean before) {
        LocalTime best = null;
        int bestGap = Integer.MAX_VALUE;
        for (int hour : TimeOfDay.hours(time.hour(), null, false)) {
            LocalTime reading = LocalTime.of(hour, time.minute());
            int minutes = reading.toSecondOfDay() / 60 - anchor.toSecondOfDay() / 60;
            int gap = Math.floorMod(before ? -minutes : minutes, 24 * 60);
            if (gap == 0) {
                gap = 24 * 60; // the same time again ("8, 11 … 8pm") is a day away, not next to it
            }
            if (gap < bestGap) {
                best = reading;
                bestGap = gap;
            }
        }
        return best;
    }
}
