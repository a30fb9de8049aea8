package org.relactation.bot.conversation;

/**
 * One step of the {@link Pipeline}, with one job: it learns something of the update and passes it on, or answers it
 * ({@link Handling#answer}), which ends the way.
 */
interface Stage {
    void on(Handling handling);
}
