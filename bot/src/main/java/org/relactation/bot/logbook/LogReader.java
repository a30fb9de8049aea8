package org.relactation.bot.logbook;

import java.util.List;

/**
 * Reads what a message says, in an order that settles ambiguity: clock times first ("14:30" is not 14 and 30),
 * then durations and times back, weights, volumes, nappies, and last the bare numbers (a weighing word's first),
 * which take whatever meaning their
 * neighbours give them. Words that mean one thing whatever surrounds them (methods, sides, days) are simply
 * collected.
 */
final class LogReader {
    private LogReader() {
    }

    static Reading read(List<Piece> pieces, LogVocabulary words) {
        Reading reading = new Reading(pieces, words);
        collectWords(reading);
        ClockReader.read(reading);
        readTimes(reading);
        DurationReader.read(reading);
        reading.durations.removeIf(found -> aboutSleep(reading, found) || aboutActivity(reading, found));
        WeightReader.read(reading);
        VolumeReader.read(reading);
        NappyReader.read(reading);
        WeightReader.readBare(reading);
        BareNumberReader.read(reading);
        return reading;
    }

    /**
     * "running on 2 hrs of sleep", "4 horas de sueño", "slept 3 hours": a length next to a word about sleep is the
     * parent's or the baby's sleep, never a session's.
     */
    private static boolean aboutSleep(Reading reading, Found<Double> duration) {
        int after = duration.to();
        while (after < reading.pieces.size() && reading.pieces.get(after).is(Sense.FILLER)) {
            after++;
        }
        int before = duration.from() - 1;
        while (before >= 0 && reading.pieces.get(before).is(Sense.FILLER)) {
            before--;
        }
        return after < reading.pieces.size() && reading.words.isSleep(reading.pieces.get(after))
                || before >= 0 && reading.words.isSleep(reading.pieces.get(before));
    }

    /**
     * "did skin to skin for an hour and he suckled 15 min", "una hora de piel con piel y mamó 10 min": a length joined
     * by a small word to a thing done with the baby that is no session (logwords' activities) is that thing's, not
     * the session's.
     */
    private static boolean aboutActivity(Reading reading, Found<Double> duration) {
        int before = duration.from() - 1;
        while (before >= 0 && reading.pieces.get(before).is(Sense.FILLER)) {
            before--;
        }
        int after = duration.to();
        while (after < reading.pieces.size() && reading.pieces.get(after).is(Sense.FILLER)) {
            after++;
        }
        // joined by a small word ("for", "of", "de"): "nursed during skin to skin 20 min" is the nursing's 20 min
        return before >= 0 && before < duration.from() - 1 && reading.words.activityEndsAt(reading.pieces, before)
                || after < reading.pieces.size() && after > duration.to()
                && reading.words.activityStartsAt(reading.pieces, after);
    }

    /** "x3", "x 3", "3x", "3 times", "3 veces": a number next to a times word counts, and is no length. */
    private static void readTimes(Reading reading) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (!reading.is(i, Sense.TIMES)) {
                continue;
            }
            // "x3" glued reads forward; "3 x" and "2 x 15 min" read back; "x 3" forward when nothing is before.
            boolean glued = reading.freeNumber(i + 1) && !reading.pieces.get(i + 1).spaced();
            int number = glued ? i + 1 : reading.freeNumber(i - 1) ? i - 1 : reading.freeNumber(i + 1) ? i + 1 : -1;
            if (number >= 0) {
                int from = Math.min(i, number);
                reading.times.add(new Found<>(reading.pieces.get(number).number().value(), from, from + 2));
                reading.claim(from, from + 2);
            }
        }
    }

    private static void collectWords(Reading reading) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            Piece piece = reading.pieces.get(i);
            switch (piece.sense()) {
                case DONE -> reading.done.add(new Found<>(Sense.DONE, i, i + 1));
                case METHOD -> reading.methods.add(new Found<>((Method) piece.value(), i, i + 1));
                case SIDE -> reading.sides.add(new Found<>((Side) piece.value(), i, i + 1));
                case PER_SIDE -> (Boolean.TRUE.equals(piece.value()) ? reading.each : reading.perSide)
                        .add(new Found<>(Sense.PER_SIDE, i, i + 1));
                case DROPS -> reading.drops.add(new Found<>(Sense.DROPS, i, i + 1));
                case SUPPLEMENT_TYPE -> reading.supplementTypes.add(new Found<>((Supplement) piece.value(), i, i + 1));
                case SUPPLEMENT_GIVEN -> reading.givers.add(new Found<>(Sense.SUPPLEMENT_GIVEN, i, i + 1));
                case DAY -> reading.days.add(new Found<>((DayWord) piece.value(), i, i + 1));
                default -> {
                    // numbers, units and times are read by the readers; other words wait for the note
                }
            }
        }
    }
}
