package org.relactation.bot.safety;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Safeguard.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The safety net with its detector still being built, as start-up leaves it until the first reply has gone out. */
class SafetyNetTest {
    private static final ContentCatalog CATALOG = ContentCatalog.load();
    private static final Instant AT = Instant.parse("2026-12-06T06:00:00Z");

    private static SafetyNet net(Supplier<RedFlagDetector> detector) {
        return new SafetyNet(CATALOG, detector, user -> Optional.empty(), "en");
    }

    private static Inbound text(String text) {
        return new Inbound(1, 7, 7, true, text, null, "en", AT);
    }

    @Test
    void aCommandOrAButtonPressNeedsNoDetector() {
        SafetyNet net = net(() -> {
            throw new AssertionError("the detector was asked for");
        });

        assertThat(net.check(text("/start"))).isEqualTo(Verdict.NONE);
        assertThat(net.check(new Inbound(2, 7, 7, true, null, new Inbound.ButtonPress("menu", 1, "c1"), "en", AT)))
                .isEqualTo(Verdict.NONE);
    }

    @Test
    void aTextWaitsForTheDetectorAndIsCheckedByIt() throws Exception {
        CompletableFuture<RedFlagDetector> building = new CompletableFuture<>();
        SafetyNet net = net(building::join);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<Verdict> checked = worker.submit(() -> net.check(text("my baby of 3 weeks has a fever")));
            assertThatThrownBy(() -> checked.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            building.complete(new RedFlagDetector(CATALOG));

            assertThat(checked.get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS).warned()).isTrue();
        } finally {
            worker.shutdownNow();
        }
    }
}
