package org.relactation.bot.telegram.fake;

/** The webhook a bot set: its url and the secret_token Telegram would send along (or null). */
public record Webhook(String url, String secretToken) {
}
