/**
 * Meeting a parent: /start, the welcome and the one-line reminder that the bot supports and does not replace a
 * clinician. Depends on conversation, content and storage.
 */
package org.relactation.bot.onboarding;
