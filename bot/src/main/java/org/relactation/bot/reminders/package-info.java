/**
 * Timed work: Quartz drives it, MongoDB keeps what is due. The parent's reminder plan and when the next reminder
 * comes (ReminderPlanner, a pure function), /reminders to see and change the plan, claiming and sending due
 * reminders and morning notes, snooze and skip, /pause /resume /stop.
 *
 * <p>Depends on: content, conversation, encouragement (the morning note's words), logbook (the days logged,
 * the quick-log buttons), parent (the parent's record), storage (what is due), text (typed times).
 */
package org.relactation.bot.reminders;
