package org.relactation.bot.reminders;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The screens of /reminders: the plan in the parent's words with their next reminder, and one screen per thing
 * to change, each with its buttons ({@code rm:...}, see {@link ReminderPlanCommand}). The choices offered live
 * here too, so the buttons shown and the presses accepted never drift apart.
 */
final class ReminderPlanView {
    static final String PREFIX = "rm";
    static final List<Integer> SESSIONS = List.of(6, 8, 10, 12);
    /** Sets of fixed times to pick from: every 3 hours from 6 or 7, every 2½ hours from 7 or 8. */
    static final Map<String, List<String>> FIXED = Map.of(
            "a", List.of("07:00", "10:00", "13:00", "16:00", "19:00", "22:00"),
            "b", List.of("06:00", "09:00", "12:00", "15:00", "18:00", "21:00"),
            "c", List.of("07:00", "09:30", "12:00", "14:30", "17:00", "19:30", "22:00"),
            "d", List.of("08:00", "10:30", "13:00", "15:30", "18:00", "20:30", "23:00"));
    static final List<String> NIGHT_TIMES = List.of("00:00", "01:00", "02:00", "03:00", "04:00", "05:00");
    /** Quiet hours to pick from ("from-to"): a nap after lunch, or a stretch of sleep. */
    static final List<String> QUIET = List.of("12:00-14:00", "13:00-15:00", "14:00-16:00", "23:00-06:00",
            "00:00-05:00");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final String CHOSEN = "✓ ";

    /** The plan at a glance: rhythm, night session, quiet hours, and when the next reminder comes. */
    String summary(Texts texts, ReminderPlan plan, Optional<Instant> next, ZoneId zone, Instant now) {
        String hours = clock(plan.wake()) + "–" + clock(plan.sleep());
        String rhythm = switch (plan.mode()) {
            case SPREAD -> texts.get("reminders.plan.rhythm.spread",
                    Map.of("sessions", plan.sessionsPerDay(), "hours", hours));
            case EVERY -> texts.get("reminders.plan.rhythm.every",
                    Map.of("every", texts.get(everyKey((int) plan.every().toMinutes())), "hours", hours));
            case FIXED -> texts.get("reminders.plan.rhythm.fixed", Map.of("times", plan.fixedTimes().stream()
                    .map(ReminderPlanView::clock).collect(Collectors.joining(", "))));
        };
        String night = nightLine(texts, plan);
        String quiet = !plan.hasQuietHours() ? texts.get("reminders.plan.quiet.none")
                : texts.get("reminders.plan.quiet.set", Map.of("hours",
                        clock(plan.quietFrom()) + "–" + clock(plan.quietTo())));
        return String.join("\n", texts.get("reminders.plan.title"), "", rhythm, night, quiet, "",
                next.map(due -> nextLine(texts, due, zone, now)).orElse(texts.get("reminders.plan.next.off")));
    }

    /** The night session as the planner will place it: at the picked time, mid-night, or after quiet hours. */
    private static String nightLine(Texts texts, ReminderPlan plan) {
        if (!plan.night()) {
            return texts.get("reminders.plan.night.off");
        }
        if (plan.nightAt() != null && !plan.awake(plan.nightAt())) {
            return texts.get("reminders.plan.night.at", Map.of("time", clock(plan.nightAt())));
        }
        LocalTime middle = plan.middleOfNight();
        if (!plan.quiet(middle)) {
            return texts.get("reminders.plan.night.middle", Map.of("time", clock(middle)));
        }
        return plan.awake(plan.quietTo()) ? texts.get("reminders.plan.night.quiet_none")
                : texts.get("reminders.plan.night.quiet_end", Map.of("time", clock(plan.quietTo())));
    }

    private static String nextLine(Texts texts, Instant due, ZoneId zone, Instant now) {
        ZonedDateTime local = due.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String time = local.format(CLOCK);
        if (!local.toLocalDate().isAfter(today)) {
            return texts.get("reminders.plan.next.today", Map.of("time", time));
        }
        if (local.toLocalDate().equals(today.plusDays(1))) {
            return texts.get("reminders.plan.next.tomorrow", Map.of("time", time));
        }
        String date = org.relactation.bot.content.LocalFormat.of(texts).date(local.toLocalDate());
        return texts.get("reminders.plan.next.later", Map.of("date", date, "time", time));
    }

    Keyboard home(Texts texts) {
        return new Keyboard(List.of(
                List.of(button(texts, "rhythm", "mode"), button(texts, "night", "night")),
                List.of(button(texts, "quiet", "quiet"), button(texts, "done", "done"))));
    }

