package org.relactation.bot.logbook;

/** How a session was done. */
public enum Method {
    PUMP,
    DOUBLE_PUMP,
    HAND,
    NURSE,
    SUPPLEMENTER,
    /** "done": the parent's own default method, resolved from their profile when the entry is stored. */
    DEFAULT;

    /** Whether milk is got out this way (by pump or by hand), not taken from the breast by the baby. */
    boolean expresses() {
        return this == PUMP || this == DOUBLE_PUMP || this == HAND;
    }
}
