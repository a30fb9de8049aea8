package org.relactation.bot.conversation;

import org.relactation.bot.storage.OutageRetry;

import java.util.List;

/**
 * The stages that use the database, run as one and tried again from the start while the database is unreachable
 * (the chat's next update waits), until the outage budget is spent; a log is stored once per update id, so a retry
 * after a lost answer finds it. Then the answer is kept, the update recorded as handled and its writes made durable
 * before any reply goes out; a failure of that step alone is retried by itself, without handling the update again.
 */
final class OutageStage implements Stage {
    private final OutageRetry retry;
    private final List<Stage> stages;

    OutageStage(OutageRetry retry, List<Stage> stages) {
        this.retry = retry;
        this.stages = List.copyOf(stages);
    }

    @Override
    public void on(Handling handling) {
        OutageRetry.Attempts attempts = retry.start();
        attempts.run(() -> {
            handling.startOver();
            Pipeline.run(stages, handling);
        });
        attempts.run(handling::beforeReplies);
    }
}
