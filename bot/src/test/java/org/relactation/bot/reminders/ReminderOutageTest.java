package org.relactation.bot.reminders;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.app.Application;
import org.relactation.bot.config.SettingsLoader;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.storage.DatabaseFault;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reminder run that meets a database outage leaves every reminder due, and sends none twice. */
class ReminderOutageTest {
    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final long USER = 30_001;

    @TempDir
    Path dataDir;
    private Application application;
    private ReminderStore store;
    private ReminderDispatcher dispatcher;
    private final List<Action> sent = new ArrayList<>();

    @BeforeEach
    void start() {
        application = Application.start(new SettingsLoader(Map.of("DATA_DIR", dataDir.toString(),
                "MONGODB_SERVER_SELECTION_TIMEOUT", "1")).load(Optional.empty()));
        store = new ReminderStore(application.database());
        dispatcher = new ReminderDispatcher(store, application.users(), new EntryStore(application.database()),
                new ReminderPlanner(), application.content(), ZoneId.of("UTC"), "a");
        application.users().touch(USER, USER, "en", NOON.minusSeconds(3600));
        store.schedule(USER, NOON.minusSeconds(60));
    }

    @AfterEach
    void stop() {
        application.database().startEmbeddedServer();
        application.close();
    }

    private Outbox delivering() {
        return actions -> {
            sent.addAll(actions);
            return Outbox.Delivery.DELIVERED;
        };
    }

    @Test
    void aRunDuringTheOutageSendsNothingAndTheReminderIsSentOnceAfterIt() {
        application.database().stopEmbeddedServer();

        assertThatThrownBy(() -> dispatcher.dispatchDue(NOON, 10, delivering())).matches(DatabaseFault::isFault);
        application.database().startEmbeddedServer();

        assertThat(dispatcher.dispatchDue(NOON.plusSeconds(20), 10, delivering())).isEqualTo(1);
        assertThat(dispatcher.dispatchDue(NOON.plusSeconds(40), 10, delivering())).isZero();
        assertThat(sent).hasSize(1);
    }

    /** The reminder is recorded as sent (durably) just before it goes out, so losing the database after is harmless. */
    @Test
    void aReminderSentJustBeforeTheOutageIsNotSentAgainWhenItsClaimRunsOut() {
        Outbox sendThenLoseTheDatabase = actions -> {
            sent.addAll(actions);
            application.database().stopEmbeddedServer();
            return Outbox.Delivery.DELIVERED;
        };

        try {
            assertThat(dispatcher.dispatchDue(NOON, 10, sendThenLoseTheDatabase)).isEqualTo(1);
        } catch (RuntimeException e) {
            // The run may reach the database once more after the send (its next claim), and find it gone: the
            // job then ends with the fault, as any run during an outage; the reminder went out all the same.
            assertThat(DatabaseFault.isFault(e)).as(e.toString()).isTrue();
        }
        assertThat(sent).hasSize(1);
        assertThatThrownBy(() -> dispatcher.dispatchDue(NOON.plusSeconds(20), 10, delivering()))
                .as("still down: the run ends before anything is claimed").matches(DatabaseFault::isFault);
        application.database().startEmbeddedServer();
        // The driver finds out about the restart on its next call (a pooled connection was closed under it): the
        // bot's job would simply run again; here the test waits until the database answers.
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> application.database().reachable());
        Instant afterTheClaim = NOON.plus(ReminderDispatcher.CLAIM).plusSeconds(1);

        assertThat(dispatcher.dispatchDue(afterTheClaim, 10, delivering())).isZero();
        assertThat(sent).hasSize(1);
        Reminder next = store.find(USER).orElseThrow();
        assertThat(next.dueAt()).isAfter(afterTheClaim);
        assertThat(next.claimedBy()).isNull();
    }
}
