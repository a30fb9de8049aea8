package org.relactation.bot.parent;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.SettingsLoader;

import java.nio.file.Path;
import java.time.Duration;
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

    @Test
    void anUpdateIsClaimedByOneInstanceUntilHandledOrItsClaimRunsOut() {
        UserStore users = application.users();
        Instant now = Instant.parse("2026-03-10T08:00:00Z");
        Duration lease = Duration.ofMinutes(2);
        users.touch(604, 604, "en", now);

        assertThat(users.claimUpdate(604, 77, "a", now, lease)).isEqualTo(UserStore.Claim.TAKEN);
        assertThat(users.claimUpdate(604, 77, "b", now, lease)).isEqualTo(UserStore.Claim.HELD_ELSEWHERE);
        assertThat(users.claimUpdate(604, 77, "a", now.plusSeconds(1), lease)).as("its own retry")
                .isEqualTo(UserStore.Claim.TAKEN);
        assertThat(users.claimUpdate(604, 78, "b", now, lease)).as("another update").isEqualTo(UserStore.Claim.TAKEN);
        // The profile reads as before with claims in the document.
        assertThat(users.find(604).orElseThrow().alreadyHandled(77)).isFalse();

        users.markHandled(604, 77, true);
        assertThat(users.claimUpdate(604, 77, "b", now, lease)).isEqualTo(UserStore.Claim.HANDLED);
        assertThat(users.find(604).orElseThrow().alreadyHandled(77)).isTrue();

        // A claim left by an instance that died is taken over once it has run out.
        assertThat(users.claimUpdate(604, 78, "a", now.plus(lease), lease)).isEqualTo(UserStore.Claim.HELD_ELSEWHERE);
        assertThat(users.claimUpdate(604, 78, "a", now.plus(lease).plusSeconds(1), lease))
                .isEqualTo(UserStore.Claim.TAKEN);
    }
}
