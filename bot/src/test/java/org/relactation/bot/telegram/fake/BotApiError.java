package org.relactation.bot.telegram.fake;

/**
 * An answer with {@code ok:false}, thrown anywhere inside the fake and turned into Telegram's error JSON by
 * {@link ApiServer}. The description is the full text Telegram sends, including its "Bad Request: " prefix.
 */
final class BotApiError extends RuntimeException {
    private final int errorCode;
    private final Integer retryAfter;

    BotApiError(int errorCode, String description, Integer retryAfter) {
        super(description, null, false, false);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    static BotApiError badRequest(String detail) {
        return new BotApiError(400, "Bad Request: " + detail, null);
    }

    static BotApiError forbidden(String detail) {
        return new BotApiError(403, "Forbidden: " + detail, null);
    }

    static BotApiError conflict(String detail) {
        return new BotApiError(409, "Conflict: " + detail, null);
    }

    static BotApiError unauthorized() {
        return new BotApiError(401, "Unauthorized", null);
    }

    static BotApiError notFound() {
        return new BotApiError(404, "Not Found", null);
    }

    int errorCode() {
        return errorCode;
    }

    String description() {
        return getMessage();
    }

    /** Seconds for {@code parameters.retry_after}, or null when the answer has no parameters. */
    Integer retryAfter() {
        return retryAfter;
    }
}
