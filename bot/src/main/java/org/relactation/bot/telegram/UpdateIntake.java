package org.relactation.bot.telegram;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.ChatLanes;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.operations.Metrics;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What happens to updates from Telegram, however they arrive (long polling or webhook): translated, handled by
 * the core (different chats in parallel, one chat in order), made durable, then answered through the outbox.
 */
final class UpdateIntake {
    private final UpdateTranslator translator;
    private final Router router;
    private final ChatLanes lanes;
    private final Runnable beforeReplies;
    private final Outbox outbox;
    private final Metrics metrics;

    /**
     * @param beforeReplies run after an update is handled and before its replies go out: makes its writes
     *                      durable, so that a reply saying "saved" is never sent for a write a crash could lose
     */
    UpdateIntake(Clock clock, Router router, ChatLanes lanes, Runnable beforeReplies, Outbox outbox,
                 Metrics metrics) {
        this.translator = new UpdateTranslator(clock);
        this.router = router;
        this.lanes = lanes;
        this.beforeReplies = beforeReplies;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /** Handles a batch of updates; returns when every one of them is handled and its replies are sent. */
    void accept(List<Update> updates) {
        long arrived = System.nanoTime();
        List<Inbound> inbounds = updates.stream().map(translator::translate).flatMap(Optional::stream).toList();
        lanes.run(inbounds, inbound -> {
            List<Action> actions = router.handle(inbound);
            beforeReplies.run();
            outbox.send(actions);
            metrics.updateHandled(Duration.ofNanos(System.nanoTime() - arrived));
        });
    }
}
