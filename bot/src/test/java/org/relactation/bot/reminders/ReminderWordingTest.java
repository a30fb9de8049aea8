package org.relactation.bot.reminders;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.encouragement.Variants;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every wording of the reminder in content/ is sent, in every language: a wording added to the YAML is used. */
class ReminderWordingTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();

    @Test
    void remindersGoThroughEveryWordingThereIs() {
        Instant noon = Instant.parse("2026-03-02T12:00:00Z");
        for (String language : CONTENT.languages()) {
            Texts texts = CONTENT.texts(language);
            int count = Variants.count(texts, "reminders.due");
            Set<String> sent = new HashSet<>();
            for (int minute = 0; minute < count; minute++) {
                sent.add(texts.get(ReminderDispatcher.dueKey(texts, noon.plusSeconds(60L * minute))));
            }

            assertThat(count).as(language).isGreaterThanOrEqualTo(4);
            assertThat(sent).as(language).hasSize(count).contains(texts.get("reminders.due." + count));
        }
    }
}
