/**
 * Timed work: Quartz drives it, MongoDB keeps what is due. The parent's reminder plan and when the next reminder
 * comes (ReminderPlanner, a pure function), /reminders to see and change the plan, claiming and sending due
 * reminders and morning notes, snooze and skip, /pause /resume /stop. Depends on config, content, conversation,
 * logbook and storage.
 */
package org.relactation.bot.reminders;
