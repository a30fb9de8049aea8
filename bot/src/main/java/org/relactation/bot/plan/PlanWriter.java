package org.relactation.bot.plan;

import org.relactation.bot.content.Texts;
import org.relactation.bot.parent.UserProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a parent's plan from their answers; every sentence comes from content/plan.yaml. The daily target is the
 * rhythm the parent chose, counted as the reminders count it (the night session is one of the day's sessions), and
 * set against the 8 to 12 in 24 hours of the guidance in one sentence. For a baby not here yet the plan has no step
 * at the breast: pumping and hand expression until the baby comes, with when the baby is expected if known.
 */
public final class PlanWriter {
    static final String DEFAULT_FROM = "07:00";
    static final String DEFAULT_TO = "22:00";
    /** The low end of the 8 to 12 sessions in 24 hours that the guidance gives. */
    static final int GUIDANCE_LOW = 8;
    /** Less than this many days until the baby is expected is "within two weeks", not a number of weeks. */
    static final int SOON_DAYS = 14;

    /** The plan as of now; see {@link #write(UserProfile, Texts, Instant)}. */
    public String write(UserProfile user, Texts texts) {
        return write(user, texts, Instant.now());
    }

    /** The plan as of {@code now} (which counts the weeks until a baby not here yet is expected). */
    public String write(UserProfile user, Texts texts, Instant now) {
        UserProfile.Setup setup = user.setup();
        boolean notYet = setup.babyNotHereYet();
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("plan.title"));
        parts.add(target(user, texts, notYet));

        StringBuilder steps = new StringBuilder(texts.get("plan.first_steps_title")).append('\n');
        if (notYet) {
            if ("induce".equals(setup.situation())) {
                steps.append(texts.get("plan.not_yet.induce")).append(' ');
            }
            steps.append(texts.get("plan.not_yet.steps"));
        } else {
            steps.append(pick(texts, "plan.first_steps.", setup.situation()));
            if (setup.feeding() != null && texts.has("plan.feeding." + setup.feeding())) {
                steps.append(' ').append(texts.get("plan.feeding." + setup.feeding()));
            }
        }
        parts.add(steps.toString());
        if (notYet) {
            parts.add(expected(user, texts, now));
        }

        String expectation = "induce".equals(setup.situation()) ? "induce" : setup.gap();
        StringBuilder expect = new StringBuilder(texts.get("plan.expect_title")).append('\n')
                .append(pick(texts, "plan.expect.", expectation));
        if (setup.goal() != null && texts.has("plan.goal." + setup.goal())) {
            expect.append(' ').append(texts.get("plan.goal." + setup.goal()));
        }
        parts.add(expect.toString());
        parts.add(texts.get(notYet ? "plan.not_yet.later" : "plan.supplements"));
        parts.add(texts.get("plan.footer"));
        return String.join("\n\n", parts);
    }

    /**
     * "Aim for 8 sessions a day: 7 spread over 07:00–22:00 and one at night", then what the number means against the
     * 8 to 12 of the guidance ("You chose 6 a day: a good start...").
     */
    private static String target(UserProfile user, Texts texts, boolean notYet) {
        UserProfile.Rhythm rhythm = user.rhythm();
        int sessions = user.sessionsTarget();
        boolean night = rhythm.nightSession() == null || rhythm.nightSession();
        Map<String, Object> values = Map.of("sessions", sessions,
                "daytime", Math.max(1, sessions - 1),
                "methods", texts.get(notYet ? "plan.methods.not_yet" : "plan.methods.any"),
                "from", rhythm.wakeFrom() == null ? DEFAULT_FROM : rhythm.wakeFrom(),
                "to", rhythm.wakeTo() == null ? DEFAULT_TO : rhythm.wakeTo());
        String target = texts.get(night ? "plan.target_night" : "plan.target", values);
        return target + " " + texts.get(sessions < GUIDANCE_LOW ? "plan.rhythm.below" : "plan.rhythm.within", values);
    }

    /** When a baby not here yet is expected, and how far away that is; or how to add it. */
    private static String expected(UserProfile user, Texts texts, Instant now) {
        String due = user.setup().dueDate();
        if (due == null) {
            return texts.get("plan.not_yet.due.unknown");
        }
        LocalDate date = LocalDate.parse(due);
        LocalDate today = now.atZone(user.zone(ZoneOffset.UTC)).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, date);
        String written = expectedDate(texts, date);
        if (days < 0) {
            return texts.get("plan.not_yet.due.past", Map.of("date", written));
        }
        if (days < SOON_DAYS) {
            return texts.get("plan.not_yet.due.soon", Map.of("date", written));
        }
        return texts.get("plan.not_yet.due.ahead", Map.of("date", written, "weeks", Math.round(days / 7.0)));
    }

    /** When a baby is expected, as the parent's language writes a date in full ("14 March 2027", "14 de marzo..."). */
    public static String expectedDate(Texts texts, LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(texts.get("onboarding.due.date_pattern"),
                Locale.forLanguageTag(texts.language())));
    }

    private static String pick(Texts texts, String prefix, String answer) {
        return answer != null && texts.has(prefix + answer) ? texts.get(prefix + answer) : texts.get(prefix + "default");
    }
}
