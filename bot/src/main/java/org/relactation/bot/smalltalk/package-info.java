/**
 * Small talk: greetings, thanks, an "ok", emoji and feelings, answered warmly and briefly instead of with "I'm not
 * sure" ({@link org.relactation.bot.smalltalk.SmallTalk}). Words and replies live in content/LANG/smalltalk.yaml.
 * Depends on {@code content}, {@code conversation}, {@code guidance} (the feelings topic's button) and
 * {@code text}.
 */
package org.relactation.bot.smalltalk;
