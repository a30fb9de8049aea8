/**
 * Guidance knowledge: the topic cards ({@link org.relactation.bot.guidance.GuideCards}), matching a parent's own
 * words to a card with an in-memory Lucene index ({@link org.relactation.bot.guidance.QuestionMatcher}).
 * Everything a parent reads, and every language-specific word list (example questions, synonyms), comes from
 * content/ (guide.yaml); the Java code only knows keys. Warning signs are the safety package's. These building blocks are built once at
 * start-up, immutable and thread-safe afterwards, and depend on {@code content}, {@code text} and Apache Lucene only; the
 * handlers that show cards and warnings in a conversation use them, never the other way round.
 */
package org.relactation.bot.guidance;
