package org.relactation.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Flood control: a chat past its limit gets one polite note a minute and otherwise only the button answers Telegram
 * needs, before the database is touched.
 */
final class FloodStage implements Stage {
    private final FloodGuard guard;

    /** @param guard the limit per chat, or null for none (the console: a replayed file is not a flood) */
    FloodStage(FloodGuard guard) {
        this.guard = guard;
    }

    @Override
    public void on(Handling handling) {
        Inbound inbound = handling.inbound();
        FloodGuard.Verdict verdict = guard == null ? FloodGuard.Verdict.ALLOW : guard.check(inbound.chatId());
        if (verdict == FloodGuard.Verdict.ALLOW) {
            return;
        }
        List<Action> actions = new ArrayList<>();
        if (inbound.isButton()) {
            actions.add(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null));
        }
        if (verdict == FloodGuard.Verdict.WARN) {
            actions.add(new Action.Reply(inbound.chatId(), handling.inboundTexts().get("fallback.slow_down")));
        }
        handling.answer(actions);
    }
}
