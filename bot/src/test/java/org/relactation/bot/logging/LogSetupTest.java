package org.relactation.bot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.LogManager;

import static org.assertj.core.api.Assertions.assertThat;

class LogSetupTest {
    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private static LoggerContext configured(Map<String, String> environment) {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup(environment::get);
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        return context;
    }

    private static String line(LoggerContext context, String message, Throwable thrown) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<?> appender = (ConsoleAppender<?>) root.iteratorForAppenders().next();
        assertThat(appender.isStarted()).isTrue();
        assertThat(appender.getTarget()).isEqualTo("System.err");
        @SuppressWarnings("unchecked")
        Encoder<LoggingEvent> encoder = (Encoder<LoggingEvent>) (Encoder<?>) appender.getEncoder();
        LoggingEvent event = new LoggingEvent(LogSetupTest.class.getName(), context.getLogger(LogSetupTest.class),
                Level.WARN, message, thrown, null);
        event.setThreadName("chat-lane-1");
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void textLinesToStderrAtInfoWithTokensMaskedAndTheChattyLibrariesQuieter() {
        LoggerContext context = configured(Map.of());
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.mongodb.driver.cluster").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("de.bwaldvogel.mongo.wire.MongoDatabaseHandler").getEffectiveLevel())
                .isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.apache.lucene.internal.vectorization.X").getEffectiveLevel())
                .isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.relactation.bot.app.Main").getEffectiveLevel()).isEqualTo(Level.INFO);
        String line = line(context, "calling https://api.telegram.org/bot" + TOKEN + "/getUpdates",
                new IllegalStateException("token " + TOKEN));
        assertThat(line).matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z WARN  \\[chat-lane-1\\] "
                + "o\\.r\\.b\\.l\\.LogSetupTest - calling https://api\\.telegram\\.org/bot<bot-token>/getUpdates"
                + "\\R.*IllegalStateException: token <bot-token>.*");
        assertThat(line).doesNotContain(TOKEN);
    }

    @Test
    void logLevelAndJsonLinesFromTheEnvironment() {
        LoggerContext context = configured(Map.of("LOG_LEVEL", "DEBUG", "LOG_FORMAT", "json"));
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("org.quartz").getLevel()).isEqualTo(Level.WARN);
        String line = line(context, "token " + TOKEN, null);
        assertThat(line).startsWith("{\"time\":").contains("\"level\":\"WARN\"", "\"thread\":\"chat-lane-1\"",
                "\"message\":\"token <bot-token>\"").doesNotContain(TOKEN).endsWith("}" + System.lineSeparator());
    }

    @Test
    void julLevelsFollowLogbacks() {
        configured(Map.of("LOG_LEVEL", "WARN"));
        assertThat(LogManager.getLogManager().getLogger("").getLevel()).isEqualTo(java.util.logging.Level.WARNING);
    }

    /** The bot's own logback is set up by LogSetup, found as a service (there is no logback.xml any more). */
    @Test
    void logbackFindsItAsAService() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("text") != null || root.getAppender("json") != null).isTrue();
        assertThat(context.getLogger("okhttp3").getLevel()).isEqualTo(Level.WARN);
        assertThat(LogSetupTest.class.getClassLoader().getResource("logback.xml")).isNull();
    }
}
