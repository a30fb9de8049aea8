package org.relactation.bot.logbook;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One local day of a parent's log.
 *
 * @param sessions     sessions of any method
 * @param target       the parent's daily target
 * @param minutes      total session minutes (where given)
 * @param mlExpressed  total ml expressed in sessions (where given)
 * @param longestGap   the longest stretch between sessions that day (counting from the last session before
 *                     the day, and up to now if the day is today), or null with no session at all
 * @param nightSession whether a session fell outside the parent's waking hours
 * @param supplementMl total ml of supplement given
 * @param wet          wet nappies
 * @param dirty        dirty nappies
 */
public record DaySummary(LocalDate day, int sessions, int target, int minutes, int mlExpressed, Duration longestGap,
                         boolean nightSession, int supplementMl, int wet, int dirty) {

    public boolean metTarget() {
        return sessions >= target;
    }

    public boolean empty() {
        return sessions == 0 && supplementMl == 0 && wet == 0 && dirty == 0;
    }
}
