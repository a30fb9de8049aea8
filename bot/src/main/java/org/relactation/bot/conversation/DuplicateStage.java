package org.relactation.bot.conversation;

import org.relactation.bot.parent.UserStore;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Duplicates: Telegram delivers again what it did not see confirmed (after a crash, say), so an update handled
 * before is not handled again: a press is only acknowledged, a text answered again only by a handler for which a
 * second time changes nothing (a confirmation lost in the crash still comes). An update handled now is recorded as
 * handled once it is and its answer kept, in the same write as the visit ({@link UserStore#markHandled}). With
 * {@link Claims}, instances sharing the database claim each update first, and one another instance holds is left
 * to it.
 */
final class DuplicateStage implements Stage {
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
            handling.again();
            handling.answer(again(turn));
            return;
        }
        if (claims != null) {
            switch (users.claimUpdate(inbound.userId(), inbound.updateId(), claims.claimant(),
                    claims.clock().instant(), claims.lease())) {
                case HANDLED -> {
                    handling.again();
                    handling.answer(again(turn));
                    return;
                }
                case HELD_ELSEWHERE -> throw new HeldElsewhere();
                case TAKEN -> {
                }
            }
        }
        // After the answer is kept (the outbox), in the step retried through an outage with the commit: a
        // redelivery that finds the mark knows its answer is on its way. A crash before it leaves the update
        // unmarked: a redelivery runs the handler again (a log is still stored once) and its answer, found kept,
        // is not kept twice.
        handling.afterHandled(() -> handling.recorded(
                users.markHandled(inbound.userId(), inbound.updateId(), claims != null)));
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
