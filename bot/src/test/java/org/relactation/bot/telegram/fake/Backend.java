package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;

/** Everything the fake Telegram knows, shared by the API methods and the test-facing {@link FakeTelegram}. */
final class Backend {
    final String token;
    final ObjectNode botUser;
    final ChatStore chats;
    final FileStore files = new FileStore();
    final UpdateQueue updates = new UpdateQueue();
    final FaultInjector faults = new FaultInjector();
    final CommandRegistry commands = new CommandRegistry();
    final CallbackRegistry callbacks = new CallbackRegistry();
    final CallLog log = new CallLog();
    private final Clock clock;
    private volatile Webhook webhook;
    private volatile boolean strictHtmlAmpersands;

    Backend(String token, Clock clock) {
        this.token = token;
        this.clock = clock;
        this.botUser = botUser(token);
        this.chats = new ChatStore(botUser);
    }

    /** The bot's User: Telegram's bot id is the number before the token's colon. */
    private static ObjectNode botUser(String token) {
        ObjectNode user = Json.object();
        long id;
        try {
            id = Long.parseLong(token.substring(0, Math.max(0, token.indexOf(':'))));
        } catch (NumberFormatException e) {
            id = 7_000_000_001L;
        }
        user.put("id", id);
        user.put("is_bot", true);
        user.put("first_name", "Relactation Bot");
        user.put("username", "relactation_test_bot");
        return user;
    }

    /** Message dates: epoch seconds. */
    long now() {
        return clock.instant().getEpochSecond();
    }

    /** Telegram refuses every send and edit to a private chat whose user blocked the bot. */
    void requireNotBlocked(long chatId) {
        if (faults.isBlocked(chatId) && chats.isPrivate(chatId)) {
            throw BotApiError.forbidden("bot was blocked by the user");
        }
    }

    Webhook webhook() {
        return webhook;
    }

    void webhook(Webhook webhook) {
        this.webhook = webhook;
    }

    boolean strictHtmlAmpersands() {
        return strictHtmlAmpersands;
    }

    void strictHtmlAmpersands(boolean strict) {
        this.strictHtmlAmpersands = strict;
    }
}
