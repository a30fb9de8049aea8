/**
 * Settings: the defaults in config/application.yaml, an optional file and the environment, overlaid in that order
 * and checked once at start-up, so that a wrong value stops the bot with one line naming it (secrets never shown).
 *
 * <p>Depends on: nothing.
 */
package org.relactation.bot.config;
