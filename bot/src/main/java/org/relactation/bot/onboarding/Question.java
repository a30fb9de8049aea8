package org.relactation.bot.onboarding;

import org.relactation.bot.parent.UserProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The onboarding questions in the order they are asked. Each has a code (used in content keys
 * onboarding.{code}.* and in button data), its choices, and the profile fields an answer writes. A question may
 * apply only to some answers before it: how long since the milk stopped only when relactating; how the baby feeds
 * only when the baby is here; when the baby is expected only when not.
 */
enum Question {
    SITUATION("situation", List.of("relactate", "induce", "boost")),
    GAP("gap", List.of("lt2w", "w2_4", "m1_2", "m2_6", "gt6m")),
    BABY_AGE("baby_age", List.of("lt6w", "w6_12", "m3_6", "m6_12", "gt1y", "not_yet")),
    FEEDING("feeding", List.of("formula", "donor", "some_breast", "refuses", "not_yet")),
    /** When a baby not here yet is expected: a typed date, or skipped. The answer is an ISO date. */
    DUE("due", List.of()),
    GOAL("goal", List.of("comfort", "partial", "full", "unsure")),
    TIMEZONE("timezone", List.of()),
    SESSIONS("sessions", List.of("s6", "s8", "s10", "s12")),
    HOURS("hours", List.of("h6_22", "h7_23", "h8_24")),
    NIGHT("night", List.of("yes", "no"));

    final String code;
    final List<String> choices;

    Question(String code, List<String> choices) {
        this.code = code;
        this.choices = choices;
    }

    static Question byCode(String code) {
        for (Question question : values()) {
            if (question.code.equals(code)) {
                return question;
            }
        }
        return null;
    }

    String key(String suffix) {
        return "onboarding." + code + "." + suffix;
    }

    String choiceKey(String choice) {
        return key("choices." + choice);
    }

    /**
     * "How long since milk stopped" means nothing to someone inducing lactation or boosting a supply; "how does
     * your baby feed" nothing to a parent whose baby is not here yet, who is asked when the baby is expected.
     */
    boolean appliesTo(UserProfile.Setup setup) {
        return switch (this) {
            case GAP -> setup.situation() == null || "relactate".equals(setup.situation());
            case FEEDING -> !UserProfile.Setup.NOT_YET.equals(setup.babyAge());
            case DUE -> setup.babyNotHereYet();
            default -> true;
        };
    }

    /** The choices offered: "Baby isn't here yet" for how the baby feeds only when the baby's age was not given. */
    List<String> choicesFor(UserProfile.Setup setup) {
        if (this == FEEDING && setup.babyAge() != null) {
            return choices.stream().filter(choice -> !UserProfile.Setup.NOT_YET.equals(choice)).toList();
        }
        return choices;
    }

    /** The setup as it will be once {@code answers} (profile fields, as {@link #answers} gives) are stored. */
    static UserProfile.Setup after(UserProfile.Setup setup, Map<String, Object> answers) {
        return new UserProfile.Setup(
                (String) answers.getOrDefault("setup.situation", setup.situation()),
                (String) answers.getOrDefault("setup.gap", setup.gap()),
                (String) answers.getOrDefault("setup.babyAge", setup.babyAge()),
                (String) answers.getOrDefault("setup.feeding", setup.feeding()),
                (String) answers.getOrDefault("setup.goal", setup.goal()),
                (String) answers.getOrDefault("setup.dueDate", setup.dueDate()));
    }

    /** Short labels sit two to a row; longer ones get a row each so they are not cut on a phone. */
    int perRow(Function<String, String> label) {
        return choices.stream().allMatch(choice -> label.apply(choiceKey(choice)).length() <= 14) ? 2 : 1;
    }

    /**
     * Profile fields written by choosing {@code choice}. A baby not here yet has no way of feeding yet (a stale one
     * is cleared); a baby who is here is expected no more (the expected date is cleared).
     */
    Map<String, Object> answers(String choice) {
        Map<String, Object> answers = new LinkedHashMap<>();
        boolean notYet = UserProfile.Setup.NOT_YET.equals(choice);
        switch (this) {
            case SITUATION -> answers.put("setup.situation", choice);
            case GAP -> answers.put("setup.gap", choice);
            case BABY_AGE -> {
                answers.put("setup.babyAge", choice);
                answers.put(notYet ? "setup.feeding" : "setup.dueDate", null);
            }
            case FEEDING -> {
                answers.put("setup.feeding", choice);
                if (!notYet) {
                    answers.put("setup.dueDate", null);
                }
            }
            case DUE -> answers.put("setup.dueDate", choice);
            case GOAL -> answers.put("setup.goal", choice);
            case TIMEZONE -> answers.put("timezone", choice);
            case SESSIONS -> answers.put("rhythm.sessionsPerDay", Integer.parseInt(choice.substring(1)));
            case HOURS -> {
                String[] hours = choice.substring(1).split("_");
                answers.put("rhythm.wakeFrom", clock(Integer.parseInt(hours[0]), 0));
                answers.put("rhythm.wakeTo", clock(Integer.parseInt(hours[1]) % 24, 0));
            }
            case NIGHT -> answers.put("rhythm.nightSession", "yes".equals(choice));
        }
        return answers;
    }

    /** The fields a skip clears: a skipped question keeps no stale answer. */
    Map<String, Object> skipped() {
        Map<String, Object> cleared = new LinkedHashMap<>();
        String sample = this == TIMEZONE ? "UTC" : this == DUE ? "2000-01-01" : choices.get(0);
        answers(sample).keySet().forEach(field -> cleared.put(field, null));
        return cleared;
    }

    static String clock(int hour, int minute) {
        return String.format("%02d:%02d", hour, minute);
    }
}
