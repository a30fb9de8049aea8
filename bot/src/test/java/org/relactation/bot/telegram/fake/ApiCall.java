package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One Bot API call the fake answered, in the order answered.
 *
 * @param method     the method name as the fake knows it ("sendMessage"), or as requested when unknown
 * @param params     the parameters as sent; a file part shows as {file_name, content_type, size}
 * @param httpStatus the HTTP status answered, or 0 when the fake dropped the connection on purpose
 * @param response   the JSON answered ({ok, result} or {ok:false, error_code, description, parameters?}), or
 *                   null for a dropped connection
 * @param injected   whether the answer was a fault a test asked for rather than the fake's own verdict
 */
public record ApiCall(Instant at, String method, JsonNode params, int httpStatus, JsonNode response,
                      boolean injected) {
    /** Whether Telegram answered ok:true. */
    public boolean ok() {
        return response != null && response.path("ok").asBoolean(false);
    }

    /** The error description of an ok:false answer, or null. */
    public String description() {
        return response == null || ok() ? null : response.path("description").asText();
    }

    /** The result of an ok:true answer, or null. */
    public JsonNode result() {
        return ok() ? response.get("result") : null;
    }

    /** A parameter as text (JSON for objects), or null when absent. */
    public String param(String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
