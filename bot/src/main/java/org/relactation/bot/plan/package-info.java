/**
 * The parent's personal plan, derived from their onboarding answers: daily target, first steps for their
 * situation, what to expect, how supplements come down. /plan shows it; /next says what to do now, with the
 * next reminder as reminders computes it. Depends on conversation, content, guidance, logbook, reminders and
 * storage.
 */
package org.relactation.bot.plan;
