/**
 * Guidance knowledge: the topic cards ({@link org.relactation.bot.guidance.GuideCards}), matching a parent's own
 * words to a card with an in-memory Lucene index ({@link org.relactation.bot.guidance.QuestionMatcher}), and the
 * /guide command and free-text questions that show them. Everything a parent reads, and every language-specific
 * word list (example questions, synonyms), comes from content/ (guide.yaml); the Java code only knows keys.
 * Warning signs are the safety package's. The index and cards are built once at start-up, immutable and
 * thread-safe afterwards. A topic with answers by country answers for the country the question names (the safety
 * net's place words in content/) or the parent's own. Uses Apache Lucene.
 *
 * <p>Depends on: account (the country of a time zone), content, conversation, parent (the parent's record),
 * text.
 */
package org.relactation.bot.guidance;
