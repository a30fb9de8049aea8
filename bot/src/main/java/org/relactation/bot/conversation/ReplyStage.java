package org.relactation.bot.conversation;

import org.relactation.bot.storage.DatabaseFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Reply: what goes out, the safety stage's warnings first and then the answer. When a stage failed, the answer is
 * "not saved, please send it again" for a database that stayed unreachable, a kind "something went wrong" for
 * anything else (logged by update id and class name only: the text is health data); an update another instance
 * holds gets nothing here, not even its warnings (the other instance sends them).
 */
final class ReplyStage {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyStage.class);

    Router.Handled reply(Handling handling) {
        RuntimeException failure = handling.failure();
        if (failure instanceof DuplicateStage.HeldElsewhere) {
            return new Router.Handled(List.of(), List.of(), true, false);
        }
        List<Action> warnings = handling.verdict().warnings();
        return new Router.Handled(warnings, failure == null ? handling.answer() : failed(handling, failure));
    }

    private static List<Action> failed(Handling handling, RuntimeException e) {
        Inbound inbound = handling.inbound();
        boolean outage = DatabaseFault.isFault(e);
        if (outage) {
            LOG.warn("Update {} not saved, the database stayed unreachable: {}", inbound.updateId(),
                    e.getClass().getName());
        } else {
            LOG.error("Handling update {} failed: {}", inbound.updateId(), e.getClass().getName(), e);
        }
        List<Action> actions = new ArrayList<>();
        if (inbound.isButton()) {
            actions.add(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null));
        }
        actions.add(new Action.Reply(inbound.chatId(),
                handling.inboundTexts().get(outage ? "error.not_saved" : "error.generic")));
        return actions;
    }
}
