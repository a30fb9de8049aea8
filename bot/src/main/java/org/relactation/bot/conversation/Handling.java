package org.relactation.bot.conversation;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One update on its way through the {@link Pipeline} (as a request's context is for Javalin's handlers): what the
 * stages learned of it so far and, once a stage answered it, the answer. A stage that answers ends the way; the
 * reply stage then says what goes out.
 */
final class Handling {
    private final Inbound inbound;
    private final Texts inboundTexts;
    private final Consumer<Router.Handled> keep;
    private final Router.Durable beforeReplies;
    private Safeguard.Verdict verdict = Safeguard.Verdict.NONE;
    private Turn turn;
    private Interpretation interpretation;
    private List<Action> answer;
    private RuntimeException failure;
    private final List<Runnable> afterHandled = new ArrayList<>();
    private boolean again;
    private boolean recorded;

    Handling(Inbound inbound, ContentCatalog content, String defaultLanguage, Consumer<Router.Handled> keep,
             Router.Durable beforeReplies) {
        this.inbound = inbound;
        this.inboundTexts = content.texts(content.languageFor(inbound.languageCode(), defaultLanguage));
        this.keep = keep;
        this.beforeReplies = beforeReplies;
    }

    Inbound inbound() {
        return inbound;
    }

    /** The texts of the language the sender's Telegram is in: for answers given before the parent is known. */
    Texts inboundTexts() {
        return inboundTexts;
    }

    Safeguard.Verdict verdict() {
        return verdict;
    }

    void verdict(Safeguard.Verdict verdict) {
        this.verdict = verdict;
    }

    /** The update with its parent, once the parent stage found them. */
    Turn turn() {
        return turn;
    }

    void turn(Turn turn) {
        this.turn = turn;
    }

    Interpretation interpretation() {
        return interpretation;
    }

    void interpretation(Interpretation interpretation) {
        this.interpretation = interpretation;
    }

    /** Ends the way: nothing more is done with the update but the reply. */
    void answer(List<Action> actions) {
        this.answer = actions;
    }

    boolean answered() {
        return answer != null || failure != null;
    }

    List<Action> answer() {
        return answer == null ? List.of() : answer;
    }

    /**
     * Runs once the update was handled and its answer kept, not when a stage answered before that (the duplicate
     * stage's mark); once, even when the step before replies is retried.
     */
    void afterHandled(Runnable work) {
        afterHandled.add(work);
    }

    /** The update was handled before (a redelivery): its answer was kept then. */
    void again() {
        again = true;
        recorded = true;
    }

    /** Whether the update is now recorded as handled in its parent's record (false: the parent is gone). */
    void recorded(boolean recorded) {
        this.recorded = recorded;
    }

    /**
     * Hands the reply to be kept (the outbox writes it with the update's data), then records the update as handled
     * (after its answer is kept: the record tells a redelivery that its answer is on its way) and makes the update's
     * writes durable, before replies go out. Retried as a whole through an outage: keeping the same answer again
     * changes nothing, and the record, once written, is not written again.
     */
    void beforeReplies() {
        keep.accept(new Router.Handled(verdict.warnings(), answer(), false, again));
        while (!afterHandled.isEmpty()) {
            afterHandled.getFirst().run();
            afterHandled.removeFirst();
        }
        beforeReplies.make(recorded);
    }

    /** A retry through a database outage starts again from what the stages before the database learned. */
    void startOver() {
        turn = null;
        interpretation = null;
        answer = null;
        again = false;
        recorded = false;
        afterHandled.clear();
    }

    void failed(RuntimeException e) {
        this.failure = e;
    }

    RuntimeException failure() {
        return failure;
    }
}
