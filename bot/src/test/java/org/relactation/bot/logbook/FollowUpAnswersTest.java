package org.relactation.bot.logbook;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** What typed text answers "How much?" and "When was it?" after a log, as parents type it. */
class FollowUpAnswersTest {
    private static final LogParser PARSER = LogParserTest.PARSER;
    private static final ZoneId MADRID = LogParserTest.MADRID;
    private static final Instant NOW = LogParserTest.NOW; // 16:00 in Madrid

    private static boolean amount(String typed, String language) {
        return FollowUpHandler.fixesOpenEntry(PARSER, typed, language, MADRID, NOW, FollowUpHandler.AMOUNT);
    }

    private static ZonedDateTime when(String typed, String language) {
        ParseResult result = FollowUpHandler.completedLog(PARSER, "pumped 15 min", typed, language, MADRID, NOW)
                .orElseThrow(() -> new AssertionError("no time read in: " + typed));
        return ((ParseResult.Parsed) result).entry().at().atZone(MADRID);
    }

    @Test
    void theAmountSaidFirstAnswersAndTheWordsAfterItAreTheParentsOwn() {
        assertThat(amount("25!! best so far 🥳", "en")).isTrue();
        assertThat(amount("like 3 ml. so tired", "en")).isTrue();
        assertThat(amount("nada, como siempre 🙃", "es")).isTrue();
        assertThat(amount("casi nada 😞", "es")).isTrue();
        assertThat(amount("1.5 oz", "en")).isTrue();
        // Words after it in the same sentence that log something are no answer to the amount alone; in a sentence
        // of their own, they are a log of their own.
        assertThat(amount("50, and nursed 10 min at 5", "en")).isFalse();
        assertThat(amount("50. and nursed 10 min at 5", "en")).isTrue();
        assertThat(amount("this pump is slowly killing me", "en")).isFalse();
    }

    @Test
    void anAmountForEachSideOrDoubtedAnswers() {
        assertThat(amount("3 de cada lado", "es")).isTrue();
        assertThat(amount("maybe 10 ml?", "en")).isTrue();
        assertThat(amount("media onza", "es")).isTrue();
        // "como" before a number, written as a word too, means "about": it asks nothing
        assertThat(amount("como media onza", "es")).isTrue();
        assertThat(amount("about an oz", "en")).isTrue();
        assertThat(amount("half oz", "en")).isTrue();
        assertThat(amount("not much, maybe 5", "en")).isTrue();
        assertThat(amount("un chorrito", "es")).isTrue();
        assertThat(amount("didnt get any", "en")).isTrue();
        assertThat(amount("is 10 ml enough?", "en")).isFalse();
        // said about after the number, or after a word that opens a turn
        assertThat(amount("eh 15 or so", "en")).isTrue();
        assertThat(amount("20 y pico", "es")).isTrue();
        assertThat(amount("barely 5", "en")).isTrue();
        assertThat(amount("apenas 5", "es")).isTrue();
        assertThat(amount("forgot to check", "en")).as("no amount to give").isTrue();
        // the amount, then words of the parent's own with no stop between; a log of its own is no answer
        assertThat(amount("only 4 ugh", "en")).isTrue();
        assertThat(amount("also 2 wet nappies since the last one", "en")).isFalse();
    }

    @Test
    void aTimeTypedAsPartsOfTheDayOrDigitsAnswers() {
        assertThat(when("anoche", "es").toLocalTime()).hasToString("23:00");
        assertThat(when("anoche", "es").toLocalDate()).isEqualTo(NOW.atZone(MADRID).toLocalDate().minusDays(1));
        assertThat(when("after lunch", "en").toLocalTime()).hasToString("13:30");
        assertThat(when("hace un rato", "es").toInstant()).isEqualTo(NOW.minusSeconds(30 * 60));
        assertThat(when("1130", "en").toLocalTime()).hasToString("11:30");
        assertThat(when("2ish", "en").toLocalTime()).hasToString("14:00");
        assertThat(when("maybe 4ish", "en").toLocalTime()).hasToString("16:00");
        assertThat(when("como 5", "es").toLocalTime()).hasToString("05:00");
        assertThat(when("4am, so sick of night pumps", "en").toLocalTime()).hasToString("04:00");
        assertThat(when("about an hr ago", "en").toInstant()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(when("hará una horita", "es").toInstant()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(when("bout 3ish", "en").toLocalTime()).hasToString("15:00");
        // the session said done at a time is the one asked about, not a second one
        assertThat(when("finished it a sec ago", "en").toInstant()).isEqualTo(NOW);
        assertThat(when("done at 1", "en").toLocalTime()).hasToString("13:00");
        assertThat(FollowUpHandler.completedLog(PARSER, "pumped 15 min", "should the 2am one be the longest?", "en",
                MADRID, NOW)).isEmpty();
    }
}
