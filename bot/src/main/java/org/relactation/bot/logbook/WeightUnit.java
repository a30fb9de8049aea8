package org.relactation.bot.logbook;

/**
 * The unit a parent gave a weight in, so that it is shown back the way she reads scales: "4.2 kg", "3,900 g",
 * "12 lb 4 oz". The weight itself is kept in grams.
 */
public enum WeightUnit {
    KG,
    G,
    /** Pounds and ounces. */
    LB;

    static final double GRAMS_PER_POUND = 453.59237;
    static final double GRAMS_PER_OUNCE = GRAMS_PER_POUND / 16;
}
