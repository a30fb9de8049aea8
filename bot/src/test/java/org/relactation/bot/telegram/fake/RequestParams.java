package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The parameters of one Bot API call, whatever way they came (JSON body, form, query string or multipart).
 *
 * <p>Like the real Bot API server, the fake treats every value as text first: an object parameter such as
 * {@code reply_markup} may come as a JSON object (JSON body) or as a JSON-encoded string (form and multipart
 * fields), and both read the same through {@link #json}. A JSON {@code null} counts as absent.
 */
final class RequestParams {
    private final ObjectNode values;
    private final Map<String, UploadedFile> files;

    RequestParams(ObjectNode values, Map<String, UploadedFile> files) {
        this.values = values;
        this.files = Map.copyOf(files);
    }

    boolean has(String name) {
        JsonNode value = values.get(name);
        return value != null && !value.isNull();
    }

    /** The parameter as text: strings as they are, numbers and booleans printed, objects as JSON. */
    Optional<String> string(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = values.get(name);
        return Optional.of(value.isValueNode() ? value.asText() : value.toString());
    }

    /** An integer parameter; absent or not a number reads as empty, as the Bot API treats it as not given. */
    OptionalLong longValue(String name) {
        Optional<String> text = string(name);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** An integer parameter clamped into [min, max], with a default when absent, as the Bot API reads limits. */
    int intClamped(String name, int defaultValue, int min, int max) {
        OptionalLong value = longValue(name);
        long chosen = value.isPresent() ? value.getAsLong() : defaultValue;
        return (int) Math.max(min, Math.min(max, chosen));
    }

    boolean bool(String name) {
        return string(name).map(text -> text.equalsIgnoreCase("true") || text.equals("1")).orElse(false);
    }

    /**
     * An object or array parameter; a string value is parsed as JSON.
     *
     * @param unparsable the description (without "Bad Request: ") when the text is not JSON
     */
    Optional<JsonNode> json(String name, String unparsable) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = values.get(name);
        if (value.isContainerNode()) {
            return Optional.of(value);
        }
        JsonNode parsed = Json.parseOrNull(value.asText());
        if (parsed == null || !parsed.isContainerNode()) {
            throw BotApiError.badRequest(unparsable);
        }
        return Optional.of(parsed);
    }

    Optional<UploadedFile> file(String partName) {
        return Optional.ofNullable(files.get(partName));
    }

    /** The parameters for the call log: values as sent, each file part as its name, type and size. */
    ObjectNode toLogJson() {
        ObjectNode log = values.deepCopy();
        files.forEach((name, file) -> {
            ObjectNode described = log.putObject(name);
            described.put("file_name", file.fileName());
            described.put("content_type", file.contentType());
            described.put("size", file.size());
        });
        return log;
    }
}
