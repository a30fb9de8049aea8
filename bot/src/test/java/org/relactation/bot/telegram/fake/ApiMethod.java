package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

/** One Bot API method: reads its parameters and returns its result, or throws {@link BotApiError}. */
@FunctionalInterface
interface ApiMethod {
    JsonNode call(RequestParams params) throws InterruptedException;
}
