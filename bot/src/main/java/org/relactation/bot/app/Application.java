package org.relactation.bot.app;

import com.mongodb.MongoClientSettings;
import org.relactation.bot.config.Settings;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.console.ConsoleChat;
import org.relactation.bot.conversation.AboutCommand;
import org.relactation.bot.conversation.ButtonCheck;
import org.relactation.bot.conversation.ChatLanes;
import org.relactation.bot.conversation.FloodGuard;
import org.relactation.bot.encouragement.MilestoneStore;
import org.relactation.bot.encouragement.Milestones;
import org.relactation.bot.guidance.GuideCards;
import org.relactation.bot.guidance.GuideCommand;
import org.relactation.bot.guidance.QuestionHandler;
import org.relactation.bot.guidance.QuestionMatcher;
import org.relactation.bot.conversation.HelpCommand;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.inbox.Inbox;
import org.relactation.bot.inbox.InboxStore;
import org.relactation.bot.outbound.DurableOutbox;
import org.relactation.bot.outbound.OutboundQueue;
import org.relactation.bot.outbound.OutboxStore;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.account.LanguageCommand;
import org.relactation.bot.account.TimeZoneResolver;
import org.relactation.bot.account.DeleteCommand;
import org.relactation.bot.interpreter.Interpreter;
import org.relactation.bot.interpreter.LogOrQuestion;
import org.relactation.bot.logbook.CancelCommand;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.logbook.ExportCommand;
import org.relactation.bot.logbook.FollowUpHandler;
import org.relactation.bot.logbook.ProgressCommand;
import org.relactation.bot.logbook.QuickLogButtons;
import org.relactation.bot.logbook.StatsCommand;
import org.relactation.bot.logbook.WeekCommand;
import org.relactation.bot.logbook.LogButtons;
import org.relactation.bot.logbook.LogHandler;
import org.relactation.bot.logbook.LogParser;
import org.relactation.bot.logbook.Logbook;
import org.relactation.bot.logbook.TodayCommand;
import org.relactation.bot.logbook.UndoCommand;
import org.relactation.bot.onboarding.OnboardingFlow;
import org.relactation.bot.onboarding.SettingsCommand;
import org.relactation.bot.onboarding.SettingsView;
import org.relactation.bot.onboarding.StartCommand;
import org.relactation.bot.onboarding.TimezoneCommand;
import org.relactation.bot.plan.NextCommand;
import org.relactation.bot.plan.PlanCommand;
import org.relactation.bot.plan.PlanWriter;
import org.relactation.bot.reminders.MorningNotes;
import org.relactation.bot.reminders.PauseCommands;
import org.relactation.bot.reminders.ReminderPlanCommand;
import org.relactation.bot.reminders.ReminderButtons;
import org.relactation.bot.reminders.ReminderDispatcher;
import org.relactation.bot.reminders.ReminderJob;
import org.relactation.bot.reminders.ReminderPlanner;
import org.relactation.bot.reminders.ReminderStore;
import org.relactation.bot.reminders.Scheduling;
import org.relactation.bot.safety.RedFlagDetector;
import org.relactation.bot.safety.SafetyNet;
import org.relactation.bot.smalltalk.SmallTalk;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.KeyboardStore;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.parent.UserStore;
import org.relactation.bot.operations.Metrics;
import org.relactation.bot.operations.OperatorEndpoints;
import org.relactation.bot.telegram.TelegramTransport;
import org.relactation.bot.telegram.WebhookTransport;
import org.relactation.bot.text.MessageLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running bot: content, database, scheduler and the core, plus the Telegram transport when asked for.
 * {@link #close()} shuts down in the safe order: stop taking updates, finish those in flight, stop the
 * scheduler, close the database (the embedded one writes its file).
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Settings settings;
    private final ContentCatalog content;
    private final Database database;
    private final UserStore users;
    private final Router router;
    private final ChatLanes lanes;
    private final Scheduling scheduling;
    private final List<AutoCloseable> transports = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ReminderDispatcher reminders;
    private final MorningNotes mornings;
    private final Metrics metrics;
    private final DeleteCommand delete;
    private final AfterFirstReply later;
    private volatile OutboundQueue outbox;
    private DurableOutbox durable;
    static final String INSTANCE_PREFIX = "bot-";
    /** How long a claim on an update outlasts the outage retry before another instance may take it over. */
    static final Duration UPDATE_CLAIM = Duration.ofMinutes(2);

    /**
     * What start-up builds from the content alone (the cards, the log parser), on threads of their own while the
     * database opens (two cores, and each takes about as long as opening it). The question index, the time zones'
     * names, the red-flag detector and the message-language detector are built in the background, on {@code later}:
     * the first reply after a start (a /start, which is a command) needs none of them, and a question, a time zone or
     * any text typed before they are ready waits for them ({@link QuestionMatcher#building},
     * {@link TimeZoneResolver#loading}, {@link #redFlags}, {@link #languages}); a build that failed fails each
     * message that needs it.
     */
    private record Prepared(TimeZoneResolver zones, GuideCards cards, QuestionMatcher matcher, LogParser parser,
                            CompletableFuture<RedFlagDetector> redFlags,
                            CompletableFuture<MessageLanguage> languages) {
        static CompletableFuture<Prepared> from(ContentCatalog content, Executor later) {
            CompletableFuture<GuideCards> cards = CompletableFuture.supplyAsync(() -> new GuideCards(content),
                    START_UP);
            CompletableFuture<LogParser> parser = CompletableFuture.supplyAsync(LogParser::load, START_UP);
            TimeZoneResolver zones = TimeZoneResolver.loading(later);
            CompletableFuture<RedFlagDetector> redFlags = CompletableFuture.supplyAsync(
                    () -> new RedFlagDetector(content), later);
            CompletableFuture<MessageLanguage> languages = CompletableFuture.supplyAsync(
                    () -> new MessageLanguage(content), later);
            return cards.thenCombine(parser, (guide, logs) -> new Prepared(zones, guide,
                    QuestionMatcher.building(content, guide, later), logs, redFlags, languages));
        }

        /** The red-flag detector, once built (waits for it). */
        RedFlagDetector redFlagDetector() {
            return ready(redFlags);
        }

        /** The language a message is written in, if clear (waits for the detector to be built). */
        Optional<String> languageOf(String message) {
            return ready(languages).of(message);
        }
    }

    /**
     * A thread for each start-up job: CompletableFuture's own pool has one thread on two cores, which would run the
     * jobs one after the other.
     */
    static final Executor START_UP = job -> Thread.ofPlatform().name("start-up").daemon().start(job);

    /**
     * When the background builds start, at the latest, after the transport started: a question among the first
     * updates waits for them (its reply, which would otherwise start them, waits for the question index).
     */
    static final Duration BACKGROUND_AT_THE_LATEST = Duration.ofSeconds(2);

    /**
     * Start-up jobs that the first replies do not need (the question index, the time zones' names): on two cores they
     * would take the CPU the first update needs. They start on {@link #START_UP} once the first reply (or message) has
     * been sent, or {@link #BACKGROUND_AT_THE_LATEST} after the transport started, whichever comes first; at once on
     * the console, and when a caller other than {@link Main} starts the bot.
     */
    static final class AfterFirstReply implements Executor {
        private final List<Runnable> waiting = new ArrayList<>();
        private boolean open;

        @Override
        public void execute(Runnable job) {
            synchronized (this) {
                if (!open) {
                    waiting.add(job);
                    return;
                }
            }
            START_UP.execute(job);
        }

        void open() {
            List<Runnable> jobs;
            synchronized (this) {
                if (open) {
                    return;
                }
                open = true;
                jobs = List.copyOf(waiting);
                waiting.clear();
            }
            jobs.forEach(START_UP::execute);
        }

        /** Opens once {@code sending} is done with its first message, or after {@code latest}. */
        void openAfterFirst(OutboundQueue sending, Duration latest) {
            sending.afterFirstDone(this::open);
            CompletableFuture.delayedExecutor(latest.toMillis(), TimeUnit.MILLISECONDS).execute(this::open);
        }
    }

    private Application(Settings settings, ContentCatalog content, Database database, Scheduling scheduling,
                        Metrics metrics, Prepared prepared, AfterFirstReply later) {
        this.settings = settings;
        this.later = later;
        this.metrics = metrics;
        this.content = content;
        this.database = database;
        this.scheduling = scheduling;
        this.users = new UserStore(database);
        this.router = new Router(content, users, settings.bot().defaultLanguage())
                .safeguard(new SafetyNet(content, prepared::redFlagDetector, users::find,
                        settings.bot().defaultLanguage()))
                .buttonCheck(new ButtonCheck(new KeyboardStore(database)))
                .outageRetry(database.outageRetry());
        PlanWriter planWriter = new PlanWriter();
        SettingsView settingsView = new SettingsView();
        OnboardingFlow onboarding = new OnboardingFlow(users, prepared.zones(), planWriter, settingsView, content);
        LanguageCommand language = new LanguageCommand(content, users);
        SettingsCommand settingsCommand = new SettingsCommand(settingsView, onboarding, language::run);
        GuideCards cards = prepared.cards();
        GuideCommand guide = new GuideCommand(cards, users, content);
        QuestionHandler questions = new QuestionHandler(prepared.matcher(), guide, content, prepared.cards(),
                prepared.parser()::asks);
        SmallTalk smallTalk = new SmallTalk(content, guide, questions);
        Interpreter interpreter = new Interpreter(content, prepared.parser(), prepared.matcher());
        Logbook logbook = new Logbook(new EntryStore(database), users, settings.bot().defaultTimezone());
        this.reminders = new ReminderDispatcher(new ReminderStore(database), users, logbook.entries(),
                new ReminderPlanner(), content, settings.bot().defaultTimezone(), INSTANCE_PREFIX + UUID.randomUUID());
        NextCommand next = new NextCommand(logbook, cards, guide, reminders.next());
        logbook.onSession(reminders::sessionLogged);
        logbook.onStored(new Milestones(new MilestoneStore(database), logbook));
        logbook.linkCards(guide::cardButton);
        this.mornings = new MorningNotes(new ReminderStore(database, Schema.MORNING_NOTES), users, logbook, content,
                INSTANCE_PREFIX + UUID.randomUUID());
        if (database.embedded()) {
            // Claims left by a killed run of this same process: nobody else can hold them.
            new ReminderStore(database).releaseClaims();
            new ReminderStore(database, Schema.MORNING_NOTES).releaseClaims();
        }
        PauseCommands pauses = new PauseCommands(reminders, mornings);
        router.onReturnAfterBlocking((user, at) -> {
            if (user.planStartedAt() != null) {
                reminders.parentReturned(user, at);
                mornings.start(user, at);
            }
        });
        ReminderPlanCommand reminderPlan = new ReminderPlanCommand(users, reminders);
        // A changed rhythm, waking hours or zone moves the next reminder at once (never before the end of a pause);
        // a new number of sessions a day with fixed reminder times asks whether the times should follow.
        onboarding.onAnswerChanged((before, turn) -> {
            if (turn.user().planStartedAt() != null) {
                reminders.replan(turn.user(), turn.inbound().at());
            }
            return List.of();
        });
        onboarding.onAnswerChanged(reminderPlan::sessionsChanged);
        onboarding.onPlanStarted(turn -> {
            reminders.start(turn.user(), turn.inbound().at());
            mornings.start(turn.user(), turn.inbound().at());
        });
        QuickLogButtons quickLog = new QuickLogButtons(logbook);
        LogHandler logs = new LogHandler(prepared.parser(), logbook);
        LogOrQuestion logOrQuestion = new LogOrQuestion(users, logs, questions, questions::notSure);
        this.delete = new DeleteCommand(database, users);
        StartCommand start = new StartCommand(users, onboarding);
        router.command(start)
                .command(next)
                .command(new TodayCommand(logbook, quickLog))
                .command(new WeekCommand(logbook))
                .command(new StatsCommand(logbook))
                .command(new ProgressCommand(logbook))
                .command(new ExportCommand(logbook))
                .command(new UndoCommand(logbook))
                .command(new CancelCommand(logbook))
                .command(reminderPlan)
                .command(pauses.pause())
                .command(pauses.resume())
                .command(pauses.stop())
                .command(guide)
                .command(new PlanCommand(planWriter))
                .command(settingsCommand)
                .command(new TimezoneCommand(onboarding))
                .command(language)
                .command(AboutCommand.about())
                .command(AboutCommand.privacy())
                .command(delete)
                .command(new HelpCommand(router::commandNames))
                .buttons(onboarding)
                .buttons(settingsCommand)
                .buttons(language)
                .buttons(guide)
                .buttons(new LogButtons(logbook))
                .buttons(LogButtons.card(logbook))
                .buttons(quickLog)
                .buttons(logOrQuestion)
                .buttons(delete)
                .buttons(new ReminderButtons(reminders))
                .buttons(pauses)
                .buttons(reminderPlan)
                .setUpFirst(start)
                .flow(onboarding)
                .flow(reminderPlan.typedTimes())
                .freeText(new FollowUpHandler(logbook, prepared.parser()))
                .freeText(next)
                .freeText(logs)
                .freeText(smallTalk)
                .freeText(questions)
                // Last: what nothing else took and the interpreter reads as how it goes for the parent.
                .freeText(turn -> interpreter.sharesAFeeling(turn.inbound().text(), turn.texts().language())
                        ? smallTalk.generalFeeling(turn) : Optional.empty())
                .fallback(questions::notSure)
                .parts(interpreter)
                .messageLanguage(prepared::languageOf)
                .unsure(logOrQuestion::ask);
        this.lanes = new ChatLanes(settings.bot().workerThreads());
    }

    private static <T> T ready(CompletableFuture<T> job) {
        try {
            return job.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Loads content, opens the database and starts the scheduler; no transport yet. */
    public static Application start(Settings settings) {
        return start(settings, builder -> {
        });
    }

    /**
     * {@link #start(Settings)}, with {@code instrument} adding listeners to the database client's settings after the
     * metrics' own: for tests that count the database commands an update costs.
     */
    public static Application start(Settings settings, Consumer<MongoClientSettings.Builder> instrument) {
        return start(settings, instrument, CompletableFuture.completedFuture(null), false);
    }

    /**
     * {@link #start(Settings)} with the content already loading ({@link Main} starts it before it sets up logging and
     * reads the settings, which it does not need), and the background builds left until the first reply has been
     * sent ({@link AfterFirstReply}).
     */
    static Application start(Settings settings, CompletableFuture<ContentCatalog> loading) {
        return start(settings, builder -> {
        }, loading, true);
    }

    /**
     * @param loading the content being loaded, or a future of null to load it here
     * @param defer   whether the background builds wait for the first reply ({@link AfterFirstReply})
     */
    private static Application start(Settings settings, Consumer<MongoClientSettings.Builder> instrument,
                                     CompletableFuture<ContentCatalog> loading, boolean defer) {
        AfterFirstReply later = new AfterFirstReply();
        if (!defer) {
            later.open();
        }
        Metrics metrics = settings.operations().enabled() ? Metrics.prometheus() : Metrics.none();
        // Two cores at start-up: the database opens and the scheduler starts while the content loads, then the cards
        // and the log parser are built (Prepared) while the database is still opening.
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(settings.storage(),
                builder -> {
                    metrics.instrument(builder);
                    instrument.accept(builder);
                }), START_UP);
        CompletableFuture<Scheduling> scheduling = CompletableFuture.supplyAsync(Scheduling::start, START_UP);
        Database database = null;
        try {
            ContentCatalog loaded = ready(loading);
            ContentCatalog content = loaded != null ? loaded : ContentCatalog.load();
            CompletableFuture<Prepared> prepared = Prepared.from(content, later);
            database = ready(opening);
            return new Application(settings, content, database, ready(scheduling), metrics, ready(prepared), later);
        } catch (RuntimeException e) {
            try {
                scheduling.thenAccept(Scheduling::close).exceptionally(failure -> null).join();
            } finally {
                if (database != null) {
                    database.close();
                } else {
                    // The content failed while the database was opening: closed once open (it writes its file).
                    opening.thenAccept(Database::close).exceptionally(failure -> null).join();
                }
            }
            throw e;
        }
    }

    /**
     * Starts taking updates (long polling, or the webhook when BOT_MODE=webhook), the reminder checks and, when
     * OPERATIONS_PORT is set, the operator endpoints; updates flow until {@link #close()}.
     */
    public void startTelegram(Clock clock) throws TelegramApiException {
        startTelegram(clock, null);
    }

    /**
     * {@link #startTelegram(Clock)} with the Bot API reached ahead for polling ({@link TelegramTransport#reachAhead}),
     * or null to reach it now (and in webhook mode, which does not poll).
     */
    void startTelegram(Clock clock, CompletableFuture<TelegramTransport.Reached> reached)
            throws TelegramApiException {
        // Only on Telegram: a console replay of a long file is not a flood.
        router.floodGuard(new FloodGuard(settings.bot().floodPerMinute(), clock));
        if (settings.webhook().enabled()) {
            if (!database.embedded()) {
                // Instances sharing the database may be posted the same update at the same moment: one handles it.
                // A claim outlives any handling (retried through an outage), then counts as left by a dead instance.
                router.claimUpdates(INSTANCE_PREFIX + UUID.randomUUID(),
                        Duration.ofSeconds(settings.storage().outageRetrySeconds()).plus(UPDATE_CLAIM), clock);
            }
            WebhookTransport webhook = new WebhookTransport(settings.telegram(), settings.webhook(), content, router,
                    lanes, clock, database::makeDurable, durableOutbox(clock), metrics);
            transports.add(webhook);
            webhook.start();
            outbox = webhook.outbox();
        } else {
            // Polling alone reads ahead into the inbox: see TelegramTransport (and the README) for why the webhook
            // does not.
            Inbox inbox = new Inbox(new InboxStore(database), database::makeDurable,
                    INSTANCE_PREFIX + UUID.randomUUID(), database.embedded(), clock, settings.telegram().inboxLimit());
            TelegramTransport telegram = new TelegramTransport(settings.telegram(), content, router, lanes,
                    settings.bot().workerThreads(), clock, database::makeDurable, durableOutbox(clock), inbox,
                    metrics, database.embedded());
            transports.add(telegram);
            telegram.start(reached);
            scheduling.every(Inbox.SWEEP_EVERY, "inbox", inbox::sweep);
            outbox = telegram.outbox();
        }
        OutboundQueue sending = outbox;
        later.openAfterFirst(sending, BACKGROUND_AT_THE_LATEST);
        metrics.outbox(sending);
        metrics.databaseFaults(database.outageRetry()::faultsMet);
        ReminderJob job = new ReminderJob(reminders, mornings, clock, metrics::remindersSent);
        scheduling.every(ReminderJob.EVERY, "reminders", () -> job.run(sending));
        scheduling.every(DurableOutbox.SWEEP_EVERY, "outbox", durable::sweep);
        if (settings.operations().enabled()) {
            transports.add(OperatorEndpoints.start(settings.operations().port(), metrics, database::reachable,
                    scheduling::isRunning));
        }
    }

    /** The outbox the answers to updates are kept in with their data (one per Telegram start). */
    private DurableOutbox durableOutbox(Clock clock) {
        durable = new DurableOutbox(new OutboxStore(database, users), database::makeDurable,
                database.embedded() ? DurableOutbox.REMOVAL_LINGER : Duration.ZERO, INSTANCE_PREFIX + UUID.randomUUID(),
                database.embedded(), clock);
        return durable;
    }

    /**
     * The console as the transport: the same reminder job as Telegram's, every {@link ReminderJob#EVERY}, with what
     * falls due for the console's parent (reminders and morning notes, nobody else's) printed to {@code out}; and
     * /delete removes the parent's console files. Returns one run of that job, which waits for a run in progress:
     * for running it now.
     */
    public Runnable startConsole(ConsoleChat chat, Clock clock, PrintStream out) {
        later.open();
        delete.onDeleted(chat::parentDeleted);
        Outbox printed = chat.outbox(out);
        ReminderJob job = new ReminderJob(reminders, mornings, clock, metrics::remindersSent);
        Object oneAtATime = new Object();
        Runnable check = () -> {
            synchronized (oneAtATime) {
                job.run(printed, OptionalLong.of(chat.userId()));
            }
        };
        scheduling.every(ReminderJob.EVERY, "reminders", check);
        return check;
    }

    /** The Telegram sender once {@link #startTelegram} ran: for what the bot sends by itself. */
    public Outbox outbox() {
        if (outbox == null) {
            throw new IllegalStateException("Telegram is not started");
        }
        return outbox;
    }

    /** What operators see at /metrics (records nothing unless OPERATIONS_PORT is set). */
    public Metrics metrics() {
        return metrics;
    }

    /** Message units queued or being sent (0 without Telegram): for operators and tests. */
    public int outboxDepth() {
        return outbox == null ? 0 : outbox.depth();
    }

    public MorningNotes mornings() {
        return mornings;
    }

    public ReminderDispatcher reminders() {
        return reminders;
    }

    public Router router() {
        return router;
    }

    public ContentCatalog content() {
        return content;
    }

    public UserStore users() {
        return users;
    }

    public Database database() {
        return database;
    }

    /** Updates handled to the end (replies sent or given up) since start: for operators and tests. */
    public long updatesHandled() {
        return lanes.completed();
    }

    public Scheduling scheduling() {
        return scheduling;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (AutoCloseable transport : transports) {
            try {
                transport.close();
            } catch (Exception e) {
                LOG.warn("Closing a transport: {}", e.getClass().getName());
            }
        }
        lanes.close();
        try {
            scheduling.close();
        } finally {
            database.close();
        }
        LOG.info("Stopped cleanly");
    }
}
