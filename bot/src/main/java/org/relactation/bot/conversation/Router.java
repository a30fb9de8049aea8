package org.relactation.bot.conversation;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.storage.DatabaseFault;
import org.relactation.bot.storage.OutageRetry;
import org.relactation.bot.storage.UserProfile;
import org.relactation.bot.storage.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one entry to the core: takes an {@link Inbound}, records the parent's visit, picks the handler and
 * returns what to send. In order: the safeguard (warning signs, on every message and whatever fails later), flood
 * control, the parent's record, the duplicate check, then the handler (for a parent who never started, whatever
 * they send, the setup). A command is found by its name in any language, in {@link #command(String)}. Never throws: an update the database could
 * not take, even after retrying through the outage, is answered "not saved, please send it again" (after any
 * warning); any other failure a kind "something went wrong".
 */
public final class Router {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final ContentCatalog content;
    private final UserStore users;
    private final String defaultLanguage;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    /** Every language's name of a command ("hoy", "deshacer") to the command's own name. */
    private final Map<String, String> aliases = new java.util.HashMap<>();
    private final Map<String, ButtonHandler> buttons = new LinkedHashMap<>();
    private final List<TextHandler> textHandlers = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private Safeguard safeguard = Safeguard.NONE;
    private Function<Turn, List<Action>> fallback = turn -> List.of(turn.reply("fallback.unknown"));
    private FloodGuard floodGuard;
    private java.util.function.BiConsumer<UserProfile, java.time.Instant> returned = (user, at) -> { };
    private OutageRetry outageRetry = OutageRetry.once();
    private MessageParts parts = MessageParts.WHOLE;
    private Function<Turn, List<Action>> unsure = turn -> List.of();
    private Function<String, Optional<String>> messageLanguage = text -> Optional.empty();
    private SetUp setUp;
    private ButtonCheck buttonCheck = ButtonCheck.ownChatOnly();
    private UpdateClaims claims;

    public Router(ContentCatalog content, UserStore users, String defaultLanguage) {
        this.content = content;
        this.users = users;
        this.defaultLanguage = defaultLanguage;
    }

    /**
     * Adds a command, with its name in every language of the content (command_names.*): each of them runs it, for
     * every parent. The order of registration is the order of the menu and of /help.
     */
    public Router command(Command command) {
        String name = command.name();
        if (!name.matches("[a-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("Telegram does not allow the command name " + name);
        }
        if (aliases.containsKey(name) && !aliases.get(name).equals(name)) {
            throw new IllegalArgumentException("/" + name + " already names /" + aliases.get(name));
        }
        for (String language : content.languages()) {
            String alias = Command.nameIn(content.texts(language), name);
            String taken = commands.containsKey(alias) ? alias : aliases.get(alias);
            if (taken != null && !taken.equals(name)) {
                throw new IllegalArgumentException("The " + language + " name /" + alias + " of /" + name
                        + " already names /" + taken);
            }
            aliases.put(alias, name);
        }
        aliases.put(name, name);
        commands.put(name, command);
        return this;
    }

    /**
     * The command a typed name stands for, in any language: "/hoy" and "/today" alike; accents and capitals as
     * typed by hand ("/Estadísticas") do not matter. Null when no command has that name.
     */
    private Command command(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        String name = aliases.get(plain);
        return name == null ? null : commands.get(name);
    }

    public Router buttons(ButtonHandler handler) {
        if (buttons.putIfAbsent(handler.prefix(), handler) != null || handler.prefix().contains(":")) {
            throw new IllegalArgumentException("Button prefix taken or invalid: " + handler.prefix());
        }
        return this;
    }

    /** Adds a free-text handler; they are asked in the order registered. */
    public Router freeText(TextHandler handler) {
        textHandlers.add(handler);
        return this;
    }

    public Router flow(Flow flow) {
        flows.add(flow);
        return this;
    }

    /** Cuts a typed message into the parts to answer one by one (a log and a question), and finds command words. */
    public Router parts(MessageParts reader) {
        this.parts = reader;
        return this;
    }

    /** Asks the parent what a message that reads as a log and as a question alike is (two buttons). */
    public Router unsure(Function<Turn, List<Action>> ask) {
        this.unsure = ask;
        return this;
    }

    /**
     * Tells the language a message is written in, when clear: the turn is answered in it (a parent whose Telegram
     * is in English and who writes in Spanish is answered in Spanish); otherwise in the parent's language.
     */
    public Router messageLanguage(Function<String, Optional<String>> detector) {
        this.messageLanguage = detector;
        return this;
    }

    /**
     * Answers everything a parent who never started sends (after the warning signs) with {@code setUp}, unless it
     * is that command itself (a {@link Command} that is also the {@link SetUp}: /start).
     */
    public Router setUpFirst(SetUp setUp) {
        this.setUp = setUp;
        return this;
    }

    /** Looks at every message first (warning signs); what it returns is sent before anything else. */
    public Router safeguard(Safeguard check) {
        this.safeguard = check;
        return this;
    }

    /** Answers text that no handler understood (outside a flow, which has its own answer for that). */
    public Router fallback(Function<Turn, List<Action>> answer) {
        this.fallback = answer;
        return this;
    }

    /** Called when a parent who had blocked the bot writes again (sending to them can start again). */
    public Router onReturnAfterBlocking(java.util.function.BiConsumer<UserProfile, java.time.Instant> listener) {
        this.returned = listener;
        return this;
    }

    /** Slows down a chat that sends too much, before anything else (and before the database) is touched. */
    public Router floodGuard(FloodGuard guard) {
        this.floodGuard = guard;
        return this;
    }

    /** Retries an update through a database outage (the chat's next update waits) before giving up on it. */
    public Router outageRetry(OutageRetry retry) {
        this.outageRetry = retry;
        return this;
    }

    /**
     * Claims each update in the database before handling it, as {@code claimant}: for instances that share the
     * database and may be posted the same update at the same moment (webhook). An update another instance holds
     * is left to it ({@link Handled#elsewhere()}); a claim older than {@code lease} was left by one that died.
     */
    public Router claimUpdates(String claimant, java.time.Duration lease, java.time.Clock clock) {
        this.claims = new UpdateClaims(claimant, lease, clock);
        return this;
    }

    private record UpdateClaims(String claimant, java.time.Duration lease, java.time.Clock clock) {
    }

    /** Thrown out of the handling of an update another instance holds: nothing is answered here. */
    private static final class HeldElsewhere extends RuntimeException {
        HeldElsewhere() {
            super(null, null, false, false);
        }
    }

    /** Checks every button press against the message it names before any handler sees it. */
    public Router buttonCheck(ButtonCheck check) {
        this.buttonCheck = check;
        return this;
    }

    /** The check of button presses: transports tell it which buttons each message they showed carries. */
    public ButtonCheck buttonCheck() {
        return buttonCheck;
    }

    public List<String> commandNames() {
        return List.copyOf(commands.keySet());
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
     * because another instance holds the update and answers it.
     */
    public record Handled(List<Action> warnings, List<Action> answer, boolean elsewhere) {
        public Handled(List<Action> warnings, List<Action> answer) {
            this(warnings, answer, false);
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
     * handling the update again.
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
    public Handled handleUpdate(Inbound inbound, java.util.function.Consumer<Handled> keep, Runnable makeDurable) {
        Safeguard.Verdict verdict = firstLook(inbound);
        try {
            return new Handled(verdict.warnings(), answer(inbound, verdict, keep, makeDurable));
        } catch (HeldElsewhere e) {
            return new Handled(List.of(), List.of(), true); // its warnings too are the other instance's to send
        }
    }

    private Safeguard.Verdict firstLook(Inbound inbound) {
        try {
            return safeguard.check(inbound);
        } catch (RuntimeException e) {
            LOG.error("Safety check of update {} failed: {}", inbound.updateId(), e.getClass().getName(), e);
            return Safeguard.Verdict.NONE;
        }
    }

    private List<Action> answer(Inbound inbound, Safeguard.Verdict verdict, java.util.function.Consumer<Handled> keep,
                                Runnable makeDurable) {
        try {
            FloodGuard.Verdict flood = floodGuard == null ? FloodGuard.Verdict.ALLOW
                    : floodGuard.check(inbound.chatId());
            if (flood != FloodGuard.Verdict.ALLOW) {
                return slowDown(inbound, flood);
            }
            if (inbound.edited()) {
                return List.of(); // an edit was checked for warning signs; what was stored stays as it was
            }
            OutageRetry.Attempts attempts = outageRetry.start();
            List<Action> actions = attempts.call(() -> route(inbound, verdict));
            attempts.run(() -> {
                keep.accept(new Handled(verdict.warnings(), actions));
                makeDurable.run();
            });
            return actions;
        } catch (HeldElsewhere e) {
            throw e;
        } catch (RuntimeException e) {
            boolean outage = DatabaseFault.isFault(e);
            // The class name and update id only: the message text is health data and stays out of logs.
            if (outage) {
                LOG.warn("Update {} not saved, the database stayed unreachable: {}", inbound.updateId(),
                        e.getClass().getName());
            } else {
                LOG.error("Handling update {} failed: {}", inbound.updateId(), e.getClass().getName(), e);
            }
            Texts texts = content.texts(content.languageFor(inbound.languageCode(), defaultLanguage));
            List<Action> actions = new ArrayList<>();
            if (inbound.isButton()) {
                actions.add(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null));
            }
            actions.add(new Action.Reply(inbound.chatId(), texts.get(outage ? "error.not_saved" : "error.generic")));
            return actions;
        }
    }

    private List<Action> route(Inbound inbound, Safeguard.Verdict verdict) {
        if (inbound.isButton() && !buttonCheck.genuine(inbound)) {
            // Forged, replayed onto another message, or from another chat: nothing is touched, nobody else is told.
            // A second tap on a step already answered gets a kinder word, and changes nothing either.
            String key = buttonCheck.answeredBefore(inbound) ? "fallback.already_answered" : "fallback.stale_button";
            return List.of(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), content.texts(
                    content.languageFor(inbound.languageCode(), defaultLanguage)).get(key)));
        }
        if (!inbound.privateChat()) {
            return verdict.warned() ? List.of() : privateOnly(inbound);
        }
        String language = content.languageFor(inbound.languageCode(), defaultLanguage);
        if (inbound.isButton()) {
            // A button belongs to a conversation that exists; after /delete it must not bring the parent back.
            return users.touchExisting(inbound.userId(), inbound.chatId(), inbound.at())
                    .map(user -> once(new Turn(inbound, user, content.texts(user.language())), this::press))
                    .orElseGet(() -> List.of(new Action.AnswerButton(inbound.chatId(),
                            inbound.button().callbackId(), content.texts(language).get("fallback.stale_button"))));
        }
        UserProfile user = users.touch(inbound.userId(), inbound.chatId(), language, inbound.at());
        if (user.blockedAt() != null && users.clearBlocked(user.userId())) {
            returned.accept(user, inbound.at());
        }
        Optional<String> written = inbound.isText() && inbound.command() == null
                ? messageLanguage.apply(inbound.text()).filter(content.languages()::contains) : Optional.empty();
        if (written.isPresent() && !written.get().equals(user.language())
                && !user.alreadyHandled(inbound.updateId())) {
            // The parent writes in the other language: it becomes theirs (reminders, and messages with no clear
            // language such as "8" or "ok", follow it) until they write in another one or use /language.
            user = users.setLanguage(user.userId(), written.get());
        }
        return once(new Turn(inbound, user, content.texts(user.language()), verdict.warned()),
                turn -> setUpFirst(turn) ? setUp.first(turn) : message(turn, verdict.answered()));
    }

    /** A parent who never started, writing anything but the command that sets them up. */
    private boolean setUpFirst(Turn turn) {
        Command command = command(turn.inbound().command());
        return setUp != null && setUp.needed(turn.user()) && command != setUp
                && !(command != null && command.beforeSetUp());
    }

    /**
     * Handles an update unless it was handled before (Telegram delivers again what it did not see confirmed),
     * and records it as handled once the handler is done.
     */
    private List<Action> once(Turn turn, Function<Turn, List<Action>> handler) {
        Inbound inbound = turn.inbound();
        if (turn.user().alreadyHandled(inbound.updateId())) {
            return again(turn);
        }
        if (claims != null) {
            switch (users.claimUpdate(inbound.userId(), inbound.updateId(), claims.claimant(),
                    claims.clock().instant(), claims.lease())) {
                case HANDLED -> {
                    return again(turn);
                }
                case HELD_ELSEWHERE -> throw new HeldElsewhere();
                case TAKEN -> {
                }
            }
        }
        List<Action> actions = handler.apply(turn);
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
        return actions;
    }

    /** An update handled before: a press is only acknowledged, a text answered as {@link #redelivered} says. */
    private List<Action> again(Turn turn) {
        Inbound inbound = turn.inbound();
        return inbound.isButton()
                ? List.of(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null))
                : redelivered(turn);
    }

    /**
     * A text handled before (Telegram sends again what it did not see confirmed, e.g. after a crash): answered again
     * only by a handler for which a second time changes nothing, so a confirmation lost in the crash still comes.
     */
    private List<Action> redelivered(Turn turn) {
        if (!turn.inbound().isText() || turn.inbound().command() != null) {
            return List.of();
        }
        for (TextHandler handler : textHandlers) {
            if (handler.answersRedelivery()) {
                Optional<List<Action>> again = handler.handle(turn);
                if (again.isPresent()) {
                    return again.get();
                }
            }
        }
        return List.of();
    }

    private List<Action> message(Turn turn, boolean answered) {
        Inbound inbound = turn.inbound();
        if (!inbound.isText()) {
            // A photo whose caption was a warning sign needs no "I can only read text" next to the warning.
            return turn.warned() ? List.of() : List.of(turn.reply("fallback.not_text"));
        }
        if (answered) {
            // The warning was the whole answer (a dose is never logged); an open question is asked again.
            Flow flow = flows.stream().filter(f -> f.active(turn)).findFirst().orElse(null);
            return flow == null ? List.of() : flow.resume(turn);
        }
        // After a warning, text that means nothing else needs no "I'm not sure": the warning was the answer.
        return text(turn, turn.warned());
    }

    private List<Action> text(Turn turn, boolean warned) {
        Inbound inbound = turn.inbound();
        Flow flow = flows.stream().filter(f -> f.active(turn)).findFirst().orElse(null);
        Command command = command(inbound.command());
        if (command == null && flow != null && parts.mayAnswer(inbound.text(), turn.texts().language())) {
            Optional<List<Action>> answered = flow.answer(turn);
            if (answered.isPresent()) {
                return withItsQuestions(turn, answered.get());
            }
        }
        List<MessageParts.Part> pieces = command != null || inbound.command() != null ? List.of()
                : parts.of(inbound.text(), turn.texts().language());
        if (command == null && pieces.size() == 1 && pieces.get(0).command() != null) {
            command = command(pieces.get(0).command()); // "undo" typed: as /undo
        }
        if (command == null && pieces.size() == 1 && pieces.get(0).unsure()) {
            List<Action> actions = new ArrayList<>(unsure.apply(turn));
            resume(flow, turn, actions);
            return actions;
        }
        if (command == null && flow != null) {
            Optional<List<Action>> other = understoodInParts(turn, pieces);
            if (other.isEmpty()) {
                return warned ? flow.resume(turn) : flow.notUnderstood(turn);
            }
            List<Action> actions = new ArrayList<>(other.get());
            resume(flow, turn, actions);
            return actions;
        }
        List<Action> actions = new ArrayList<>(command != null ? command.run(turn)
                : understoodInParts(turn, pieces).orElseGet(() -> warned ? List.of() : fallback.apply(turn)));
        resume(flow, turn, actions);
        return actions;
    }

    /**
     * Asks the open flow's question again after an interruption. What was done may have ended or restarted the
     * flow: it is looked at again first.
     */
    private void resume(Flow flow, Turn turn, List<Action> actions) {
        if (flow == null) {
            return;
        }
        Turn after = turn.refreshed(users);
        if (flow.active(after)) {
            actions.addAll(flow.resume(after));
        }
    }

    /**
     * The answer to the bot's own question, after the answers to the questions and feelings that came with it ("hace
     * 6 semanas, ¿es mucho para relactar?": the topic, then "✓" and the next setup question; "around 3am, so
     * exhausted": a word for the tiredness, then the log).
     */
    private List<Action> withItsQuestions(Turn turn, List<Action> answer) {
        List<MessageParts.Part> asides = parts.asidesIn(turn.inbound().text(), turn.texts().language());
        if (asides.isEmpty() || turn.warned()) {
            return answer;
        }
        List<Action> actions = new ArrayList<>();
        Turn after = turn.refreshed(users);
        for (MessageParts.Part aside : asides) {
            Optional<List<Action>> alone = understood(after.about(aside.text()));
            // The answer is context for a question ("hace 6 semanas, ¿es mucho?"): alone, or else with it.
            (aside.question() ? alone.or(() -> understood(after)) : alone).ifPresent(actions::addAll);
        }
        actions.addAll(answer);
        return actions;
    }

    /**
     * A message of one part as a whole; a mix part by part, in order ("done. how often should I pump?" gets the
     * log and the answer; "undo, it was 15 min" undoes and logs). A part nothing understands is left out when
     * another part was understood; empty when none was.
     */
    private Optional<List<Action>> understoodInParts(Turn turn, List<MessageParts.Part> pieces) {
        if (pieces.size() <= 1) {
            return understood(turn);
        }
        for (TextHandler handler : textHandlers) {
            if (handler.answersOpenQuestion()) {
                Optional<List<Action>> answer = handler.handle(turn);
                if (answer.isPresent()) {
                    return answer;
                }
            }
        }
        List<Action> actions = new ArrayList<>();
        boolean any = false;
        Turn current = turn.refreshed(users); // the open question, tried above, may be gone now
        for (MessageParts.Part piece : pieces) {
            Turn part = current.about(piece.text());
            Command command = command(piece.command());
            Optional<List<Action>> answer = command != null ? Optional.of(command.run(part))
                    : piece.unsure() ? Optional.of(unsure.apply(part)) : understood(part);
            if (answer.isEmpty() && piece.question() && !turn.warned()) {
                answer = Optional.of(fallback.apply(part)); // a question nothing answers: "not sure", and where to look
            }
            if (answer.isPresent()) {
                actions.addAll(answer.get());
                any = true;
                current = current.refreshed(users);
            }
        }
        return any ? Optional.of(actions) : Optional.empty();
    }

    private Optional<List<Action>> understood(Turn turn) {
        for (TextHandler handler : textHandlers) {
            Optional<List<Action>> handled = handler.handle(turn);
            if (handled.isPresent()) {
                return handled;
            }
        }
        return Optional.empty();
    }

    /** Every press is answered exactly once, whether the handler did it or not, so the button stops spinning. */
    private List<Action> press(Turn turn) {
        Inbound.ButtonPress button = turn.inbound().button();
        String[] parts = button.data().split(":", 2);
        ButtonHandler handler = parts.length == 2 ? buttons.get(parts[0]) : null;
        if (handler == null) {
            return List.of(new Action.AnswerButton(turn.chatId(), button.callbackId(),
                    turn.texts().get("fallback.stale_button")));
        }
        List<Action> actions = handler.press(turn, parts[1]);
        if (actions.stream().anyMatch(a -> a instanceof Action.AnswerButton)) {
            return actions;
        }
        List<Action> answered = new ArrayList<>(actions.size() + 1);
        answered.add(new Action.AnswerButton(turn.chatId(), button.callbackId(), null));
        answered.addAll(actions);
        return answered;
    }

    /** Past the flood limit: one polite note a minute, otherwise only the button answers Telegram needs. */
    private List<Action> slowDown(Inbound inbound, FloodGuard.Verdict verdict) {
        List<Action> actions = new ArrayList<>();
        if (inbound.isButton()) {
            actions.add(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null));
        }
        if (verdict == FloodGuard.Verdict.WARN) {
            Texts texts = content.texts(content.languageFor(inbound.languageCode(), defaultLanguage));
            actions.add(new Action.Reply(inbound.chatId(), texts.get("fallback.slow_down")));
        }
        return actions;
    }

    /** In groups the bot stores nothing and answers only to point the parent to a private chat. */
    private List<Action> privateOnly(Inbound inbound) {
        Texts texts = content.texts(content.languageFor(inbound.languageCode(), defaultLanguage));
        List<Action> actions = new ArrayList<>();
        if (inbound.isButton()) {
            actions.add(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null));
        }
        actions.add(new Action.Reply(inbound.chatId(), texts.get("group.private_only")));
        return actions;
    }
}
