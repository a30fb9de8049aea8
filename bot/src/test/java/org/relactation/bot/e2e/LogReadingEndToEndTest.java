package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.logbook.Side;
import org.relactation.bot.telegram.fake.BotMessage;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Logs read the way parents write them: per side, with typos, drops, and a time from just before midnight. */
class LogReadingEndToEndTest extends SharedBotTest {

    private static List<Entry> entriesOf(long userId) {
        return new EntryStore(bot.application().database()).all(userId);
    }

    @Test
    void eachSideCountsTwiceAndTyposAreForgiven() {
        Parent parent = bot.parent(16_001, "es");
        parent.says("teta 10 min cada lado");
        parent.says("pumpd 15 mni 12ml");

        assertThat(entriesOf(16_001)).extracting(Entry::minutes).containsExactly(20, 15);
        assertThat(entriesOf(16_001).get(0).side()).isEqualTo(Side.BOTH);
        assertThat(entriesOf(16_001).get(1).ml()).isEqualTo(12);
        assertThat(entriesOf(16_001)).extracting(Entry::note).containsOnlyNulls();
    }

    @Test
    void aFewDropsAreASessionNotATopic() {
        Parent parent = bot.parent(16_002, "en");

        parent.says("hand expressed a few drops");

        assertThat(parent.lastMessage().text()).startsWith("✅");
        assertThat(entriesOf(16_002)).singleElement().satisfies(e -> assertThat(e.note()).isEqualTo("a few drops"));
    }

    @Test
    void aTimeStillToComeTodayIsLastNightJustAfterMidnight() {
        // A parent whose clock shows just after midnight, whatever the time here.
        int hour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        Parent parent = onboardedWithOffset(16_003, hour <= 12 ? -hour : 24 - hour); // UTC-12 to UTC+14 exist

        parent.says("pumped 15 min at 23:30");

        assertThat(parent.lastMessage().text()).startsWith("✅").contains("yesterday");
        assertThat(entriesOf(16_003)).singleElement().satisfies(e -> assertThat(e.minutes()).isEqualTo(15));
    }

    @Test
    void anAmountTypedWhileTheAmountsAreShownFixesThatEntry() {
        Parent parent = bot.parent(16_004, "en");
        parent.says("pumped 15 min");
        parent.presses("💧 Amount");

        parent.says("12 ml");

        assertThat(entriesOf(16_004)).singleElement().satisfies(e -> {
            assertThat(e.minutes()).isEqualTo(15);
            assertThat(e.ml()).isEqualTo(12);
        });
        assertThat(parent.messages()).filteredOn(m -> m.text().startsWith("✅")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("12 ml"));

        // Once used, a number is a new log again.
        parent.says("pumped 10 min 20 ml");
        assertThat(entriesOf(16_004)).hasSize(2);
    }

    @Test
    void aTimeTypedAfterWhenWasItCompletesTheLog() {
        Parent parent = bot.parent(16_005, "en");
        parent.says("pumped 15 min 20 ml tomorrow at 10");
        assertThat(parent.lastMessage().text()).contains("When was it?");
        assertThat(entriesOf(16_005)).isEmpty();

        parent.says("yesterday at 10");

        assertThat(parent.lastMessage().text()).startsWith("✅").contains("yesterday");
        assertThat(entriesOf(16_005)).singleElement().satisfies(e -> {
            assertThat(e.minutes()).isEqualTo(15);
            assertThat(e.ml()).isEqualTo(20);
        });
    }

    @Test
    void aTimeTypedAfterWhenWasItWithAQuestionCompletesTheLogAndAnswersIt() {
        Parent parent = bot.parent(16_031, "en");
        parent.says("pumped 10 min 15 ml tomorrow at 9");
        assertThat(parent.lastMessage().text()).contains("When was it?");

        List<BotMessage> replies = parent.says("yesterday at 9, how often should i pump at night?");

        assertThat(entriesOf(16_031)).singleElement().satisfies(e -> {
            assertThat(e.minutes()).isEqualTo(10);
            assertThat(e.ml()).isEqualTo(15);
        });
        assertThat(replies).anySatisfy(reply -> assertThat(reply.text()).startsWith("✅"));
        assertThat(replies).anySatisfy(reply -> assertThat(reply.text()).startsWith("🌙 Night sessions"));
    }

    @Test
    void anAmountTypedWithAQuestionFixesTheEntryAndTheQuestionIsAnswered() {
        Parent parent = bot.parent(16_032, "en");
        parent.says("pumped 20 min");
        parent.presses("💧 Amount");

        List<BotMessage> replies = parent.says("25, is that normal for week 2?");

        assertThat(entriesOf(16_032)).singleElement().satisfies(e -> {
            assertThat(e.minutes()).isEqualTo(20);
            assertThat(e.ml()).isEqualTo(25);
        });
        assertThat(parent.messages()).filteredOn(m -> m.text().startsWith("✅")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("25 ml"));
        // The question is answered too, with a topic or an honest "not sure".
        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.buttonTexts()).isNotEmpty());
    }
}
