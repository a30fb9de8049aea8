package org.relactation.bot.conversation;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.storage.OutageRetry;
import org.relactation.bot.storage.UserProfile;
import org.relactation.bot.storage.UserStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Everything that happens to a message, in order: read the constructor to know what the bot does with whatever a
 * parent sends, from Telegram or the console alike. Each stage has one job; it passes the update on or answers it,
 * which ends the way (as Javalin's before-handlers may skip the rest), and the reply stage then says what goes out.
 * A stage that throws ends the way too, and the reply stage answers for it.
 */
final class Pipeline {
    private final List<Stage> stages;
    private final ReplyStage reply = new ReplyStage();
    private final ContentCatalog content;
    private final String defaultLanguage;

    /**
     * @param floodGuard the limit per chat, or null for none
     * @param claims     claims on updates shared with other instances, or null
     * @param returned   told when a parent who had blocked the bot writes again
     */
    Pipeline(ContentCatalog content, String defaultLanguage, UserStore users, Handlers handlers, Safeguard safeguard,
             FloodGuard floodGuard, OutageRetry outageRetry, ButtonCheck buttonCheck,
             List<BiConsumer<UserProfile, Instant>> returned, Function<String, Optional<String>> messageLanguage,
             DuplicateStage.Claims claims) {
        this.content = content;
        this.defaultLanguage = defaultLanguage;
        this.stages = List.of(
                new SafetyStage(safeguard),               // safety: warning signs first, whatever happens next
                new FloodStage(floodGuard),               // flood: a chat past its limit, a polite note a minute
                new EditStage(),                          // an edit: read for warning signs only
                new OutageStage(outageRetry, List.of(     // with the database, retried through an outage:
                        new ButtonCheckStage(buttonCheck),                      // forged or stale presses
                        new GroupStage(),                                       // groups: to a private chat
                        new ParentStage(content, users, returned, messageLanguage), // parent: record, language
                        new DuplicateStage(users, handlers, claims),            // duplicate: handled once
                        new InterpretStage(handlers),                           // interpret: what it is
                        new HandleStage(handlers, users))));                    // handle: its handler answers
        // then durable writes (in the outage stage), then the reply: warnings first, then the answer
    }

    /** Takes the update through the stages, then makes the reply; {@code beforeReplies} runs when the writes are. */
    Router.Handled handle(Inbound inbound, Runnable beforeReplies) {
        Handling handling = new Handling(inbound, content, defaultLanguage, beforeReplies);
        try {
            run(stages, handling);
        } catch (RuntimeException e) {
            handling.failed(e);
        }
        return reply.reply(handling);
    }

    /** Runs {@code stages} in order until one answers. */
    static void run(List<Stage> stages, Handling handling) {
        for (Stage stage : stages) {
            if (handling.answered()) {
                return;
            }
            stage.on(handling);
        }
    }
}
