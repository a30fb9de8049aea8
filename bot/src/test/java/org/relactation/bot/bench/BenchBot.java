package org.relactation.bot.bench;

import com.mongodb.MongoClientSettings;

import org.relactation.bot.app.Application;
import org.relactation.bot.config.Settings;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.e2e.BotHarness;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The real bot as production starts it, on the embedded database in {@code dataDir}, against a Bot API at {@code apiUrl}. */
final class BenchBot {
    private BenchBot() {
    }

    static Settings settings(String apiUrl, Path dataDir, Map<String, String> benchEnvironment) {
        Map<String, String> environment = new HashMap<>(benchEnvironment);
        environment.put("BOT_TOKEN", BotHarness.TOKEN);
        environment.put("TELEGRAM_API_URL", apiUrl);
        environment.put("DATA_DIR", dataDir.toString());
        return new SettingsLoader(environment).load(Optional.empty());
    }

    /** Started and polling. */
    static Application start(Settings settings, Clock clock) {
        return start(settings, clock, builder -> {
        });
    }

    /** Started and polling, with {@code instrument} adding listeners to the database client's settings. */
    static Application start(Settings settings, Clock clock, Consumer<MongoClientSettings.Builder> instrument) {
        Application application = Application.start(settings, instrument);
        try {
            application.startTelegram(clock);
            return application;
        } catch (Exception e) {
            application.close();
            throw new IllegalStateException(e);
        }
    }
}
