package org.relactation.bot.conversation;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.storage.OutageRetry;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Everything that happens to a message, in order: read the constructor to know what the bot does with whatever a
 * parent sends, from Telegram or the console alike. Each stage has one job; it passes the update on or answers it,
 * which ends the way (as Javalin's before-handlers may skip the rest), and the reply stage then says what goes out.
 * A stage that throws ends the way too, and the reply stage answers for it.
 */
final class Pipeline {
    private final List<Stage> stages;
    private final ReplyStage reply;
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
                // 1. Safety: warning signs are looked for first, in every message, caption and edit; the warnings
                //    go out whatever happens next.
                new SafetyStage(safeguard),
                // 2. Flood: a chat past its limit gets one polite note a minute, before the database is touched.
                new FloodStage(floodGuard),
                //    An edit was read for warning signs only: what was stored of it stays as it was.
                new EditStage(),
                //    What uses the database, tried again from here while the database is unreachable; then the
                //    update's writes are made durable (beforeReplies), before any reply goes out.
                new OutageStage(outageRetry, List.of(
                        //    A forged, replayed or foreign button press changes nothing.
                        new ButtonCheckStage(buttonCheck),
                        //    In a group: a pointer to a private chat, nothing stored.
                        new GroupStage(),
                        // 3. Parent: their record found or created, the visit recorded, a return after blocking
                        //    told, the language they write in followed.
                        new ParentStage(content, users, returned, messageLanguage),
                        // 4. Duplicate: an update handled before is not handled again; one handled now is marked.
                        new DuplicateStage(users, handlers, claims),
                        // 5. Interpret: what it is (a press, a first message before setup, not text, text) and so
                        //    which handler answers; the interpreter cuts text into its parts.
                        new InterpretStage(handlers),
                        // 6. Handle: that handler answers (a command, the open question, each part in order).
                        new HandleStage(handlers, users))));
        // 7. Reply: the warnings first, then the answer, or "not saved" / "something went wrong" when a stage failed.
        this.reply = new ReplyStage();
    }

    /**
     * Takes the update through the stages, then makes the reply; {@code keep} is given the reply and then
     * {@code beforeReplies} runs when the writes are done, so that what {@code keep} writes (the outbox) is made
     * durable with them.
     */
    Router.Handled handle(Inbound inbound, Consumer<Router.Handled> keep, Router.Durable beforeReplies) {
        Handling handling = new Handling(inbound, content, defaultLanguage, keep, beforeReplies);
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
