package org.relactation.bot.logbook;

/** Which breast a session used. */
public enum Side {
    LEFT,
    RIGHT,
    BOTH
}
