package org.relactation.bot.reminders;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Flow;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.text.TimeReader;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fixed times or quiet hours typed after "✏️ Type my own" in /reminders: "07:00, 10:00, 13:00", "13:00-15:00",
 * "2-4pm", "de 2 a 4 de la tarde", "from 10pm to 6am" (read by {@link TimeReader}, like every typed time).
 * A question or a log in between is answered as usual and the ask comes again; times that cannot be used get a
 * kind word with an example and change nothing.
 */
final class TypedPlanTimes implements Flow {
    static final int MIN_FIXED = 2;
    static final int MAX_FIXED = 12;
    /** Longer quiet hours than this would leave too little of the day for the sessions. */
    static final Duration MAX_QUIET = Duration.ofHours(12);

    private final PlanChanges changes;
    private final ReminderPlanView view;

    TypedPlanTimes(PlanChanges changes, ReminderPlanView view) {
        this.changes = changes;
        this.view = view;
    }

    @Override
    public boolean active(Turn turn) {
        return PlanChanges.typing(turn);
    }

    @Override
    public Optional<List<Action>> answer(Turn turn) {
        String text = turn.inbound().text();
        if (!TimeReader.looksLikeTimes(text)) {
            return Optional.empty(); // a question or a log: handled as usual, then the ask comes again
        }
        Optional<Map<String, Object>> fields = TimeReader.times(text)
                .flatMap(times -> fixed(turn) ? fixedFields(times) : quietFields(times));
        if (fields.isEmpty()) {
            return Optional.of(notUnderstood(turn));
        }
        Turn updated = changes.save(turn, fields.get());
        return Optional.of(List.of(new Action.Reply(turn.chatId(), changes.saved(updated),
                view.home(turn.texts()))));
    }

    @Override
    public List<Action> resume(Turn turn) {
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get(fixed(turn)
                ? "reminders.plan.ask.type_fixed" : "reminders.plan.ask.type_quiet"), view.cancel(turn.texts())));
    }

    @Override
    public List<Action> notUnderstood(Turn turn) {
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get(fixed(turn)
                ? "reminders.plan.bad.fixed" : "reminders.plan.bad.quiet"), view.cancel(turn.texts())));
    }

    private static boolean fixed(Turn turn) {
        return PlanChanges.TYPING_FIXED.equals(turn.user().onboarding().step());
    }

    /** Two to twelve distinct times, stored sorted. */
    private static Optional<Map<String, Object>> fixedFields(List<LocalTime> times) {
        List<String> sorted = times.stream().distinct().sorted().map(ReminderPlanView::clock).toList();
        if (sorted.size() < MIN_FIXED || sorted.size() > MAX_FIXED) {
            return Optional.empty();
        }
        return Optional.of(PlanChanges.fields("rhythm.mode", ReminderPlan.Mode.FIXED.code,
                "rhythm.fixedTimes", sorted));
    }

    /** A start and an end, at most twelve hours apart. */
    private static Optional<Map<String, Object>> quietFields(List<LocalTime> times) {
        if (times.size() != 2) {
            return Optional.empty();
        }
        long minutes = Math.floorMod(Duration.between(times.get(0), times.get(1)).toMinutes(), 24 * 60);
        if (minutes == 0 || minutes > MAX_QUIET.toMinutes()) {
            return Optional.empty();
        }
        return Optional.of(quietFields(times.get(0), times.get(1)));
    }

    static Map<String, Object> quietFields(LocalTime from, LocalTime to) {
        return PlanChanges.fields("rhythm.quietFrom", ReminderPlanView.clock(from),
                "rhythm.quietTo", ReminderPlanView.clock(to));
    }
}
