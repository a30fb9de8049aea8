package org.relactation.bot.storage;

import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry through a database outage, on a fake clock that only the fake sleeper moves. */
class OutageRetryTest {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final List<Duration> pauses = new ArrayList<>();
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private OutageRetry retry(Duration budget) {
        return new OutageRetry(budget, clock, pause -> {
            pauses.add(pause);
            now = now.plus(pause);
        });
    }

    private static RuntimeException unreachable() {
        return new MongoTimeoutException("Timed out while waiting for a server");
    }

    @Test
    void aFaultIsRetriedWithDoublingPausesUntilTheWorkSucceeds() {
        AtomicInteger tries = new AtomicInteger();

        OutageRetry retry = retry(Duration.ofSeconds(20));
        String result = retry.call(() -> {
            if (tries.incrementAndGet() < 4) {
                throw unreachable();
            }
            return "stored";
        });

        assertThat(result).isEqualTo("stored");
        assertThat(tries).hasValue(4);
        assertThat(retry.pausesTaken()).isEqualTo(3);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void everyAttemptThatMetAFaultIsCountedForOperatorsAndNothingElseIs() {
        AtomicInteger tries = new AtomicInteger();
        OutageRetry retry = retry(Duration.ofMillis(250));
        assertThatThrownBy(() -> retry.run(() -> {
            tries.incrementAndGet();
            throw unreachable();
        })).isInstanceOf(MongoTimeoutException.class);
        // Tried at 0, 100 and 250 ms (the budget's end): three faults met, the last one given up on.
        assertThat(tries).hasValue(3);
        assertThat(retry.faultsMet()).isEqualTo(3);

        assertThatThrownBy(() -> retry.run(() -> {
            throw new IllegalStateException("a bug, not the database");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(retry.call(() -> "stored")).isEqualTo("stored");
        assertThat(retry.faultsMet()).isEqualTo(3);
    }

    @Test
    void pausesStopGrowingAtTwoSecondsAndTheRetryEndsWithTheBudget() {
        AtomicInteger tries = new AtomicInteger();
        RuntimeException last = new MongoSocketOpenException("refused", new ServerAddress());

        assertThatThrownBy(() -> retry(Duration.ofSeconds(10)).run(() -> {
            tries.incrementAndGet();
            now = now.plusMillis(50); // each try takes a little time too
            throw last;
        })).isSameAs(last);

        assertThat(pauses).startsWith(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(pauses).allMatch(pause -> pause.compareTo(Duration.ofSeconds(2)) <= 0);
        // Bounded: the last try starts at the deadline at the latest.
        assertThat(now).isBeforeOrEqualTo(Instant.parse("2026-01-01T00:00:10.050Z"));
        assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus)).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(tries.get()).isEqualTo(pauses.size() + 1);
    }

    @Test
    void aBugIsThrownAtOnceWithoutWaiting() {
        AtomicInteger tries = new AtomicInteger();
        IllegalStateException bug = new IllegalStateException("a bug");

        assertThatThrownBy(() -> retry(Duration.ofSeconds(20)).run(() -> {
            tries.incrementAndGet();
            throw bug;
        })).isSameAs(bug);

        assertThat(tries).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void stepsOfOnePieceOfWorkShareOneDeadline() {
        OutageRetry.Attempts attempts = retry(Duration.ofSeconds(3)).start();
        AtomicInteger first = new AtomicInteger();
        attempts.run(() -> {
            if (first.incrementAndGet() < 5) {
                throw unreachable(); // pauses 0.1 + 0.2 + 0.4 + 0.8 = 1.5 s
            }
        });

        assertThatThrownBy(() -> attempts.run(() -> {
            throw unreachable();
        })).isInstanceOf(MongoTimeoutException.class);

        assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void noBudgetMeansOneTry() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> retry(Duration.ZERO).run(() -> {
            tries.incrementAndGet();
            throw unreachable();
        })).isInstanceOf(MongoTimeoutException.class);

        assertThat(tries).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void databaseFaultsAreToldApartFromBugs() {
        assertThat(DatabaseFault.isFault(unreachable())).isTrue();
        assertThat(DatabaseFault.isFault(new MongoSocketOpenException("refused", new ServerAddress()))).isTrue();
        assertThat(DatabaseFault.isFault(new MongoNotPrimaryException(new BsonDocument(),
                new ServerAddress()))).isTrue();
        assertThat(DatabaseFault.isFault(new DatabaseFault("commit failed", new IllegalStateException())))
                .isTrue();
        assertThat(DatabaseFault.isFault(new IllegalStateException("wrapped", unreachable()))).isTrue();

        assertThat(DatabaseFault.isFault(new MongoWriteException(new WriteError(11000, "duplicate key",
                new BsonDocument()), new ServerAddress(), Set.of()))).isFalse();
        assertThat(DatabaseFault.isFault(new MongoInterruptedException("stopping", null))).isFalse();
        assertThat(DatabaseFault.isFault(new NullPointerException())).isFalse();
    }
}
