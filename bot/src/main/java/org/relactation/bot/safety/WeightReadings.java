package org.relactation.bot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the weights in a message say: "weigh-in 3.9kg, last week 4.1kg", "9lb 2oz, was 9lb 8oz", "pesa 3,2 y
 * nació con 3,5", "pesaje: 3.600, la semana pasada 3.750", "control de peso: -150 g". A reading is a number with a
 * unit of mass (safety.words.unit_kg, unit_g, unit_lb, unit_oz), or a bare number right after a word for weight
 * (a decimal is kilograms, a four-digit number grams). A reading just after a word for an earlier time
 * (safety.words.earlier: "last week", "was", "birth weight", "nació con") is an earlier weight. A current weight
 * below an earlier one is a loss (weight_drop), the same one is weight_flat, and a negative change in grams is a
 * loss too.
 */
final class WeightReadings {
    static final String DROP = "weight_drop";
    static final String FLAT = "weight_flat";
    static final String EARLIER = "earlier";
    static final String WEIGHT_WORD = "weight_word";
    private static final Map<String, Double> GRAMS = Map.of("unit_kg", 1000.0, "unit_g", 1.0, "unit_lb", 453.592,
            "unit_oz", 28.3495);
    /** How far before a reading a word for weight or for an earlier time may stand. */
    private static final int REACH = 4;

    private record Reading(int first, int last, double grams, boolean earlier) {
    }

    private WeightReadings() {
    }

    /** The weight_drop and weight_flat occurrences of a message, and the numbers they used. */
    static List<Occurrence> read(List<Token> tokens, List<Occurrence> found, Set<Integer> used) {
        List<Reading> readings = new ArrayList<>();
        List<Occurrence> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isNumber() || used.contains(i)) {
                continue;
            }
            Reading reading = reading(tokens, found, i);
            if (reading == null) {
                continue;
            }
            for (int j = reading.first(); j <= reading.last(); j++) {
                used.add(j);
            }
            if (reading.grams() < 0) {
                result.add(new Occurrence(DROP, reading.first(), reading.last(), null));
            } else {
                readings.add(reading);
            }
            i = reading.last();
        }
        for (Reading now : readings) {
            for (Reading before : readings) {
                if (!now.earlier() && before.earlier()) {
                    if (now.grams() < before.grams() - 1) {
                        result.add(new Occurrence(DROP, now.first(), now.last(), null));
                    } else if (Math.abs(now.grams() - before.grams()) <= 1) {
                        result.add(new Occurrence(FLAT, now.first(), now.last(), null));
                    }
                }
            }
        }
        return result;
    }

    private static Reading reading(List<Token> tokens, List<Occurrence> found, int i) {
        Token number = tokens.get(i);
        Double factor = unitAt(found, i + 1);
        int last = i + 1;
        double grams;
        if (factor != null) {
            grams = number.number() * factor;
            // "9lb 2oz": ounces after pounds.
            if (factor.equals(GRAMS.get("unit_lb")) && i + 2 < tokens.size() && tokens.get(i + 2).isNumber()
                    && GRAMS.get("unit_oz").equals(unitAt(found, i + 3))) {
                grams += tokens.get(i + 2).number() * GRAMS.get("unit_oz");
                last = i + 3;
            }
        } else if (near(found, WEIGHT_WORD, tokens, i) || near(found, EARLIER, tokens, i)) {
            String text = number.text();
            if (text.matches("-?\\d[.,]\\d{1,3}") && Math.abs(number.number()) >= 1.5) {
                grams = number.number() * 1000; // "3,9" kg, or "3.600" written with a thousands point: grams
            } else if (text.matches("\\d{4}") && number.number() >= 1500) {
                grams = number.number(); // "3600" g
            } else {
                return null;
            }
            last = i;
        } else {
            return null;
        }
        return new Reading(i, last, grams, near(found, EARLIER, tokens, i));
    }

    private static Double unitAt(List<Occurrence> found, int token) {
        for (Occurrence occurrence : found) {
            if (occurrence.first() == token && GRAMS.containsKey(occurrence.concept())) {
                return GRAMS.get(occurrence.concept());
            }
        }
        return null;
    }

    /** A concept ending at most {@link #REACH} tokens before token {@code i}, in its sentence. */
    private static boolean near(List<Occurrence> found, String concept, List<Token> tokens, int i) {
        for (Occurrence occurrence : found) {
            if (occurrence.concept().equals(concept) && occurrence.last() < i && i - occurrence.last() <= REACH
                    && tokens.get(occurrence.last()).sentence() == tokens.get(i).sentence()) {
                return true;
            }
        }
        return false;
    }
}
