/**
 * Guidance knowledge: the topic cards ({@link org.relactation.bot.guidance.GuideCards}), matching a parent's own
 * words to a card with an in-memory Lucene index ({@link org.relactation.bot.guidance.QuestionMatcher}), and
 * spotting red flags in any message ({@link org.relactation.bot.guidance.RedFlagDetector}). Everything a parent
 * reads, and every language-specific word list (example questions, synonyms, triggers, negations), comes from
 * content/ (guide.yaml and safety.yaml); the Java code only knows keys. These building blocks are built once at
 * start-up, immutable and thread-safe afterwards, and depend on {@code content} and Apache Lucene only; the
 * handlers that show cards and warnings in a conversation use them, never the other way round.
 */
package org.relactation.bot.guidance;
