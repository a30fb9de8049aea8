package org.relactation.bot.logbook;

/** What one log entry records. */
public enum EntryKind {
    /** Milk removal or stimulation: pumping, hand expression, nursing, an at-breast supplementer. */
    SESSION,
    /** Milk given to the baby other than at the breast: formula, donor milk, the parent's own expressed milk. */
    SUPPLEMENT,
    /** Wet and dirty nappies: the everyday sign that the baby gets enough. */
    NAPPIES,
    /** The baby's weight, weighed at home or at a check-up: kept in grams, shown in the unit it was given in. */
    WEIGHT
}
