package org.relactation.bot.conversation;

import org.relactation.bot.storage.DatabaseFault;
import org.relactation.bot.parent.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Duplicates: Telegram delivers again what it did not see confirmed (after a crash, say), so an update handled
 * before is not handled again: a press is only acknowledged, a text answered again only by a handler for which a
 * second time changes nothing (a confirmation lost in the crash still comes). An update handled now is recorded as
 * handled once it is. With {@link Claims}, instances sharing the database claim each update first, and one another
 * instance holds is left to it.
 */
final class DuplicateStage implements Stage {
    private static final Logger LOG = LoggerFactory.getLogger(DuplicateStage.class);

    private final UserStore users;
    private final Handlers handlers;
    private final Claims claims;

    /** Claims on updates, for instances that share the database and may be posted the same update at once. */
    record Claims(String claimant, Duration lease, Clock clock) {
    }

    /** Thrown out of the handling of an update another instance holds: nothing is answered here. */
    static final class HeldElsewhere extends RuntimeException {
        HeldElsewhere() {
            super(null, null, false, false);
        }
    }

    /** @param claims null when this instance alone handles the updates it is given */
    DuplicateStage(UserStore users, Handlers handlers, Claims claims) {
        this.users = users;
        this.handlers = handlers;
        this.claims = claims;
    }

    @Override
    public void on(Handling handling) {
        Turn turn = handling.turn();
        Inbound inbound = turn.inbound();
        if (turn.user().alreadyHandled(inbound.updateId())) {
            handling.answer(again(turn));
            return;
        }
        if (claims != null) {
            switch (users.claimUpdate(inbound.userId(), inbound.updateId(), claims.claimant(),
                    claims.clock().instant(), claims.lease())) {
                case HANDLED -> {
                    handling.answer(again(turn));
                    return;
                }
                case HELD_ELSEWHERE -> throw new HeldElsewhere();
                case TAKEN -> {
                }
            }
        }
        handling.afterHandled(() -> markHandled(inbound));
    }

    private void markHandled(Inbound inbound) {
        try {
            users.markHandled(inbound.userId(), inbound.updateId(), claims != null);
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            // The handler's writes are acknowledged: saying "not saved" now would be untrue. Without the mark
            // a redelivery runs the handler again, as after a crash at this point; a log is still stored once.
            LOG.warn("Update {} handled but not marked so: {}", inbound.updateId(), e.getClass().getName());
        }
    }

    private List<Action> again(Turn turn) {
        Inbound inbound = turn.inbound();
        if (inbound.isButton()) {
            return List.of(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null));
        }
        if (!inbound.isText() || inbound.command() != null) {
            return List.of();
        }
        for (TextHandler handler : handlers.textHandlers()) {
            if (handler.answersRedelivery()) {
                Optional<List<Action>> again = handler.handle(turn);
                if (again.isPresent()) {
                    return again.get();
                }
            }
        }
        return List.of();
    }
}
