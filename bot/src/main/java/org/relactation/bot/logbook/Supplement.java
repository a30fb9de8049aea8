package org.relactation.bot.logbook;

/** What a supplement was. */
public enum Supplement {
    FORMULA,
    DONOR,
    /** The parent's own expressed milk, given by bottle, cup or syringe. */
    EXPRESSED,
    /** Given, but the parent did not say what ("biberón de 50 ml"). */
    OTHER
}
