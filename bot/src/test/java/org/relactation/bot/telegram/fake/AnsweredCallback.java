package org.relactation.bot.telegram.fake;

/**
 * A callback query the bot answered.
 *
 * @param callbackQueryId the query's id
 * @param userId          who pressed
 * @param chatId          the chat of the message pressed on
 * @param messageId       the message pressed on
 * @param data            the button's callback data
 * @param text            the notification text, or null
 * @param showAlert       whether the text shows as an alert
 * @param url             the url answered, or null
 * @param cacheTime       the cache_time answered, or null
 */
public record AnsweredCallback(String callbackQueryId, long userId, long chatId, int messageId, String data,
                               String text, boolean showAlert, String url, Integer cacheTime) {
}
