package org.relactation.bot.app;

import ch.qos.logback.classic.LoggerContext;
import org.relactation.bot.config.Settings;
import org.relactation.bot.config.SettingsException;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.console.ConsoleChat;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.telegram.TelegramTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** Entry point: {@code java -jar relactation-bot.jar [--console] [--user N] [--lang CODE] [--config FILE]}. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        // The content loads while logging is set up and the settings are read, which do not need it: two cores.
        CompletableFuture<ContentCatalog> content = CompletableFuture.supplyAsync(ContentCatalog::load,
                Application.START_UP);
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(content.join().operator().get("usage"));
            return 2;
        }
        if (arguments.help()) {
            out.println(content.join().operator().get("usage"));
            return 0;
        }
        Settings settings;
        try {
            settings = new SettingsLoader(System.getenv()).load(arguments.config());
            if (arguments.telegram()) {
                settings.telegram().requireToken();
            }
        } catch (SettingsException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        boolean console = arguments.console() || !settings.telegram().hasToken();
        if (console && System.getenv("LOG_LEVEL") == null) {
            // The terminal is the chat: only problems should interrupt it (unless a log level was asked for).
            ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME)
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
        CompletableFuture<TelegramTransport.Reached> reached = null;
        if (!console && !settings.webhook().enabled()) {
            // The Bot API is reached (its first round trip) and the Telegram client's classes load while the rest of
            // the bot is made: two cores at start-up, and the round trip off the way to the first reply.
            reached = TelegramTransport.reachAhead(settings.telegram(), Application.START_UP);
        } else if (!console) {
            Application.START_UP.execute(() -> {
                try {
                    TelegramTransport.warmUp();
                } catch (RuntimeException e) {
                    LOG.warn("Loading the Telegram client ahead failed: {}", e.getClass().getName());
                }
            });
        }
        Application application;
        try {
            application = Application.start(settings, content);
        } catch (RuntimeException e) {
            return failedToStart(e, settings);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            application.close();
            stopped.countDown();
            ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
        }, "shutdown"));
        try {
            if (console) {
                if (!arguments.console()) {
                    System.err.println(application.content().operator().get("no_token"));
                }
                runConsole(application, arguments, settings, out);
                application.close();
                return 0;
            }
            try {
                application.startTelegram(Clock.systemUTC(), reached);
            } catch (Exception e) {
                application.close();
                return failedToStart(e, settings);
            }
            stopped.await();
            return 0;
        } catch (Exception e) {
            LOG.error("The bot stopped: {}", e.getClass().getName(), e);
            application.close();
            return 1;
        }
    }

    /**
     * One line on stderr saying why the bot could not start (a refused token, an unreachable Bot API, a port in use,
     * an unwritable folder, a damaged database file), and the stack trace only with LOG_LEVEL=DEBUG.
     */
    private static int failedToStart(Throwable failure, Settings settings) {
        LOG.debug("Start-up failed", failure);
        System.err.println(StartupFailure.line(failure, settings.telegram().apiUrl()));
        return 1;
    }

    private static void runConsole(Application application, Arguments arguments, Settings settings,
                                   PrintStream out) throws IOException {
        ContentCatalog content = application.content();
        ConsoleChat chat = new ConsoleChat(application.router(), content.operator(), Clock.systemUTC(),
                arguments.user(), arguments.language(), settings.storage().dataDir().resolve("console"));
        application.startConsole(chat, Clock.systemUTC(), out);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        chat.run(in, out, System.console() != null);
    }
}
