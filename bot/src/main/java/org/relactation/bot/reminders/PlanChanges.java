package org.relactation.bot.reminders;

import org.relactation.bot.conversation.Turn;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saving a change to the reminder plan, for the buttons and the typed answers of /reminders alike: one update of
 * the profile, then the next reminder moved at once; and the plan as it stands, in the parent's words.
 */
final class PlanChanges {
    /** The steps of a typed answer, kept where onboarding keeps its place. */
    static final String TYPING_FIXED = "reminders.fixed";
    static final String TYPING_QUIET = "reminders.quiet";

    private final UserStore users;
    private final ReminderDispatcher dispatcher;
    private final ReminderPlanView view;

    PlanChanges(UserStore users, ReminderDispatcher dispatcher, ReminderPlanView view) {
        this.users = users;
        this.dispatcher = dispatcher;
        this.view = view;
    }

    /**
     * Saves the fields and moves the next reminder. A typed answer in progress ends here; an open onboarding or
     * /settings question keeps its place.
     */
    Turn save(Turn turn, Map<String, Object> fields) {
        UserProfile.Onboarding keep = typing(turn) ? null : turn.user().onboarding();
        Turn updated = turn.with(users.answer(turn.userId(), fields, keep));
        dispatcher.replan(updated.user(), turn.inbound().at());
        return updated;
    }

    /** Starts waiting for typed times at {@code step}. */
    void startTyping(Turn turn, String step) {
        users.answer(turn.userId(), Map.of(), new UserProfile.Onboarding(step, false, null));
    }

    /** Ends a typed answer in progress, if any, without changing the plan. */
    Turn stopTyping(Turn turn) {
        return typing(turn) ? turn.with(users.answer(turn.userId(), Map.of(), null)) : turn;
    }

    static boolean typing(Turn turn) {
        UserProfile.Onboarding step = turn.user().onboarding();
        return step != null && (TYPING_FIXED.equals(step.step()) || TYPING_QUIET.equals(step.step()));
    }

    /** The plan and the next reminder as stored now. */
    String summary(Turn turn) {
        Instant now = turn.inbound().at();
        return view.summary(turn.texts(), ReminderPlan.of(turn.user()), dispatcher.next().of(turn.user(), now),
                dispatcher.zoneOf(turn.user()), now);
    }

    /** The plan after a change, under a "saved" line. */
    String saved(Turn updated) {
        return updated.texts().get("reminders.plan.saved") + "\n\n" + summary(updated);
    }

    static Map<String, Object> fields(String field, Object value, String otherField, Object otherValue) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(field, value);
        fields.put(otherField, otherValue);
        return fields;
    }
}
