/**
 * Timed work: Quartz drives it, MongoDB keeps what is due. For now this package starts and stops the scheduler
 * with the application; reminders and encouragement jobs plug in here. Depends on config.
 */
package org.relactation.bot.reminders;
