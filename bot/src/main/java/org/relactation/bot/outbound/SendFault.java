package org.relactation.bot.outbound;

import java.time.Duration;

/** Why a send failed, as far as retrying is concerned. Carries no message text. */
public final class SendFault extends RuntimeException {

    public enum Kind {
        /** Too many requests: wait {@link #retryAfter()}, then send again. */
        RATE_LIMITED,
        /** A server error, a timeout or a dropped connection: try again after a pause. */
        TRANSIENT,
        /** The parent blocked the bot or left the chat: sending more is pointless until they write again. */
        BLOCKED,
        /** The request itself is wrong (a bug): retrying cannot help. */
        REJECTED
    }

    private final Kind kind;
    private final Duration retryAfter;

    public SendFault(Kind kind, Duration retryAfter, String description) {
        super(description, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
