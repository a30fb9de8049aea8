package org.relactation.bot.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Health data and secrets stay out of the logs: a whole conversation, faults included, at DEBUG level. */
class LogPrivacyTest {
    @TempDir
    Path dataDir;

    @Test
    void noMessageTextNoteOrTokenReachesTheLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        List<String> secrets = List.of("Sofia-secret-note", "fiebre altísima", "quiero morirme", "biberón de 57",
                BotHarness.TOKEN, BotHarness.TOKEN.substring(BotHarness.TOKEN.indexOf(':') + 1));
        try (BotHarness bot = BotHarness.start(dataDir)) {
            Parent parent = bot.parent(7001, "es");
            parent.says("/start");
            parent.says("Madrid");
            parent.says("sacaleches 15 min 20 ml Sofia-secret-note");
            parent.says("tengo fiebre altísima");
            parent.says("quiero morirme");
            parent.says("biberón de 57 ml");
            bot.telegram().failNext("sendMessage", 1, 500, "Internal Server Error", null);
            parent.says("/today");
            bot.telegram().failNext("sendMessage", 1, 400, "Bad Request: message text is empty", null);
            parent.says("/help");
            bot.restart();
            parent.says("/export");
        } finally {
            root.detachAppender(captured);
            root.setLevel(level);
        }

        assertThat(captured.list).isNotEmpty();
        for (ILoggingEvent event : captured.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : secrets) {
                assertThat(line).as("log line from %s", event.getLoggerName()).doesNotContain(secret);
            }
        }
    }
}
