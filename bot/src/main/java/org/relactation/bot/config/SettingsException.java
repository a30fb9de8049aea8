package org.relactation.bot.config;

/** A setting is missing or malformed; the message is one line that names it, fit to show an operator. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message, null, false, false);
    }
}
