package org.relactation.bot.logbook;

/**
 * Finds the baby's weight: a number with a unit of weight ("4.2kg", "4,3 kg", "3900 g", "12 lbs"), pounds and ounces
 * or kilograms and grams together ("12 lb 4 oz", "5 kilos y 200 gramos"), or
 * a bare number next to a weighing word ("pesa 3.900", "weighed 4.2"): in kilograms under
 * {@value #BARE_KILOGRAMS_BELOW}, in grams from there ("3.900" is read as 3,900, a thousands group). Kilograms typed
 * with three decimals ("4.235 kg") are read as such, not as 4,235 kg. A weight typed with a sign ("+180g", "-50 g")
 * is a change, not a weight, and so is one next to a word of change ("gained 150 g", "150 g más"): it is claimed,
 * so it is never read as anything else, and left to the note.
 */
final class WeightReader {
    /** A bare number next to a weighing word is kilograms below this, grams from it. */
    static final int BARE_KILOGRAMS_BELOW = 100;

    private WeightReader() {
    }

    /** Weights with a unit: before volumes, so that "12 lb 4 oz" is not 4 oz of milk. */
    static void read(Reading reading) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            Amount amount = Amount.at(reading, i);
            if (amount == null || !reading.is(amount.end(), Sense.WEIGHT_UNIT)) {
                continue;
            }
            Piece unit = reading.pieces.get(amount.end());
            double perUnit = unit.doubleValue();
            int end = amount.end() + 1;
            double grams = amount.value() * perUnit;
            WeightUnit weightUnit = perUnit == 1 ? WeightUnit.G : perUnit == 1000 ? WeightUnit.KG : WeightUnit.LB;
            if (weightUnit == WeightUnit.KG && amount.value() >= BARE_KILOGRAMS_BELOW
                    && typedWithSeparator(reading, i)) {
                grams = amount.value(); // "4.235 kg": kilograms with three decimals, not a thousands group
            }
            // "12 lb 4 oz", "5 kilos y 200 gramos": the smaller unit after the larger adds to it.
            int next = end;
            while (reading.is(next, Sense.FILLER)) {
                next++; // "y", "and"; never a symbol: "5.1kg (+180g)" is a weight and its change
            }
            Amount rest = Amount.at(reading, next);
            if (rest != null && weightUnit == WeightUnit.LB && reading.is(rest.end(), Sense.VOLUME_UNIT)
                    && reading.words != null && reading.words.ouncesOfWeight(reading.pieces.get(rest.end()))) {
                grams += rest.value() * WeightUnit.GRAMS_PER_OUNCE;
                end = rest.end() + 1;
            } else if (rest != null && weightUnit == WeightUnit.KG && reading.is(rest.end(), Sense.WEIGHT_UNIT)
                    && reading.pieces.get(rest.end()).doubleValue() == 1) {
                grams += rest.value();
                end = rest.end() + 1;
            }
            add(reading, grams, weightUnit, i, end);
            i = end - 1;
        }
    }

    /** "pesa 3.900", "weighed 4.2": after volumes and nappies, before the bare numbers of sessions and feeds. */
    static void readBare(Reading reading) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            Amount amount = Amount.at(reading, i);
            if (amount == null || !reading.pieces.get(i).typedDigits()) {
                continue;
            }
            Piece before = reading.at(reading.meaningfulBefore(i));
            Piece after = reading.at(reading.meaningfulFrom(amount.end()));
            if (before != null && before.is(Sense.WEIGHED) || after != null && after.is(Sense.WEIGHED)
                    && !reading.is(amount.end(), Sense.DURATION_UNIT)) {
                boolean kilograms = Math.abs(amount.value()) < BARE_KILOGRAMS_BELOW;
                add(reading, kilograms ? amount.value() * 1000 : amount.value(),
                        kilograms ? WeightUnit.KG : WeightUnit.G, i, amount.end());
                i = amount.end() - 1;
            }
        }
    }

    private static void add(Reading reading, double grams, WeightUnit unit, int from, int to) {
        boolean change = grams < 0 || reading.is(from - 1, Sense.SYMBOL) && reading.pieces.get(from - 1).text()
                .equals("+") && !reading.pieces.get(from).spaced() || saysChange(reading, from - 1, -1)
                || saysChange(reading, to, 1);
        (change ? reading.weightChanges : reading.weights).add(new Found<>(new Weight(grams, unit), from, to));
        reading.claim(from, to);
    }

    /**
     * A word of change ({@link LogVocabulary#changesWeight}) at {@code i}, or one step further in {@code direction}
     * past a small word: "gained 150 g", "gained about 150 g", "150 g más".
     */
    private static boolean saysChange(Reading reading, int i, int direction) {
        for (int step = 0; step < 2; step++) {
            Piece piece = reading.at(i + step * direction);
            if (piece == null || reading.words == null) {
                return false;
            }
            if (reading.words.changesWeight(piece)) {
                // "5.1kg up 180g": a change word with its own number after it changes that one
                Piece next = reading.at(reading.meaningfulFrom(i + step * direction + 1));
                return direction < 0 || next == null || !next.is(Sense.NUMBER);
            }
            if (!piece.is(Sense.FILLER) && !piece.is(Sense.PRONOUN)) {
                return false; // a comma parts them: "4.2 kg, up 180 g" is a weight and its change
            }
        }
        return false;
    }

    /** Whether the number was typed with a "." or "," in it. */
    private static boolean typedWithSeparator(Reading reading, int i) {
        String typed = reading.pieces.get(i).text();
        return typed.indexOf('.') >= 0 || typed.indexOf(',') >= 0;
    }

    /** A weight read, in grams not yet rounded, and the unit it was given in. */
    record Weight(double grams, WeightUnit unit) {
    }
}
