package org.relactation.bot.safety;

/** How soon a parent should act on a sign, most urgent first: the order warnings are sent in. */
public enum Urgency {
    /** Emergency services or a crisis line, now. */
    NOW,
    /** A doctor, midwife, health visitor or urgent care, the same day. */
    TODAY,
    /** Their own doctor or health visitor soon, with support lines meanwhile. */
    SOON,
    /** Not a warning sign: a question only the prescriber can answer (a medicine's dose). */
    PRESCRIBER
}
