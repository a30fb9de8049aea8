/**
 * Meeting a parent: /start, the welcome and the one-line reminder that the bot supports and does not replace a
 * clinician; the onboarding questions, tapped or typed (the situation, the baby, the goal, the time zone, waking
 * hours), ending with the parent's plan; /settings to change one answer and /timezone.
 *
 * <p>Depends on: account (the time zone resolver), content, conversation, parent (the answers kept),
 * plan (the plan shown at the end), text.
 */
package org.relactation.bot.onboarding;
