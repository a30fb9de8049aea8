package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the parameters of a Bot API request the four ways Telegram accepts them: the query string, a JSON body,
 * an urlencoded form and multipart/form-data. Body values win over query values of the same name.
 */
final class RequestParser {
    private RequestParser() {
    }

    static RequestParams parse(HttpExchange exchange) throws IOException {
        ObjectNode values = Json.object();
        Map<String, UploadedFile> files = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            putForm(values, query);
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (body.length == 0 || contentType == null) {
            return new RequestParams(values, files);
        }
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        switch (mediaType) {
            case "application/json" -> putJson(values, body);
            case "application/x-www-form-urlencoded" -> putForm(values, new String(body, StandardCharsets.UTF_8));
            case "multipart/form-data" -> putMultipart(values, files, body, contentType);
            default -> {
                // Telegram ignores bodies it does not understand; so does the fake.
            }
        }
        return new RequestParams(values, files);
    }

    private static void putJson(ObjectNode values, byte[] body) {
        JsonNode json = Json.parseOrNull(new String(body, StandardCharsets.UTF_8));
        if (json == null || !json.isObject()) {
            throw BotApiError.badRequest("can't parse JSON object");
        }
        values.setAll((ObjectNode) json);
    }

    private static void putForm(ObjectNode values, String form) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
    }

    private static void putMultipart(ObjectNode values, Map<String, UploadedFile> files, byte[] body,
                                     String contentType) {
        String boundary = MultipartParser.boundary(contentType);
        if (boundary == null) {
            throw BotApiError.badRequest("can't parse multipart/form-data body");
        }
        for (MultipartParser.Part part : MultipartParser.parse(body, boundary)) {
            if (part.fileName() != null) {
                String type = part.contentType() == null ? "application/octet-stream" : part.contentType();
                files.put(part.name(), new UploadedFile(part.name(), part.fileName(), type, part.content()));
            } else {
                values.put(part.name(), new String(part.content(), StandardCharsets.UTF_8));
            }
        }
    }
}
