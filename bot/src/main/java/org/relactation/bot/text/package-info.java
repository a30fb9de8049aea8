/**
 * Small text helpers more than one capability needs: folding typed words (Words) and typo distance. Depends on
 * nothing else in the bot.
 */
package org.relactation.bot.text;
