package org.relactation.bot.reminders;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.parent.UserProfile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan in the parent's words: the night session where the planner will really put it, and the next reminder. */
class ReminderPlanViewTest {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Texts EN = ContentCatalog.load().texts("en");
    private final ReminderPlanView view = new ReminderPlanView();
    private final Instant now = LocalDateTime.of(2026, 11, 24, 12, 0).atZone(KOLKATA).toInstant();

    private static ReminderPlan plan(String nightAt, String quietFrom, String quietTo) {
        return ReminderPlan.of(new UserProfile(1, 1, "en", Instant.EPOCH, null, Instant.EPOCH, null, null,
                new UserProfile.Rhythm(8, "07:00", "22:00", true, null, null, null, nightAt, quietFrom, quietTo),
                null, null, null, null, null));
    }

    private String summary(ReminderPlan plan, Instant next) {
        return view.summary(EN, plan, Optional.ofNullable(next), KOLKATA, now);
    }

    @Test
    void theNightSessionIsShownWhereItWillCome() {
        assertThat(summary(plan(null, null, null), null))
                .contains("Night session: one, in the middle of the night (around 02:30)")
                .contains("Quiet hours: none").contains("Reminders are off right now");
        assertThat(summary(plan(null, "00:00", "05:00"), null))
                .contains("Night session: one, when your quiet hours end (05:00)");
        assertThat(summary(plan(null, "22:00", "07:00"), null))
                .contains("Night session: none, your quiet hours last the whole night");
        assertThat(summary(plan("03:00", "00:00", "05:00"), null)).contains("Night session: one, at 03:00")
                .contains("Quiet hours: 00:00–05:00");
    }

    @Test
    void theNextReminderIsTodayTomorrowOrADate() {
        ReminderPlan plan = plan(null, null, null);

        assertThat(summary(plan, now.plusSeconds(3_600))).contains("Next reminder: today at 13:00");
        assertThat(summary(plan, now.plusSeconds(19 * 3_600))).contains("Next reminder: tomorrow at 07:00");
        assertThat(summary(plan, now.plusSeconds(3 * 86_400))).contains("Next reminder: Nov 27, 2026 at 12:00");
    }

    @Test
    void everyButtonFitsTelegramsLimitAndMarksTheCurrentChoice() {
        ReminderPlan plan = plan("03:00", "13:00", "15:00");
        List<Button> buttons = List.of(view.home(EN), view.modes(EN, plan), view.sessions(EN, plan),
                        view.every(EN, plan), view.fixed(EN, plan), view.night(EN, plan), view.quiet(EN, plan))
                .stream().flatMap(keyboard -> keyboard.buttons().stream()).toList();

        assertThat(buttons).allSatisfy(button ->
                assertThat(button.data().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
        assertThat(buttons).extracting(Button::label)
                .contains("✓ Spread over my day", "✓ 8 a day", "✓ 03:00", "✓ 13:00–15:00", "7 · 9:30 · 12 · 14:30 · 17 · 19:30 · 22");
    }

    @Test
    void newFixedTimesSpreadTheDaytimeSessionsFromWakingUpToBedtime() {
        // 8 a day with one at night over 07:00–22:00: seven times, every 2½ hours, as the offered set.
        assertThat(plan(null, null, null).evenTimes().stream().map(ReminderPlanView::clock))
                .containsExactlyElementsOf(ReminderPlanView.FIXED.get("c"));
        ReminderPlan six = ReminderPlan.of(new UserProfile(1, 1, "en", Instant.EPOCH, null, Instant.EPOCH, null, null,
                new UserProfile.Rhythm(6, "07:00", "22:00", false), null, null, null, null, null));
        assertThat(six.evenTimes().stream().map(ReminderPlanView::clock))
                .containsExactlyElementsOf(ReminderPlanView.FIXED.get("a"));
    }

    @Test
    void theMorningNoteWaitsForTheEndOfQuietHoursThatCoverWakingUp() {
        assertThat(plan(null, null, null).morning()).isEqualTo(LocalTime.of(7, 0));
        assertThat(plan(null, "22:00", "08:30").morning()).isEqualTo(LocalTime.of(8, 30));
        assertThat(plan(null, "13:00", "15:00").morning()).isEqualTo(LocalTime.of(7, 0));
    }
}
