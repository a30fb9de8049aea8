package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.OptionalLong;

/** The message a send replies to: {@code reply_parameters}, or the older {@code reply_to_message_id}. */
record ReplyTarget(Integer messageId, boolean allowWithoutReply) {
    static ReplyTarget of(RequestParams params) {
        var parameters = params.json("reply_parameters", "can't parse ReplyParameters JSON object");
        if (parameters.isPresent()) {
            JsonNode json = parameters.get();
            if (!json.path("message_id").canConvertToInt()) {
                throw BotApiError.badRequest("can't find field \"message_id\"");
            }
            return new ReplyTarget(json.get("message_id").asInt(),
                    json.path("allow_sending_without_reply").asBoolean(false));
        }
        OptionalLong id = params.longValue("reply_to_message_id");
        return new ReplyTarget(id.isPresent() ? (int) id.getAsLong() : null,
                params.bool("allow_sending_without_reply"));
    }
}
