/**
 * Small talk: greetings, thanks, an "ok", emoji and feelings, answered warmly and briefly instead of with "I'm not
 * sure" ({@link org.relactation.bot.smalltalk.SmallTalk}). Words and replies live in content/LANG/smalltalk.yaml.
 *
 * <p>Depends on: content, conversation, guidance (the feelings topic's button), parent (the parent's record),
 * text.
 */
package org.relactation.bot.smalltalk;
