package org.relactation.bot.logbook;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * When a logged thing happened, in the parent's zone. The rules, kept few so a parent can predict them:
 * <ul>
 *   <li>nothing said: now;</li>
 *   <li>"30 min ago", "hace media hora": that long before now;</li>
 *   <li>a clock time without a day is today, or yesterday when it is still to come today and yesterday's was
 *       less than {@value LogLimits#YESTERDAY_WITHIN_HOURS} hours ago ("at 23:30" or "at 3pm" sent at 00:50);
 *       "yesterday 22:00" is yesterday;
 *       "last night at 11" / "anoche a las 2" read the hour as night (6 to 11 as evening, 12 as midnight, 1 to 5
 *       as early morning), the evening yesterday and the early morning today; any other time later than now
 *       (beyond {@value LogLimits#FUTURE_TOLERANCE_MINUTES} minutes) is rejected as in the future;</li>
 *   <li>an hour from 1 to 12 without am or pm has two readings (2:30 is 02:30 or 14:30): the most recent one that
 *       has passed on that day is taken, because parents log what just happened;</li>
 *   <li>a part of the day without a time ("this morning", "after lunch", "por la tarde") is about then, its time
 *       in content/logwords.yaml, or now when that is still to come today; "last night" / "anoche" alone is
 *       {@link DayWord#LAST_NIGHT} last night;</li>
 *   <li>a day without a time ("yesterday") cannot be placed and is asked about; "tomorrow" is in the future;</li>
 *   <li>two times in one message are one too many, unless they are a list ("at 1, 3 and 5", "a las 2 y a las 5")
 *       on one day and with no time back: then each is a session of its own ({@link #listed}, {@link #resolveList});
 *       each earlier time of a list is placed not after the one that follows it, so "at 11 and 3" said at 4 p.m.
 *       is 11:00 and 15:00, and "at 1, 3 and 5" said then is the night's 01:00, 03:00 and 05:00.</li>
 * </ul>
 * Local times go through the zone's rules, so a time skipped by a daylight-saving change (02:30 on the night
 * clocks go forward) means the same instant the old clock would have called that, and days have 23 or 25 hours
 * where they do. A time a few minutes ahead is taken as now: the clocks disagree, the parent does not.
 */
final class EventTime {
    /** The answer: when, and whether the parent said so; or why it cannot be placed. */
    record Outcome(Instant at, boolean given, ParseResult.Rejected rejection) {
        static Outcome now(Instant now) {
            return new Outcome(now, false, null);
        }

        static Outcome rejected(Rejection reason, Map<String, Object> details) {
            return new Outcome(null, false, new ParseResult.Rejected(reason, details));
        }
    }

    private final Reading reading;
    private final String text;
    private final ZoneId zone;
    private final Instant now;

    EventTime(Reading reading, String text, ZoneId zone, Instant now) {
        this.reading = reading;
        this.text = text;
        this.zone = zone;
        this.now = now;
    }

    /** The pieces that gave the time, to keep out of the note. */
    List<Found<?>> used() {
        List<Found<?>> used = new ArrayList<>();
        used.addAll(reading.clocks);
        used.addAll(reading.agos);
        used.addAll(reading.days);
        used.addAll(reading.timeWords);
        return used;
    }

    Outcome resolve() {
        List<Found<?>> said = used();
        boolean oneDay = reading.days.stream().map(Found::value).distinct().count() <= 1;
        if (reading.clocks.size() + reading.agos.size() > 1 || !oneDay
                || !reading.agos.isEmpty() && !reading.days.isEmpty()) {
            return unreadable(said);
        }
        if (!reading.agos.isEmpty()) {
            return back(reading.agos.get(0).value());
        }
        DayWord day = reading.days.isEmpty() ? null : reading.days.get(0).value();
        if (!reading.clocks.isEmpty()) {
            Found<ClockTime> clock = reading.clocks.get(0);
            return clock.value().readable() ? onClock(clock.value(), day) : unreadable(List.of(clock));
        }
        if (reading.dayPart != null || day != null && day.lastNight()) {
            return about(reading.dayPart == null ? DayWord.LAST_NIGHT : reading.dayPart.value(), day);
        }
        if (day == null || day.offset() == 0) {
            return Outcome.now(now);
        }
        if (!day.lastNight() && day.offset() > 0) {
            return Outcome.rejected(Rejection.FUTURE, Map.of("at", startOf(today().plusDays(day.offset())),
                    "text", words(said)));
        }
        return unreadable(said);
    }

    /**
     * A part of the day without a time ("this morning", "anoche"): about then, on the day said; now when that time
     * is still to come today ("this morning" said at 7).
     */
    private Outcome about(LocalTime time, DayWord day) {
        Outcome outcome = onClock(new ClockTime(time.getHour(), time.getMinute(), null, true), day);
        boolean today = day == null || !day.lastNight() && day.offset() == 0;
        if (today && outcome.rejection() != null && outcome.rejection().reason() == Rejection.FUTURE) {
            return new Outcome(now, true, null);
        }
        return outcome;
    }

    private Outcome back(double minutes) {
        if (minutes < 0) {
            return Outcome.rejected(Rejection.NEGATIVE, Map.of("minutes", Values.whole(minutes)));
        }
        if (minutes > LogLimits.MAX_DAYS_BACK * 24 * 60) {
            return Outcome.rejected(Rejection.TOO_OLD, Map.of("days", Values.whole(Math.floor(minutes / (24 * 60)))));
        }
        return new Outcome(now.minusSeconds(Math.round(minutes * 60)), true, null);
    }

    private Outcome onClock(ClockTime clock, DayWord day) {
        List<ZonedDateTime> candidates = candidates(clock, day);
        Instant latest = now.plus(Duration.ofMinutes(LogLimits.FUTURE_TOLERANCE_MINUTES));
        Instant best = null;
        Instant soonest = null;
        for (ZonedDateTime local : candidates) {
            Instant candidate = local.toInstant();
            if (!candidate.isAfter(latest) && (best == null || candidate.isAfter(best))) {
                best = candidate;
            }
            if (soonest == null || candidate.isBefore(soonest)) {
                soonest = candidate;
            }
        }
        if (best == null && day == null) {
            // No day said and the time is still to come today: yesterday's, if it is less than half a day ago
            // ("at 23:30" or "at 3pm" sent at 00:50); the confirmation then says "yesterday". Further back, a time
            // later today is more likely a slip, and is asked about.
            Instant earliest = now.minus(Duration.ofHours(LogLimits.YESTERDAY_WITHIN_HOURS));
            for (ZonedDateTime local : candidates) {
                Instant candidate = local.minusDays(1).toInstant();
                if (!candidate.isAfter(now) && candidate.isAfter(earliest)
                        && (best == null || candidate.isAfter(best))) {
                    best = candidate;
                }
            }
        }
        if (best == null) {
            return Outcome.rejected(Rejection.FUTURE, Map.of("at", soonest, "text", words(used())));
        }
        Instant at = best.isAfter(now) ? now : best;
        if (at.isBefore(now.minus(Duration.ofDays(LogLimits.MAX_DAYS_BACK)))) {
            return Outcome.rejected(Rejection.TOO_OLD, Map.of("days", (int) Duration.between(at, now).toDays()));
        }
        return new Outcome(at, true, null);
    }

    /**
     * The clock times of a list ("pumped at 1, 3 and 5", "a las 2 y a las 5", "left at 1 and right at 4", "at 1 20
     * min and at 4 15 min"): two or more readable times on one day, with no time back, with nothing between them but
     * list words ({@link LogVocabulary#listsTimes}), sides and amounts; empty otherwise. "From 2 to 2:30" is a range,
     * one session.
     */
    List<Found<ClockTime>> listed() {
        List<Found<ClockTime>> clocks = reading.clocks;
        boolean oneDay = reading.days.stream().map(Found::value).distinct().count() <= 1;
        if (clocks.size() < 2 || !reading.agos.isEmpty() || !oneDay || reading.words == null
                || clocks.stream().anyMatch(clock -> !clock.value().readable())) {
            return List.of();
        }
        boolean[] amount = new boolean[reading.pieces.size()];
        for (List<Found<Double>> amounts : List.of(reading.durations, reading.volumes, reading.sessionNumbers,
                reading.supplementNumbers)) {
            amounts.forEach(found -> Arrays.fill(amount, found.from(), found.to(), true));
        }
        for (int i = 1; i < clocks.size(); i++) {
            for (int j = clocks.get(i - 1).to(); j < clocks.get(i).from(); j++) {
                Piece piece = reading.pieces.get(j);
                if (!reading.words.listsTimes(piece) && !amount[j] && !piece.is(Sense.SIDE)
                        && !piece.is(Sense.PER_SIDE)) {
                    return List.of();
                }
            }
        }
        return List.copyOf(clocks);
    }

    /**
     * When each time of a list was, in order: the last as a time alone, each one before it the latest of its readings
     * not after the next one and less than a day before it (or, when it has none, as a time alone). The first time
     * that cannot be logged gives the answer for the whole list.
     */
    List<Outcome> resolveList(List<Found<ClockTime>> clocks) {
        DayWord day = reading.days.isEmpty() ? null : reading.days.get(0).value();
        Outcome[] outcomes = new Outcome[clocks.size()];
        for (int i = clocks.size() - 1; i >= 0; i--) {
            ClockTime clock = clocks.get(i).value();
            Outcome alone = onClock(clock, day);
            Instant next = i == clocks.size() - 1 ? null : outcomes[i + 1].at();
            Instant chained = next == null ? null : latestNotAfter(clock, day, next);
            outcomes[i] = chained != null ? new Outcome(chained, true, null) : alone;
            if (outcomes[i].rejection() != null) {
                return List.of(outcomes[i]);
            }
        }
        return List.of(outcomes);
    }

    /** The latest reading of {@code clock} not after {@code bound} and less than a day before it, or null. */
    private Instant latestNotAfter(ClockTime clock, DayWord day, Instant bound) {
        Instant best = null;
        for (ZonedDateTime local : candidates(clock, day)) {
            for (ZonedDateTime option : day == null ? List.of(local, local.minusDays(1)) : List.of(local)) {
                Instant candidate = option.toInstant();
                if (!candidate.isAfter(bound) && candidate.isAfter(bound.minus(Duration.ofDays(1)))
                        && (best == null || candidate.isAfter(best))) {
                    best = candidate;
                }
            }
        }
        return best == null || best.isBefore(now.minus(Duration.ofDays(LogLimits.MAX_DAYS_BACK))) ? null : best;
    }

    /** The readings of a clock time on its day: one last night, one or two (am and pm) on any other day. */
    private List<ZonedDateTime> candidates(ClockTime clock, DayWord day) {
        List<ZonedDateTime> candidates = new ArrayList<>();
        if (day != null && day.lastNight()) {
            int hour = clock.nightHour();
            LocalDate date = hour >= 12 ? today().minusDays(1) : today();
            candidates.add(ZonedDateTime.of(date, LocalTime.of(hour, clock.minute()), zone));
        } else {
            LocalDate date = today().plusDays(day == null ? 0 : day.offset());
            for (int hour : clock.hours()) {
                candidates.add(ZonedDateTime.of(date, LocalTime.of(hour, clock.minute()), zone));
            }
        }
        return candidates;
    }

    private Outcome unreadable(List<? extends Found<?>> said) {
        return Outcome.rejected(Rejection.UNREADABLE_TIME, Map.of("text", words(said)));
    }

    /** The words that said when, as typed: what a time given later replaces ("tomorrow at 10"). */
    private String words(List<? extends Found<?>> said) {
        int from = said.stream().mapToInt(Found::from).min().orElse(0);
        int to = said.stream().mapToInt(Found::to).max().orElse(0);
        return from < to ? text.substring(reading.pieces.get(from).start(), reading.pieces.get(to - 1).end()) : "";
    }

    private LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
