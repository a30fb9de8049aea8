package org.relactation.bot.conversation;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.storage.OutageRetry;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one entry to the core: takes an {@link Inbound} and returns what to send. The capabilities register their
 * commands, buttons, text handlers and flows here; what happens to a message, stage by stage, is the
 * {@link Pipeline}'s, built from what was registered when the first update comes. Each setting is given once (a
 * second call is refused, so nothing silently replaces another) and before the first update. Never throws: an update
 * the database could not take, even after retrying through the outage, is answered "not saved, please send it again"
 * (after any warning); any other failure a kind "something went wrong".
 */
public final class Router {
    private final ContentCatalog content;
    private final UserStore users;
    private final String defaultLanguage;
    private final Handlers handlers;
    private final List<BiConsumer<UserProfile, Instant>> returned = new CopyOnWriteArrayList<>();
    private Safeguard safeguard;
    private FloodGuard floodGuard;
    private OutageRetry outageRetry;
    private Function<String, Optional<String>> messageLanguage;
    private ButtonCheck buttonCheck;
    private DuplicateStage.Claims claims;
    private volatile Pipeline pipeline;

    public Router(ContentCatalog content, UserStore users, String defaultLanguage) {
        this.content = content;
        this.users = users;
        this.defaultLanguage = defaultLanguage;
        this.handlers = new Handlers(content);
    }

    /**
     * Adds a command, with its name in every language of the content (command_names.*): each of them runs it, for
     * every parent. The order of registration is the order of the menu and of /help.
     */
    public Router command(Command command) {
        unbuilt();
        handlers.add(command);
        return this;
    }

    public Router buttons(ButtonHandler handler) {
        unbuilt();
        handlers.add(handler);
        return this;
    }

    /** Adds a free-text handler; they are asked in the order registered. */
    public Router freeText(TextHandler handler) {
        unbuilt();
        handlers.add(handler);
        return this;
    }

    public Router flow(Flow flow) {
        unbuilt();
        handlers.add(flow);
        return this;
    }

    /** Cuts a typed message into the parts to answer one by one (a log and a question), and finds command words. */
    public Router parts(MessageParts reader) {
        handlers.parts = once(handlers.parts, reader, "parts");
        return this;
    }

    /** Asks the parent what a message that reads as a log and as a question alike is (two buttons). */
    public Router unsure(Function<Turn, List<Action>> ask) {
        handlers.unsure = once(handlers.unsure, ask, "unsure");
        return this;
    }

    /**
     * Tells the language a message is written in, when clear: the turn is answered in it (a parent whose Telegram
     * is in English and who writes in Spanish is answered in Spanish); otherwise in the parent's language.
     */
    public Router messageLanguage(Function<String, Optional<String>> detector) {
        this.messageLanguage = once(messageLanguage, detector, "messageLanguage");
        return this;
    }

    /**
     * Answers everything a parent who never started sends (after the warning signs) with {@code setUp}, unless it
     * is that command itself (a {@link Command} that is also the {@link SetUp}: /start).
     */
    public Router setUpFirst(SetUp setUp) {
        handlers.setUp = once(handlers.setUp, setUp, "setUpFirst");
        return this;
    }

    /** Looks at every message first (warning signs); what it returns is sent before anything else. */
    public Router safeguard(Safeguard check) {
        this.safeguard = once(safeguard, check, "safeguard");
        return this;
    }

    /** Answers text that no handler understood (outside a flow, which has its own answer for that). */
    public Router fallback(Function<Turn, List<Action>> answer) {
        handlers.fallback = once(handlers.fallback, answer, "fallback");
        return this;
    }

    /** Adds a listener told when a parent who had blocked the bot writes again (sending to them can start again). */
    public Router onReturnAfterBlocking(BiConsumer<UserProfile, Instant> listener) {
        unbuilt();
        returned.add(listener);
        return this;
    }

    /** Slows down a chat that sends too much, before anything else (and before the database) is touched. */
    public Router floodGuard(FloodGuard guard) {
        this.floodGuard = once(floodGuard, guard, "floodGuard");
        return this;
    }

    /** Retries an update through a database outage (the chat's next update waits) before giving up on it. */
    public Router outageRetry(OutageRetry retry) {
        this.outageRetry = once(outageRetry, retry, "outageRetry");
        return this;
    }

    /**
     * Claims each update in the database before handling it, as {@code claimant}: for instances that share the
     * database and may be posted the same update at the same moment (webhook). An update another instance holds
     * is left to it ({@link Handled#elsewhere()}); a claim older than {@code lease} was left by one that died.
     */
    public Router claimUpdates(String claimant, Duration lease, Clock clock) {
        this.claims = once(claims, new DuplicateStage.Claims(claimant, lease, clock), "claimUpdates");
        return this;
    }

