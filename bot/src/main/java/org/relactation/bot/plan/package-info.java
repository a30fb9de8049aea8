/**
 * The parent's personal plan, derived from their onboarding answers: daily target, first steps for their
 * situation, what to expect, how supplements come down. /plan shows it; /next says what to do now, with the
 * next reminder as reminders computes it.
 *
 * <p>Depends on: content, conversation, guidance (the topic to learn next), logbook (the days logged),
 * parent (the parent's answers), reminders (the next reminder).
 */
package org.relactation.bot.plan;
