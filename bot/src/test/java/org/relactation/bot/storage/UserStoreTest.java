package org.relactation.bot.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.SettingsLoader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A visit is one write: the last-seen time of a known parent is stored with the handled update. */
class UserStoreTest {
    @TempDir
    static Path dataDir;
    static Application application;

    @BeforeAll
    static void start() {
        application = Application.start(new SettingsLoader(Map.of("DATA_DIR", dataDir.toString()))
                .load(Optional.empty()));
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void aKnownParentsVisitIsStoredWithTheHandledUpdate() {
        UserStore users = application.users();
        Instant first = Instant.parse("2026-03-10T08:00:00Z");
        Instant later = first.plusSeconds(600);
        users.touch(601, 601, "en", first);

        users.touch(601, 601, "en", later);
        users.markHandled(601, 42);

        UserProfile stored = users.find(601).orElseThrow();
        assertThat(stored.lastSeenAt()).isEqualTo(later);
        assertThat(stored.alreadyHandled(42)).isTrue();
    }

    @Test
    void aNewChatIsStoredAtOnce() {
        UserStore users = application.users();
        Instant first = Instant.parse("2026-03-10T08:00:00Z");
        users.touch(602, 602, "en", first);

        assertThat(users.touch(602, 9602, "en", first.plusSeconds(5)).chatId()).isEqualTo(9602);
        assertThat(users.find(602).orElseThrow().chatId()).isEqualTo(9602);
        assertThat(users.touchExisting(603, 603, first)).isEmpty();
        assertThat(users.find(603)).isEmpty();
    }
}