    Keyboard modes(Texts texts, ReminderPlan plan) {
        List<List<Button>> rows = new ArrayList<>();
        for (ReminderPlan.Mode mode : ReminderPlan.Mode.values()) {
            rows.add(List.of(new Button(mark(plan.mode() == mode, texts.get("reminders.plan.modes." + mode.code)),
                    data("m:" + mode.code))));
        }
        rows.add(List.of(button(texts, "back", "home")));
        return new Keyboard(rows);
    }

    Keyboard sessions(Texts texts, ReminderPlan plan) {
        List<Button> choices = SESSIONS.stream().map(n -> new Button(mark(plan.mode() == ReminderPlan.Mode.SPREAD
                && plan.sessionsPerDay() == n, texts.get("reminders.plan.sessions_choice", Map.of("sessions", n))),
                data("n:" + n))).toList();
        return new Keyboard(List.of(choices.subList(0, 2), choices.subList(2, 4),
                List.of(button(texts, "back", "mode"))));
    }

    Keyboard every(Texts texts, ReminderPlan plan) {
        List<List<Button>> rows = new ArrayList<>();
        for (int minutes : ReminderPlan.EVERY_MINUTES) {
            rows.add(List.of(new Button(mark(plan.mode() == ReminderPlan.Mode.EVERY
                    && plan.every().toMinutes() == minutes, texts.get(everyKey(minutes))), data("e:" + minutes))));
        }
        rows.add(List.of(button(texts, "back", "mode")));
        return new Keyboard(rows);
    }

    Keyboard fixed(Texts texts, ReminderPlan plan) {
        List<List<Button>> rows = new ArrayList<>();
        for (String code : FIXED.keySet().stream().sorted().toList()) {
            List<LocalTime> times = FIXED.get(code).stream().map(LocalTime::parse).toList();
            String label = times.stream().map(ReminderPlanView::shortClock).collect(Collectors.joining(" · "));
            rows.add(List.of(new Button(mark(plan.mode() == ReminderPlan.Mode.FIXED
                    && plan.fixedTimes().equals(times), label), data("f:" + code))));
        }
        rows.add(List.of(button(texts, "type", "ft")));
        rows.add(List.of(button(texts, "back", "mode")));
        return new Keyboard(rows);
    }

    Keyboard night(Texts texts, ReminderPlan plan) {
        List<Button> times = NIGHT_TIMES.stream().map(time -> new Button(mark(plan.night()
                && LocalTime.parse(time).equals(plan.nightAt()), time), data("nt:" + time.replace(":", ""))))
                .toList();
        return new Keyboard(List.of(
                List.of(new Button(mark(!plan.night(), texts.get("reminders.plan.night_choices.off")),
                        data("nt:off"))),
                List.of(new Button(mark(plan.night() && plan.nightAt() == null,
                        texts.get("reminders.plan.night_choices.middle")), data("nt:mid"))),
                times.subList(0, 3), times.subList(3, 6),
                List.of(button(texts, "back", "home"))));
    }

    Keyboard quiet(Texts texts, ReminderPlan plan) {
        String current = plan.hasQuietHours() ? clock(plan.quietFrom()) + "-" + clock(plan.quietTo()) : null;
        List<Button> windows = new ArrayList<>();
        for (String window : QUIET) {
            windows.add(new Button(mark(window.equals(current), window.replace("-", "–")),
                    data("q:" + window.replace(":", ""))));
        }
        windows.add(button(texts, "type", "qt"));
        return new Keyboard(List.of(
                List.of(new Button(mark(current == null, texts.get("reminders.plan.quiet_none")), data("q:off"))),
                windows.subList(0, 2), windows.subList(2, 4), windows.subList(4, 6),
                List.of(button(texts, "back", "home"))));
    }

    /** Under the "type your times" question: back to the plan, nothing changed. */
    Keyboard cancel(Texts texts) {
        return Keyboard.of(List.of(button(texts, "cancel", "home")));
    }

    static String everyKey(int minutes) {
        return "reminders.plan.every.e" + minutes;
    }

    static String clock(LocalTime time) {
        return time.format(CLOCK);
    }

    /** "7" for 07:00, "9:30" for 09:30: short enough for a row of times on a phone. */
    static String shortClock(LocalTime time) {
        return time.getMinute() == 0 ? String.valueOf(time.getHour()) : time.getHour() + ":" + clock(time).substring(3);
    }

    static String data(String payload) {
        return PREFIX + ":" + payload;
    }

    private static Button button(Texts texts, String label, String payload) {
        return new Button(texts.get("reminders.plan.buttons." + label), data(payload));
    }

    private static String mark(boolean chosen, String label) {
        return chosen ? CHOSEN + label : label;
    }

    /** Reads the "HHmm" of button data, or null. */
    static LocalTime compactClock(String text, Predicate<String> allowed) {
        if (!text.matches("\\d{4}")) {
            return null;
        }
        String clock = text.substring(0, 2) + ":" + text.substring(2);
        return allowed.test(clock) ? LocalTime.parse(clock) : null;
    }
}
