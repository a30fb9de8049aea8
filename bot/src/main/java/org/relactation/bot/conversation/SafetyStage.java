package org.relactation.bot.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safety: warning signs are looked for first, in every message, caption and edit, before flood control and the
 * database; the warnings go out whatever happens to the rest of the update. A failing check costs the warning, not
 * the update.
 */
final class SafetyStage implements Stage {
    private static final Logger LOG = LoggerFactory.getLogger(SafetyStage.class);

    private final Safeguard safeguard;

    SafetyStage(Safeguard safeguard) {
        this.safeguard = safeguard;
    }

    @Override
    public void on(Handling handling) {
        try {
            handling.verdict(safeguard.check(handling.inbound()));
        } catch (RuntimeException e) {
            LOG.error("Safety check of update {} failed: {}", handling.inbound().updateId(), e.getClass().getName(),
                    e);
        }
    }
}
