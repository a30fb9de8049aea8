package org.relactation.bot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.Map;
import java.util.function.Function;

/**
 * The bot's logging, set up in code when logback starts (found through {@code META-INF/services}): logs go to stderr
 * so that the console chat owns stdout; LOG_LEVEL (default INFO) and LOG_FORMAT ({@code text}, the default, or
 * {@code json}: one JSON object a line), each read as a system property first, then from the environment. Message
 * texts are never logged by the bot; {@code %safeMsg} and {@code %safeEx} mask bot tokens and database passwords that
 * a library might print. An operator's own logback XML still wins: {@code -Dlogback.configurationFile=FILE}.
 *
 * <p>In code rather than a logback.xml because logback's XML reader (Joran, with the JDK's XML parser) loaded about
 * 600 classes and took about a third of a second of the main thread at every start, before anything else could.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** The text layout: time in UTC, level, thread, logger, the masked message and the masked stack trace. */
    static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{24} - %safeMsg%n%safeEx";

    /** Levels of chatty libraries, and of those whose lines could carry what must not be logged. */
    static final Map<String, Level> LIBRARY_LEVELS = Map.ofEntries(
            // Their INFO lines say nothing an operator needs.
            Map.entry("org.mongodb.driver", Level.WARN),
            Map.entry("de.bwaldvogel.mongo", Level.WARN),
            // Logs a failed command whole, documents and all ("failed to handle {...}"): parents' notes are health
            // data. The driver reports the failure to the bot, which logs it without the documents.
            Map.entry("de.bwaldvogel.mongo.wire.MongoDatabaseHandler", Level.OFF),
            // The embedded server ignores non-unique compound indexes and says so at every start; real MongoDB uses
            // them.
            Map.entry("de.bwaldvogel.mongo.backend.AbstractMongoDatabase", Level.ERROR),
            // PDFBox notes that it draws Helvetica with a metric-compatible system font.
            Map.entry("org.apache.pdfbox.pdmodel.font", Level.ERROR),
            Map.entry("org.quartz", Level.WARN),
            Map.entry("org.telegram.telegrambots", Level.WARN),
            Map.entry("okhttp3", Level.WARN),
            // Lucene notes once that the JDK's vector module is not enabled: a speed hint, not a problem.
            Map.entry("org.apache.lucene.internal.vectorization", Level.ERROR));

    private final Function<String, String> environment;

    public LogSetup() {
        this(System::getenv);
    }

    /** @param environment the environment variables (for tests) */
    LogSetup(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // the operator's own XML, read by logback as usual
        }
        // java.util.logging (Lucene, the JDK) arrives through jul-to-slf4j; this keeps its level checks cheap.
        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        context.addListener(julLevels);
        julLevels.start();

        boolean json = "json".equals(setting("LOG_FORMAT"));
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout(context, json));
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName(json ? "json" : "text");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        LIBRARY_LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        String level = setting("LOG_LEVEL");
        // As logback reads a level it does not know: DEBUG.
        root.setLevel(level == null ? Level.INFO : Level.toLevel(level, Level.DEBUG));
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Layout<ILoggingEvent> layout(LoggerContext context, boolean json) {
        if (json) {
            JsonLineLayout layout = new JsonLineLayout();
            layout.setContext(context);
            layout.start();
            return layout;
        }
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("safeMsg", RedactedMessageConverter::new);
        layout.getInstanceConverterMap().put("safeEx", RedactedThrowableConverter::new);
        layout.setPattern(TEXT_PATTERN);
        layout.start();
        return layout;
    }

    /** A setting as logback's {@code ${NAME}} reads it: a system property, else an environment variable. */
    private String setting(String name) {
        String property = System.getProperty(name);
        return property != null ? property : environment.apply(name);
    }
}
