/**
 * The safety net: the first stage of every inbound message ({@link org.relactation.bot.safety.SafetyNet}, a
 * {@link org.relactation.bot.conversation.Safeguard}). It finds warning signs in any text, caption or edit, in
 * every language ({@link org.relactation.bot.safety.RedFlagDetector}), and answers each first, in the language of
 * the message, with what to do, how soon and the numbers of the parent's country. The words are in
 * content/LANG/safety.yaml, the signs in content/safety-signs.yaml and the warnings in content/LANG/warnings.yaml.
 * Uses Jackson and ICU4J.
 *
 * <p>Depends on: account (the country of a time zone), content, conversation (Inbound, Action, Safeguard), parent
 * (reading the parent's record, never writing), text.
 */
package org.relactation.bot.safety;
