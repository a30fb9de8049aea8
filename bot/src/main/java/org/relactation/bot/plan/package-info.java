/**
 * The parent's personal plan, derived from their onboarding answers: daily target, first steps for their
 * situation, what to expect, how supplements come down. /plan shows it. Depends on conversation, content and
 * storage.
 */
package org.relactation.bot.plan;
