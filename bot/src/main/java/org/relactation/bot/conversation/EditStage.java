package org.relactation.bot.conversation;

import java.util.List;

/** Edits: an edited message was read for warning signs only; what was stored of it stays as it was. */
final class EditStage implements Stage {
    @Override
    public void on(Handling handling) {
        if (handling.inbound().edited()) {
            handling.answer(List.of());
        }
    }
}
