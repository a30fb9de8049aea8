package org.relactation.bot.plan;

import org.relactation.bot.content.Texts;
import org.relactation.bot.storage.UserProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a parent's plan from their answers; every sentence comes from content/plan.yaml. The daily target is the
 * rhythm the parent chose, counted as the reminders count it (the night session is one of the day's sessions), and
 * set against the 8 to 12 in 24 hours of the guidance in one sentence.
 */
public final class PlanWriter {
    static final String DEFAULT_FROM = "07:00";
    static final String DEFAULT_TO = "22:00";
    /** The low end of the 8 to 12 sessions in 24 hours that the guidance gives. */
    static final int GUIDANCE_LOW = 8;

    public String write(UserProfile user, Texts texts) {
        UserProfile.Setup setup = user.setup();
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("plan.title"));
        parts.add(target(user, texts));

        StringBuilder steps = new StringBuilder(texts.get("plan.first_steps_title")).append('\n')
                .append(pick(texts, "plan.first_steps.", setup.situation()));
        if (setup.feeding() != null && texts.has("plan.feeding." + setup.feeding())) {
            steps.append(' ').append(texts.get("plan.feeding." + setup.feeding()));
        }
        parts.add(steps.toString());

        String expectation = "induce".equals(setup.situation()) ? "induce" : setup.gap();
        StringBuilder expect = new StringBuilder(texts.get("plan.expect_title")).append('\n')
                .append(pick(texts, "plan.expect.", expectation));
        if (setup.goal() != null && texts.has("plan.goal." + setup.goal())) {
            expect.append(' ').append(texts.get("plan.goal." + setup.goal()));
        }
        parts.add(expect.toString());
        parts.add(texts.get("plan.supplements"));
        parts.add(texts.get("plan.footer"));
        return String.join("\n\n", parts);
    }

    /**
     * "Aim for 8 sessions a day: 7 spread over 07:00–22:00 and one at night", then what the number means against the
     * 8 to 12 of the guidance ("You chose 6 a day: a good start...").
     */
    private static String target(UserProfile user, Texts texts) {
        UserProfile.Rhythm rhythm = user.rhythm();
        int sessions = user.sessionsTarget();
        boolean night = rhythm.nightSession() == null || rhythm.nightSession();
        Map<String, Object> values = Map.of("sessions", sessions,
                "daytime", Math.max(1, sessions - 1),
                "methods", texts.get("plan.methods.any"),
                "from", rhythm.wakeFrom() == null ? DEFAULT_FROM : rhythm.wakeFrom(),
                "to", rhythm.wakeTo() == null ? DEFAULT_TO : rhythm.wakeTo());
        String target = texts.get(night ? "plan.target_night" : "plan.target", values);
        return target + " " + texts.get(sessions < GUIDANCE_LOW ? "plan.rhythm.below" : "plan.rhythm.within", values);
    }

    private static String pick(Texts texts, String prefix, String answer) {
        return answer != null && texts.has(prefix + answer) ? texts.get(prefix + answer) : texts.get(prefix + "default");
    }
}
