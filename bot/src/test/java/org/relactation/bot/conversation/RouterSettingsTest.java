package org.relactation.bot.conversation;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nothing silently replaces another: a router setting is given once, and everything is registered before the first
 * update. The pipeline's stages in order, without a database: a group message gets the warning and no pointer.
 */
class RouterSettingsTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();

    private static Inbound inGroup(String text) {
        return new Inbound(1, 42, -100, false, text, null, "en", Instant.parse("2026-01-01T12:00:00Z"));
    }

    @Test
    void aSettingGivenTwiceIsRefused() {
        Router router = new Router(CONTENT, null, "en").safeguard(Safeguard.NONE);

        assertThatThrownBy(() -> router.safeguard(inbound -> Safeguard.Verdict.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("safeguard is already set");
        assertThatThrownBy(() -> router.fallback(turn -> List.of()).fallback(turn -> List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fallback is already set");
    }

    @Test
    void nothingIsRegisteredOnceUpdatesAreHandled() {
        Router router = new Router(CONTENT, null, "en");
        router.handle(inGroup("hello"));

        assertThatThrownBy(() -> router.freeText(turn -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> router.onReturnAfterBlocking((user, at) -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void inAGroupTheWarningIsTheWholeAnswerAndOtherwiseAPointerToAPrivateChat() {
        Action.Reply warning = new Action.Reply(-100, "call now");
        Router router = new Router(CONTENT, null, "en").safeguard(inbound -> inbound.text().contains("floppy")
                ? new Safeguard.Verdict(List.of(warning), false) : Safeguard.Verdict.NONE);

        Router.Handled warned = router.handleUpdate(inGroup("she is floppy"), () -> { });
        Router.Handled plain = router.handleUpdate(inGroup("hello"), () -> { });

        assertThat(warned.warnings()).containsExactly(warning);
        assertThat(warned.answer()).isEmpty();
        assertThat(plain.warnings()).isEmpty();
        assertThat(plain.answer()).containsExactly(
                new Action.Reply(-100, CONTENT.texts("en").get("group.private_only")));
    }
}
