/**
 * Start-up and shutdown: reads arguments and settings, wires every capability by hand (no framework, no static
 * singletons), picks the transport (Telegram or console) and closes everything in order on SIGTERM.
 * The only package that depends on all the others.
 */
package org.relactation.bot.app;
