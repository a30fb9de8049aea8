package org.relactation.bot.logbook;

import java.util.List;

/**
 * Gives meaning to numbers without a unit by what stands next to them. After a method or "done" a number is
 * minutes ("pumped 15", "done 15"). After a side it takes the unit of the amount before it, as people leave
 * the unit out the second time ("20 ml izq y 15 der" is 35 ml, "L 10 min R 8" is 18 minutes); with no amount
 * before it, the unit said once at the end for both sides ("L 20 R 15 ml" is 35 ml); and it is minutes when there
 * is none ("L 10 R 8"). Next to a supplement word it is ml ("formula 60", "60 formula",
 * "le di 60 de fórmula"), but not before a bottle or a cup ("un biberón", "2 bottles" count them), nor before a
 * method ("did 2 pumps" counts sessions). "una", "one" in words there is an article ("hice una sesión", "le di una
 * toma"), no amount. Anywhere else it means nothing we can be sure of ("15" alone could be minutes, ml or a time)
 * and is left for the note.
 */
final class BareNumberReader {
    private BareNumberReader() {
    }

    static void read(Reading reading) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            Amount amount = Amount.at(reading, i);
            if (amount == null) {
                continue;
            }
            Piece before = reading.at(reading.meaningfulBefore(i));
            Piece after = reading.at(reading.meaningfulFrom(amount.end()));
            boolean article = !reading.pieces.get(i).typedDigits() && amount.value() == 1 && amount.end() == i + 1;
            if (after != null && (after.is(Sense.SUPPLEMENT_GIVEN) || !article && after.is(Sense.METHOD))) {
                // "un biberón", "2 bottles": how many bottles (as "x2"), not ml; "did 2 pumps of 15 min": how many
                // sessions, not minutes ("un sacaleches" is the pump itself)
                reading.times.add(new Found<>(amount.value(), i, amount.end()));
                reading.claim(i, amount.end());
                i = amount.end() - 1;
                continue;
            }
            boolean told = before != null && (before.is(Sense.METHOD) || before.is(Sense.DONE));
            boolean side = before != null && before.is(Sense.SIDE);
            boolean given = isSupplementWord(before) || isSupplementWord(after);
            if (!told && !side && !given) {
                continue;
            }
            if (article) {
                // "hice una sesión", "le di una toma", "pecho una vez": "una", "one" with no unit after it (a unit
                // would have claimed it) is an article, not one minute or one ml
                reading.articles.add(new Found<>(amount.value(), i, amount.end()));
            } else if (told) {
                reading.sessionNumbers.add(new Found<>(amount.value(), i, amount.end()));
            } else if (side) {
                sameUnitAsBefore(reading, i, amount);
            } else {
                reading.supplementNumbers.add(new Found<>(amount.value(), i, amount.end()));
            }
            reading.claim(i, amount.end());
            i = amount.end() - 1;
        }
    }

    private static void sameUnitAsBefore(Reading reading, int i, Amount amount) {
        Found<Double> volume = lastBefore(reading, reading.volumes, i, Sense.VOLUME_UNIT);
        Found<Double> minutes = lastBefore(reading, reading.durations, i, null);
        if (volume == null && minutes == null) {
            volume = nextSideAmount(reading, amount.end());
        }
        if (volume != null && (minutes == null || volume.to() > minutes.to())) {
            double mlPerUnit = reading.pieces.get(volume.to() - 1).doubleValue();
            reading.volumes.add(new Found<>(amount.value() * mlPerUnit, i, amount.end()));
        } else {
            reading.sessionNumbers.add(new Found<>(amount.value(), i, amount.end()));
        }
    }

    /**
     * "L 20 R 15 ml": the volume with a unit that comes next, right after the other side's word, when no duration
     * comes before it; null otherwise ("L 10 R 8 min" stays minutes).
     */
    private static Found<Double> nextSideAmount(Reading reading, int from) {
        Found<Double> next = null;
        for (Found<Double> found : reading.volumes) {
            if (found.from() >= from && (next == null || found.from() < next.from())) {
                next = found;
            }
        }
        if (next == null || !reading.is(next.to() - 1, Sense.VOLUME_UNIT)
                || !reading.is(reading.meaningfulBefore(next.from()), Sense.SIDE)) {
            return null;
        }
        for (Found<Double> duration : reading.durations) {
            if (duration.from() >= from && duration.from() < next.from()) {
                return null;
            }
        }
        return next;
    }

    /** The last amount ending before piece {@code i}, and ending with a typed {@code unit} when one is given. */
    private static Found<Double> lastBefore(Reading reading, List<Found<Double>> amounts, int i, Sense unit) {
        Found<Double> last = null;
        for (Found<Double> found : amounts) {
            boolean typed = unit == null || reading.is(found.to() - 1, unit);
            if (typed && found.to() <= i && (last == null || found.to() > last.to())) {
                last = found;
            }
        }
        return last;
    }

    private static boolean isSupplementWord(Piece piece) {
        return piece != null && (piece.is(Sense.SUPPLEMENT_TYPE) || piece.is(Sense.SUPPLEMENT_GIVEN));
    }
}
