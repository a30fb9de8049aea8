/**
 * Timed work: Quartz drives it (Scheduling), MongoDB keeps what is due. The parent's reminder plan and when the next
 * reminder comes (ReminderPlanner, a pure function), /reminders to see and change the plan, the job that claims and
 * sends due reminders and morning notes every 20 s (ReminderJob, batch by batch as the outbound queue has room),
 * snooze and skip, /pause /resume /stop.
 *
 * <p>Depends on: content, conversation, encouragement (the morning note's words), logbook (the days logged,
 * the quick-log buttons), parent (the parent's record), storage (what is due), text (typed times).
 */
package org.relactation.bot.reminders;
