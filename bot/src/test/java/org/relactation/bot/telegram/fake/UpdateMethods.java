package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** getUpdates and the webhook methods that decide whether getUpdates may be used. */
final class UpdateMethods {
    private final Backend backend;

    UpdateMethods(Backend backend) {
        this.backend = backend;
    }

    void register(MethodTable table) {
        table.add("getUpdates", this::getUpdates)
                .add("setWebhook", this::setWebhook)
                .add("deleteWebhook", this::deleteWebhook)
                .add("getWebhookInfo", this::getWebhookInfo);
    }

    private JsonNode getUpdates(RequestParams params) throws InterruptedException {
        if (backend.webhook() != null) {
            throw BotApiError.conflict("can't use getUpdates method while webhook is active;"
                    + " use deleteWebhook to delete the webhook first");
        }
        long offset = params.longValue("offset").orElse(0);
        int limit = params.intClamped("limit", 100, 1, 100);
        int timeout = params.intClamped("timeout", 0, 0, UpdateQueue.MAX_TIMEOUT_SECONDS);
        List<String> allowed = allowedUpdates(params);
        ArrayNode result = Json.array();
        backend.updates.poll(offset, limit, timeout, allowed).forEach(result::add);
        return result;
    }

    private static List<String> allowedUpdates(RequestParams params) {
        Optional<JsonNode> json = params.json("allowed_updates", "can't parse allowed updates JSON array");
        if (json.isEmpty()) {
            return null;
        }
        if (!json.get().isArray()) {
            throw BotApiError.badRequest("can't parse allowed updates JSON array");
        }
        List<String> types = new ArrayList<>();
        json.get().forEach(type -> types.add(type.asText()));
        return types;
    }

    private JsonNode setWebhook(RequestParams params) {
        String url = params.string("url").orElse("").trim();
        if (!url.isEmpty() && !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw BotApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        if (params.bool("drop_pending_updates")) {
            backend.updates.dropPending();
        }
        backend.webhook(url.isEmpty() ? null : new Webhook(url, params.string("secret_token").orElse(null)));
        return BooleanNode.TRUE;
    }

    private JsonNode deleteWebhook(RequestParams params) {
        if (params.bool("drop_pending_updates")) {
            backend.updates.dropPending();
        }
        backend.webhook(null);
        return BooleanNode.TRUE;
    }

    private JsonNode getWebhookInfo(RequestParams params) {
        Webhook webhook = backend.webhook();
        ObjectNode info = Json.object();
        info.put("url", webhook == null ? "" : webhook.url());
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", backend.updates.pendingCount());
        return info;
    }
}
