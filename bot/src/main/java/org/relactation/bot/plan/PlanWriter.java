package org.relactation.bot.plan;

import org.relactation.bot.content.Texts;
import org.relactation.bot.storage.UserProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a parent's plan from their answers; every sentence comes from content/plan.yaml. */
public final class PlanWriter {
    static final String DEFAULT_FROM = "07:00";
    static final String DEFAULT_TO = "22:00";

    public String write(UserProfile user, Texts texts) {
        UserProfile.Setup setup = user.setup();
        UserProfile.Rhythm rhythm = user.rhythm();
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("plan.title"));
        Map<String, Object> target = Map.of("sessions", user.sessionsTarget(),
                "from", rhythm.wakeFrom() == null ? DEFAULT_FROM : rhythm.wakeFrom(),
                "to", rhythm.wakeTo() == null ? DEFAULT_TO : rhythm.wakeTo());
        boolean night = rhythm.nightSession() == null || rhythm.nightSession();
        parts.add(texts.get(night ? "plan.target_night" : "plan.target", target) + " " + texts.get("plan.gaps"));

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

    private static String pick(Texts texts, String prefix, String answer) {
        return answer != null && texts.has(prefix + answer) ? texts.get(prefix + answer) : texts.get(prefix + "default");
    }
}
