package org.relactation.bot.logging;

import java.util.regex.Pattern;

/**
 * Masks secrets in anything about to be written to a log: bot tokens (also inside Bot API URLs) and
 * passwords in MongoDB connection strings. A library may put either into an exception message; this is the
 * last line of defence, applied by the log layout to every message and stack trace.
 */
public final class Redaction {
    private static final Pattern BOT_TOKEN = Pattern.compile("\\d{3,20}:[A-Za-z0-9_-]{20,}");
    private static final Pattern URI_PASSWORD = Pattern.compile("(mongodb(?:\\+srv)?://[^:/@\\s]+):[^@\\s]+@");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = BOT_TOKEN.matcher(text).replaceAll("<bot-token>");
        return URI_PASSWORD.matcher(masked).replaceAll("$1:<password>@");
    }
}
