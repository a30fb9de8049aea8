package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.logbook.Supplement;
import org.relactation.bot.reminders.Reminder;
import org.relactation.bot.reminders.ReminderStore;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.telegram.fake.ApiCall;
import org.relactation.bot.telegram.fake.BotMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders through Telegram: scheduled at the end of onboarding, sent once when due, snooze, skip, one-tap log. */
class RemindersEndToEndTest extends SharedBotTest {

    private static ReminderStore store() {
        return new ReminderStore(bot.application().database());
    }

    private static int dispatchNow() {
        return bot.application().reminders().dispatchDue(Instant.now(), 100, bot.application().outbox());
    }

    @Test
    void onboardingStartsRemindersAndADueOneIsSentOnceWithItsButtons() {
        Parent parent = onboardedAtNoon(10_001);
        Reminder first = store().find(10_001).orElseThrow();
        assertThat(first.dueAt()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));

        int sent = dispatchNow();
        bot.awaitHandled();

        assertThat(sent).isGreaterThanOrEqualTo(1);
        BotMessage reminder = parent.lastMessage();
        assertThat(reminder.text()).startsWith("⏰");
        assertThat(reminder.buttonTexts()).containsExactly("Pumped", "Nursed", "Hand expressed", "⏰ 15 min",
                "⏰ 30 min", "⏰ 60 min", "Skip");
        assertThat(store().find(10_001).orElseThrow().dueAt()).isAfter(Instant.now().plus(Duration.ofMinutes(90)));
        int before = parent.messages().size();
        dispatchNow();
        assertThat(parent.messages()).hasSize(before);
    }

    @Test
    void snoozeMovesTheReminderAndSkipGoesToTheNextSlot() {
        Parent parent = onboardedAtNoon(10_002);
        dispatchNow();

        parent.presses("⏰ 30 min");
        assertThat(parent.lastMessage().text()).startsWith("Snoozed until");
        Instant snoozed = store().find(10_002).orElseThrow().dueAt();
        assertThat(Duration.between(Instant.now(), snoozed)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));

        store().schedule(10_002, Instant.now().minusSeconds(5));
        dispatchNow();
        parent.presses("Skip");
        assertThat(parent.lastMessage().text()).startsWith("Skipped.");
        assertThat(store().find(10_002).orElseThrow().dueAt()).isAfter(Instant.now().plus(Duration.ofMinutes(90)));
    }

    @Test
    void oneTapUnderAReminderLogsASessionAndMovesTheNextReminder() {
        Parent parent = onboardedAtNoon(10_003);
        dispatchNow();

        parent.presses("Pumped");

        assertThat(parent.lastMessage().text()).startsWith("✅ Logged: pumped");
        assertThat(new EntryStore(bot.application().database()).all(10_003)).hasSize(1);
        Duration untilNext = Duration.between(Instant.now(), store().find(10_003).orElseThrow().dueAt());
        assertThat(untilNext).isBetween(Duration.ofMinutes(100), Duration.ofMinutes(130));
    }

    @Test
    void noReminderRightAfterALogAndNoneForAParentWhoBlockedTheBot() {
        Parent recent = onboardedAtNoon(10_004);
        recent.says("done");
        store().schedule(10_004, Instant.now().minusSeconds(5));
        int before = recent.messages().size();
        dispatchNow();
        assertThat(recent.messages()).hasSize(before);
        assertThat(store().find(10_004).orElseThrow().dueAt()).isAfter(Instant.now());

        Parent blocking = onboardedAtNoon(10_005);
        bot.telegram().block(10_005);
        dispatchNow();
        assertThat(store().find(10_005)).isEmpty();
        assertThat(bot.application().users().find(10_005).orElseThrow().blockedAt()).isNotNull();

        // Writing again ends it: reminders start again, one interval from now (not at once).
        bot.telegram().unblock(10_005);
        blocking.says("/today");
        assertThat(store().find(10_005).orElseThrow().dueAt()).isAfter(Instant.now().plus(Duration.ofMinutes(60)));
        assertThat(bot.application().users().find(10_005).orElseThrow().blockedAt()).isNull();
    }

    @Test
    void pauseResumeAndStop() {
        Parent parent = onboardedAtNoon(10_006);

        parent.says("/pause");
        parent.presses("3 days");
        assertThat(parent.lastMessage().text()).startsWith("Reminders paused until");
        assertThat(store().find(10_006).orElseThrow().dueAt()).isAfter(Instant.now().plus(Duration.ofDays(3)).minusSeconds(60));

        parent.says("/pause");
        parent.presses("Until I say /resume");
        assertThat(store().find(10_006)).isEmpty();
        parent.says("done");
        assertThat(store().find(10_006)).as("a log does not bring paused reminders back").isEmpty();

        parent.says("/resume");
        assertThat(parent.lastMessage().text()).startsWith("Reminders are back on");
        assertThat(store().find(10_006)).isPresent();

        parent.says("/stop");
        parent.presses("Relactation is done");
        assertThat(parent.lastMessage().text()).startsWith("Congratulations");
        assertThat(store().find(10_006)).isEmpty();
        assertThat(new EntryStore(bot.application().database()).all(10_006)).hasSize(1);
    }

    @Test
    void aMorningNoteUsesTheParentsOwnNumbersAndIsSentOnce() {
        Parent parent = onboardedAtNoon(10_007);
        ReminderStore mornings = new ReminderStore(bot.application().database(),
                Schema.MORNING_NOTES);
        Instant scheduled = mornings.find(10_007).orElseThrow().dueAt();
        assertThat(scheduled).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(24)));

        parent.says("pumped 15 min 20 ml yesterday 10:00");
        EntryStore entries = new EntryStore(bot.application().database());
        for (int daysAgo = 8; daysAgo <= 14; daysAgo++) {
            Instant at = Instant.now().minus(Duration.ofDays(daysAgo));
            entries.add(new Entry(null, 10_007, "old" + daysAgo,
                    EntryKind.SUPPLEMENT, null, null, null, 100, at,
                    Supplement.FORMULA, null, null, null, at));
        }
        mornings.schedule(10_007, Instant.now().minusSeconds(5));
        int before = parent.messages().size();

        int sent = bot.application().mornings().dispatchDue(Instant.now(), 100, bot.application().outbox());
        bot.application().mornings().dispatchDue(Instant.now(), 100, bot.application().outbox());

        assertThat(sent).isEqualTo(1);
        assertThat(parent.messages()).hasSize(before + 1);
        assertThat(parent.lastMessage().text()).startsWith("Good morning")
                .contains("Yesterday you did 1 of 8 sessions and expressed 20 ml")
                .contains("100 ml less supplement a day than the week before");
        assertThat(mornings.find(10_007).orElseThrow().dueAt()).isAfter(Instant.now());
    }

    @Test
    void changingTheRhythmInSettingsMovesTheNextReminderAtOnce() {
        Parent parent = onboardedAtNoon(10_020);
        parent.says("done");
        Instant before = store().find(10_020).orElseThrow().dueAt();

        parent.says("/settings");
        parent.presses("Sessions a day");
        parent.presses("12");

        // 12 sessions over the same day: the next one comes sooner, counted from the session just logged.
        Instant after = store().find(10_020).orElseThrow().dueAt();
        assertThat(after).isBefore(before.minus(Duration.ofMinutes(20)));
        assertThat(after).isAfter(Instant.now().plus(Duration.ofMinutes(60)));
    }

    @Test
    void aReminderMetWithA429IsSentOnceAfterRetryAfter() {
        Parent parent = onboardedAtNoon(10_021);
        int before = parent.messages().size();
        bot.telegram().failNext("sendMessage", 1, 429, "Too Many Requests: retry after 1", 1);

        dispatchNow();

        assertThat(parent.messages()).hasSize(before + 1);
        assertThat(parent.lastMessage().text()).startsWith("⏰");
        List<ApiCall> sends = bot.telegram().callsOf("sendMessage").stream()
                .filter(call -> "10021".equals(call.param("chat_id"))).toList();
        assertThat(sends.subList(sends.size() - 2, sends.size())).extracting(
                ApiCall::httpStatus).containsExactly(429, 200);
        assertThat(store().find(10_021).orElseThrow().dueAt()).isAfter(Instant.now().plus(Duration.ofMinutes(60)));
        bot.telegram().clearFaults();
    }
}
