package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.Texts;
import org.relactation.bot.encouragement.MilestoneStore;
import org.relactation.bot.encouragement.Variants;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.reminders.ReminderStore;
import org.relactation.bot.storage.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Encouragement through Telegram: milestones in the reply to a log, once ever; a gentle morning after an empty day. */
class EncouragementEndToEndTest extends SharedBotTest {

    private static Texts texts(String language) {
        return bot.application().content().texts(language);
    }

    /** Every wording of a family, with its placeholders as they stand (enough to recognise a line). */
    private static List<String> variants(String language, String family) {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= Variants.count(texts(language), family); i++) {
            all.add(texts(language).get(family + "." + i));
        }
        return all;
    }

    private static boolean containsAny(String text, List<String> lines) {
        return lines.stream().anyMatch(text::contains);
    }

    @Test
    void theFirstLogIsCelebratedInItsReplyAndNeverAgain() {
        Parent parent = bot.parent(30_001, "en");
        List<String> firstLog = variants("en", "encouragement.milestone.first_log");
        List<String> firstDrops = variants("en", "encouragement.milestone.first_drops");

        parent.says("pumped 15 min 20ml");

        assertThat(parent.newMessages()).as("one reply, not an extra message").hasSize(1);
        String reply = parent.lastMessage().text();
        assertThat(reply).startsWith("✅ Logged: pumped").contains("Today: 1 of 8 sessions.");
        assertThat(containsAny(reply, firstLog)).as(reply).isTrue();
        assertThat(containsAny(reply, firstDrops)).as(reply).isTrue();

        parent.says("pumped 10 min 15ml");
        assertThat(containsAny(parent.lastMessage().text(), firstLog)).isFalse();
        assertThat(containsAny(parent.lastMessage().text(), firstDrops)).isFalse();

        parent.says("/undo");
        parent.says("/undo");
        assertThat(new EntryStore(bot.application().database()).all(30_001)).isEmpty();
        parent.says("done 5 ml");
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged");
        assertThat(containsAny(parent.lastMessage().text(), firstLog)).as("a log emptied by /undo starts no second first")
                .isFalse();
        assertThat(containsAny(parent.lastMessage().text(), firstDrops)).isFalse();
        assertThat(new MilestoneStore(bot.application().database()).read(30_001).once())
                .contains("first_log", "first_drops");
    }

    @Test
    void aRepeatedButtonPressCelebratesOnce() {
        Parent parent = bot.parent(30_002, "es");
        parent.says("/today");

        parent.doublePresses(texts("es").get("logbook.quick.pumped"));

        List<String> firstLog = variants("es", "encouragement.milestone.first_log");
        assertThat(parent.newMessages()).filteredOn(m -> containsAny(m.text(), firstLog)).hasSize(1);
    }

    @Test
    void firstDropsAddedWithTheAmountButtonAreCelebratedInTheEditedReply() {
        Parent parent = bot.parent(30_004, "en");
        List<String> firstDrops = variants("en", "encouragement.milestone.first_drops");
        parent.says("/today");
        parent.presses("Pumped");
        assertThat(containsAny(parent.lastMessage().text(), variants("en", "encouragement.milestone.first_log")))
                .isTrue();
        assertThat(containsAny(parent.lastMessage().text(), firstDrops)).isFalse();

        parent.presses("💧 Amount");
        parent.presses("30 ml");

        assertThat(parent.lastMessage().text()).contains("30 ml");
        assertThat(containsAny(parent.lastMessage().text(), firstDrops)).as(parent.lastMessage().text()).isTrue();
        parent.presses("💧 Amount");
        parent.presses("50 ml");
        assertThat(containsAny(parent.lastMessage().text(), firstDrops)).isFalse();
    }

    @Test
    void theMorningNoteAfterAnEmptyDayIsGentleAndHasNoNumbers() {
        Parent parent = bot.parent(30_003, "en");
        parent.says("hello");
        EntryStore entries = new EntryStore(bot.application().database());
        for (int daysAgo = 2; daysAgo <= 8; daysAgo++) {
            Instant at = Instant.now().minus(Duration.ofDays(daysAgo));
            entries.add(new Entry(null, 30_003, "old" + daysAgo, EntryKind.SESSION, Method.PUMP, null, 15, 40, at,
                    null, null, null, null, at));
        }
        ReminderStore mornings = new ReminderStore(bot.application().database(), Schema.MORNING_NOTES);
        mornings.schedule(30_003, Instant.now().minusSeconds(5));
        int before = parent.messages().size();

        bot.application().mornings().dispatchDue(Instant.now(), 100, bot.application().outbox());

        assertThat(parent.messages()).hasSize(before + 1);
        String note = parent.lastMessage().text();
        String[] lines = note.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isIn(variants("en", "encouragement.morning.hello"));
        assertThat(lines[1]).isIn(variants("en", "encouragement.morning.empty"));
        assertThat(note).doesNotContain("Yesterday you did").doesNotContainPattern("\\d");
    }
}
