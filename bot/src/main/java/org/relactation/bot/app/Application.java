package org.relactation.bot.app;

import org.relactation.bot.config.Settings;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.AboutCommand;
import org.relactation.bot.conversation.ChatLanes;
import org.relactation.bot.conversation.FloodGuard;
import org.relactation.bot.guidance.GuideCards;
import org.relactation.bot.guidance.GuideCommand;
import org.relactation.bot.guidance.QuestionHandler;
import org.relactation.bot.guidance.QuestionMatcher;
import org.relactation.bot.guidance.RedFlagDetector;
import org.relactation.bot.guidance.SafetyCheck;
import org.relactation.bot.conversation.HelpCommand;
import org.relactation.bot.conversation.Router;
import org.relactation.bot.account.LanguageCommand;
import org.relactation.bot.account.TimeZoneResolver;
import org.relactation.bot.account.DeleteCommand;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.logbook.ExportCommand;
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
import org.relactation.bot.reminders.ReminderButtons;
import org.relactation.bot.reminders.ReminderDispatcher;
import org.relactation.bot.reminders.ReminderPlanner;
import org.relactation.bot.reminders.ReminderStore;
import org.relactation.bot.reminders.Scheduling;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.storage.UserStore;
import org.relactation.bot.telegram.TelegramTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
    static final String INSTANCE_PREFIX = "bot-";
    /** How often due reminders are looked for, and how many one run sends at most. */
    static final java.time.Duration REMINDER_CHECK = java.time.Duration.ofSeconds(20);
    public static final int REMINDER_BATCH = 10_000;

    private Application(Settings settings, ContentCatalog content, Database database, Scheduling scheduling) {
        this.settings = settings;
        this.content = content;
        this.database = database;
        this.scheduling = scheduling;
        this.users = new UserStore(database);
        this.router = new Router(content, users, settings.bot().defaultLanguage());
        PlanWriter planWriter = new PlanWriter();
        SettingsView settingsView = new SettingsView();
        OnboardingFlow onboarding = new OnboardingFlow(users, TimeZoneResolver.load(), planWriter, settingsView);
        LanguageCommand language = new LanguageCommand(content, users);
        SettingsCommand settingsCommand = new SettingsCommand(settingsView, onboarding, language::run);
        GuideCards cards = new GuideCards(content);
        GuideCommand guide = new GuideCommand(cards, users);
        QuestionHandler questions = new QuestionHandler(new QuestionMatcher(content, cards), guide);
        SafetyCheck safety = new SafetyCheck(new RedFlagDetector(content));
        Logbook logbook = new Logbook(new EntryStore(database), users, settings.bot().defaultTimezone());
        NextCommand next = new NextCommand(logbook, cards);
        this.reminders = new ReminderDispatcher(new ReminderStore(database), users, logbook.entries(),
                new ReminderPlanner(), content, settings.bot().defaultTimezone(), INSTANCE_PREFIX + UUID.randomUUID());
        logbook.onSession(reminders::sessionLogged);
        this.mornings = new MorningNotes(new ReminderStore(database, Schema.MORNING_NOTES), users, logbook, content,
                INSTANCE_PREFIX + UUID.randomUUID());
        PauseCommands pauses = new PauseCommands(reminders, mornings);
        onboarding.onPlanStarted(turn -> {
            reminders.start(turn.user(), turn.inbound().at());
            mornings.start(turn.user(), turn.inbound().at());
        });
        QuickLogButtons quickLog = new QuickLogButtons(logbook);
        DeleteCommand delete = new DeleteCommand(database);
        router.command(new StartCommand(users, onboarding))
                .command(next)
                .command(new TodayCommand(logbook, quickLog))
                .command(new WeekCommand(logbook))
                .command(new StatsCommand(logbook))
                .command(new ProgressCommand(logbook))
                .command(new ExportCommand(logbook))
                .command(new UndoCommand(logbook))
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
                .buttons(quickLog)
                .buttons(delete)
                .buttons(new ReminderButtons(reminders))
                .buttons(pauses)
                .flow(onboarding)
                .freeText(next)
                .freeText(new LogHandler(LogParser.load(), logbook))
                .freeText(questions)
                .precheck(safety::check)
                .fallback(questions::notSure);
        this.lanes = new ChatLanes(settings.bot().workerThreads());
    }

    /** Loads content, opens the database and starts the scheduler; no transport yet. */
    public static Application start(Settings settings) {
        ContentCatalog content = ContentCatalog.load();
        Database database = Database.open(settings.storage());
        try {
            return new Application(settings, content, database, Scheduling.start());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Starts long polling; updates flow until {@link #close()}. */
    public void startTelegram(Clock clock) throws TelegramApiException {
        // Only on Telegram: a console replay of a long file is not a flood.
        router.floodGuard(new FloodGuard(settings.bot().floodPerMinute(), clock));
        TelegramTransport telegram = new TelegramTransport(settings.telegram(), content, router, lanes, clock,
                database::makeDurable);
        transports.add(telegram);
        telegram.start();
        scheduling.every(REMINDER_CHECK, "reminders", () -> {
            while (reminders.dispatchDue(clock.instant(), REMINDER_BATCH, telegram.outbox()) == REMINDER_BATCH) {
                // a full batch: more may be due
            }
            while (mornings.dispatchDue(clock.instant(), REMINDER_BATCH, telegram.outbox()) == REMINDER_BATCH) {
                // the same for morning notes
            }
        });
    }

    /** The Telegram sender once {@link #startTelegram} ran: for what the bot sends by itself. */
    public org.relactation.bot.conversation.Outbox outbox() {
        return transports.stream().filter(t -> t instanceof TelegramTransport)
                .map(t -> ((TelegramTransport) t).outbox()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Telegram is not started"));
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
