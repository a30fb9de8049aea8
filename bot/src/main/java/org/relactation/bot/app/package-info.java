/**
 * Start-up and shutdown: reads arguments and settings, wires every capability by hand (no framework, no static
 * singletons), picks the transport (Telegram or console) and closes everything in order on SIGTERM.
 *
 * <p>Depends on: every other package (it is the one place that wires them all).
 */
package org.relactation.bot.app;