    /** Checks every button press against the message it names before any handler sees it. */
    public Router buttonCheck(ButtonCheck check) {
        this.buttonCheck = once(buttonCheck, check, "buttonCheck");
        return this;
    }

    /** The check of button presses: transports tell it which buttons each message they showed carries. */
    public ButtonCheck buttonCheck() {
        if (buttonCheck == null) {
            buttonCheck = ButtonCheck.ownChatOnly();
        }
        return buttonCheck;
    }

    public List<String> commandNames() {
        return handlers.commandNames();
    }

    public List<Action> handle(Inbound inbound) {
        return handle(inbound, () -> { });
    }

    /** {@link #handleUpdate} with the warnings first and the rest after them, as they are to be sent. */
    public List<Action> handle(Inbound inbound, Runnable makeDurable) {
        return handleUpdate(inbound, makeDurable).all();
    }

    /**
     * What an update leads to: the safeguard's warnings, then the rest of the answer; or, {@code elsewhere}, nothing
     * because another instance holds the update and answers it. {@code again}: the parent's record, read for this
     * update, says it was handled before (a redelivery), so its answer was kept then (it is recorded as handled
     * only after its answer is kept).
     */
    public record Handled(List<Action> warnings, List<Action> answer, boolean elsewhere, boolean again) {
        public Handled(List<Action> warnings, List<Action> answer) {
            this(warnings, answer, false, false);
        }

        public List<Action> all() {
            if (warnings.isEmpty()) {
                return answer;
            }
            List<Action> all = new ArrayList<>(warnings);
            all.addAll(answer);
            return all;
        }
    }

    /**
     * Handles an update and then runs {@code makeDurable}, so that what is returned ("logged") is only said of
     * writes that are safe. The safeguard runs first and its warnings are kept whatever happens next. On a database
     * fault the whole update is tried again (a log is stored once per update id, so a retry after a lost answer
     * finds it) until the outage budget is spent; a failed {@code makeDurable} alone is retried by itself, without
     * handling the update again. The stages, in order, are {@link Pipeline}'s.
     */
    public Handled handleUpdate(Inbound inbound, Runnable makeDurable) {
        return handleUpdate(inbound, handled -> { }, makeDurable);
    }

    /**
     * {@link #handleUpdate(Inbound, Runnable)}, and {@code keep} is given the answer (as it will be returned) just
     * before {@code makeDurable}, so that what it writes (the outbox) is made durable with the update's data. It is
     * called again when that step is retried, and not at all for an answer that stores nothing (a flood note, an
     * edit, "not saved").
     */
    public Handled handleUpdate(Inbound inbound, Consumer<Handled> keep, Runnable makeDurable) {
        return handleUpdate(inbound, keep, recorded -> makeDurable.run());
    }

    /**
     * {@link #handleUpdate(Inbound, Consumer, Runnable)}, and {@code makeDurable} is told whether the update is
     * recorded as handled in its parent's record (now, or before: a redelivery): a later redelivery of it is then
     * recognised from that record alone, so what else marks it handled (the inbox's removal) need not be durable
     * with its data.
     */
    public Handled handleUpdate(Inbound inbound, Consumer<Handled> keep, Durable makeDurable) {
        return pipeline().handle(inbound, keep, makeDurable);
    }

    /** The step that makes an update's writes durable, before any reply goes out. */
    @FunctionalInterface
    public interface Durable {
        /** @param recorded the update is recorded as handled in its parent's record */
        void make(boolean recorded);
    }

    private Pipeline pipeline() {
        Pipeline built = pipeline;
        if (built == null) {
            synchronized (this) {
                built = pipeline;
                if (built == null) {
                    built = new Pipeline(content, defaultLanguage, users, handlers,
                            safeguard == null ? Safeguard.NONE : safeguard, floodGuard,
                            outageRetry == null ? OutageRetry.once() : outageRetry, buttonCheck(), returned,
                            messageLanguage == null ? text -> Optional.empty() : messageLanguage, claims);
                    pipeline = built;
                }
            }
        }
        return built;
    }

    /** A setting given once, before the first update: a second one would silently replace the first. */
    private <T> T once(T current, T given, String setting) {
        unbuilt();
        if (current != null) {
            throw new IllegalStateException("Router." + setting + " is already set");
        }
        return given;
    }

    private void unbuilt() {
        if (pipeline != null) {
            throw new IllegalStateException("The router is handling updates: register everything before");
        }
    }
}
