package org.relactation.bot.logbook;

/**
 * Finds durations, and tells a session's length ("15 min") from a time back ("15 min ago", "hace 15 min").
 * A duration is a fixed phrase ("half an hour", "media hora", "an hour") or amounts with units from larger to
 * smaller: "1h 5m", "1 hora y 5 minutos", "1 h 30" (bare minutes after hours), "1:05 h", "1 hora y media",
 * "an hour and a half", "hora y media". Also finds
 * duration words without a readable number ("a few minutes"), so the reply can ask for one.
 */
final class DurationReader {
    private static final double HOUR = 60;
    private static final double HALF_HOUR = 30;
    static final double DAY = 24 * HOUR;

    private DurationReader() {
    }

    private record Match(double minutes, int end) {
    }

    static void read(Reading reading) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (!reading.free(i)) {
                continue;
            }
            Match match = durationAt(reading, i);
            if (match != null) {
                addDuration(reading, i, match);
                i = match.end() - 1;
            }
        }
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (reading.free(i) && reading.is(i, Sense.AGO_BEFORE)) {
                bareNumberBack(reading, i);
            }
        }
        for (int i = 0; i < reading.pieces.size(); i++) {
            // "just now", "recién": no time back at all, and a time said all the same; "a while ago": its minutes.
            if (reading.free(i) && reading.is(i, Sense.JUST_NOW)) {
                double back = reading.pieces.get(i).value() instanceof Double minutes ? minutes : 0.0;
                Found<Double> before = reading.agos.isEmpty() ? null : reading.agos.get(reading.agos.size() - 1);
                if (before != null && before.to() == i && reading.is(before.from(), Sense.JUST_NOW)) {
                    // "recién ahorita", "just now right now": one moment said twice over
                    reading.agos.set(reading.agos.size() - 1, new Found<>(before.value(), before.from(), i + 1));
                } else {
                    reading.agos.add(new Found<>(back, i, i + 1));
                }
                reading.claim(i, i + 1);
            }
        }
        for (int i = 0; i < reading.pieces.size(); i++) {
            Piece piece = reading.pieces.get(i);
            // "h" and "m" alone are letters, not units; "minutes" alone is a unit missing its number.
            if (reading.free(i) && piece.is(Sense.DURATION_UNIT) && piece.text().length() >= 3) {
                boolean aboutTime = reading.is(i + 1, Sense.AGO) || reading.is(i - 1, Sense.AGO_BEFORE)
                        || reading.is(i - 2, Sense.AGO_BEFORE);
                if (piece.doubleValue() >= DAY) {
                    reading.spans.add(new Found<>(piece.doubleValue(), i, i + 1)); // "for a week", "en un mes"
                }
                if (aboutTime || piece.doubleValue() < DAY) {
                    // "hace años" is the parent's story unless a session is told ("me saqué hace días": when?)
                    reading.strayUnits.add(new Found<>(aboutTime, i, i + 1));
                }
                reading.claim(i, i + 1);
            }
        }
    }

    private static void addDuration(Reading reading, int i, Match match) {
        int before = reading.meaningfulBefore(i);
        if (reading.words != null && before >= 0 && reading.words.approximates(reading.pieces.get(before))
                && reading.is(reading.meaningfulBefore(before), Sense.AGO_BEFORE)) {
            before = reading.meaningfulBefore(before); // "hace como una hora": about an hour back
        }
        if (reading.is(before, Sense.AGO_BEFORE) && reading.free(before)) {
            reading.agos.add(new Found<>(match.minutes(), before, match.end()));
            reading.claim(before, match.end());
        } else if (reading.is(match.end(), Sense.AGO)) {
            reading.agos.add(new Found<>(match.minutes(), i, match.end() + 1));
            reading.claim(i, match.end() + 1);
        } else if (match.minutes() >= DAY) {
            // Days and weeks are a time back ("2 days ago"), an age ("my 6 week old") or a span of the parent's
            // story ("pumping for 2 weeks"), never a session's length.
            reading.spans.add(new Found<>(match.minutes(), i, match.end()));
            reading.claim(i, match.end());
        } else {
            reading.durations.add(new Found<>(match.minutes(), i, match.end()));
            reading.claim(i, match.end());
        }
    }

    /** "hace 30": a bare number typed in digits after "hace" is minutes back ("hace un rato" is not a minute). */
    private static void bareNumberBack(Reading reading, int i) {
        int next = reading.meaningfulFrom(i + 1);
        Amount amount = Amount.at(reading, next);
        if (amount != null && reading.pieces.get(next).typedDigits()) {
            reading.agos.add(new Found<>(amount.value(), i, amount.end()));
            reading.claim(i, amount.end());
        }
    }

    private static Match durationAt(Reading reading, int i) {
        Piece piece = reading.pieces.get(i);
        if (piece.is(Sense.FIXED_DURATION)) {
            return smallerUnits(reading, piece.doubleValue(), piece.doubleValue(), i + 1);
        }
        if (isHourWord(piece) && reading.is(i + 1, Sense.HALF_MORE)) {
            return new Match(HOUR + HALF_HOUR, i + 2);
        }
        Amount amount = Amount.at(reading, i);
        if (amount == null) {
            return null;
        }
        Match colon = colonHours(reading, i);
        if (colon != null) {
            return colon;
        }
        if (reading.is(amount.end(), Sense.HALF_MORE) && reading.is(amount.end() + 1, Sense.DURATION_UNIT)
                && reading.pieces.get(amount.end() + 1).doubleValue() == HOUR) {
            // "1 and a half hours", "2 y media horas"
            return new Match(amount.value() * HOUR + HALF_HOUR, amount.end() + 2);
        }
        if (!reading.is(amount.end(), Sense.DURATION_UNIT)) {
            return null;
        }
        double unit = reading.pieces.get(amount.end()).doubleValue();
        return smallerUnits(reading, amount.value() * unit, unit, amount.end() + 1);
    }

    /** "1:05 h": hours and minutes with a colon, as a duration only because an hour unit follows. */
    private static Match colonHours(Reading reading, int i) {
        Piece colon = reading.at(i + 1);
        Piece unit = reading.at(i + 3);
        if (colon == null || !colon.isSymbol(":") || !reading.freeNumber(i + 2) || unit == null
                || !unit.is(Sense.DURATION_UNIT) || unit.doubleValue() != HOUR) {
            return null;
        }
        double minutes = reading.pieces.get(i + 2).number().value();
        return new Match(reading.pieces.get(i).number().value() * HOUR + minutes, i + 4);
    }

    /** After an amount with a unit: "and a half", or more amounts with smaller units, or bare minutes after hours. */
    private static Match smallerUnits(Reading reading, double total, double lastUnit, int end) {
        while (true) {
            if (lastUnit == HOUR && reading.is(end, Sense.HALF_MORE)) {
                return new Match(total + HALF_HOUR, end + 1);
            }
            int next = reading.is(end, Sense.FILLER) ? end + 1 : end;
            Amount amount = Amount.at(reading, next);
            if (amount == null) {
                return new Match(total, end);
            }
            Piece after = reading.at(amount.end());
            if (after != null && after.is(Sense.DURATION_UNIT) && after.doubleValue() < lastUnit) {
                total += amount.value() * after.doubleValue();
                lastUnit = after.doubleValue();
                end = amount.end() + 1;
            } else if (lastUnit == HOUR && amount.value() >= 0 && amount.value() < HOUR && !isUnit(after)) {
                return new Match(total + amount.value(), amount.end());
            } else {
                return new Match(total, end);
            }
        }
    }

    /** "hora y media", "hour and a half": the hour without a number, as the word for one hour. */
    private static boolean isHourWord(Piece piece) {
        return piece.is(Sense.DURATION_UNIT) && piece.doubleValue() == HOUR && piece.text().length() > 2;
    }

    private static boolean isUnit(Piece piece) {
        return piece != null && (piece.is(Sense.DURATION_UNIT) || piece.is(Sense.VOLUME_UNIT)
                || piece.is(Sense.NAPPY) || piece.is(Sense.AM) || piece.is(Sense.PM));
    }
}
