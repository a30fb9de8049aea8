package org.relactation.bot.conversation;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A name in one language must not run another command than the one it names (content names /today "hoy"). */
class RouterCommandNamesTest {
    private final Router router = new Router(ContentCatalog.load(), null, "en");

    private static Command named(String name) {
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Action> run(Turn turn) {
                return List.of();
            }
        };
    }

    @Test
    void aCommandNamedLikeAnotherOnesSpanishNameIsRefused() {
        router.command(named("today"));

        assertThatThrownBy(() -> router.command(named("hoy"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/hoy already names /today");
    }

    @Test
    void aCommandWhoseSpanishNameIsAnotherCommandIsRefused() {
        router.command(named("hoy"));

        assertThatThrownBy(() -> router.command(named("today"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The es name /hoy of /today already names /hoy");
    }

    @Test
    void aCommandWithoutNamesInContentKeepsItsOwnName() {
        assertThatCode(() -> router.command(named("today")).command(named("brand_new"))).doesNotThrowAnyException();
    }
}
