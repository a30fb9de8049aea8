package org.relactation.bot.reminders;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Flow;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * /reminders: the parent's reminder plan in their words, changed with buttons that edit the same message in
 * place; every change is saved in one update and moves the next reminder at once. Fixed times and quiet hours may
 * also be typed ({@link #typedTimes()}). Button data: {@code rm:home|done|mode|night|quiet|ft|qt},
 * {@code rm:m:<mode>}, {@code rm:n:<sessions>}, {@code rm:e:<minutes>}, {@code rm:f:<set>},
 * {@code rm:nt:off|mid|HHmm}, {@code rm:q:off|HHmm-HHmm}, and after a new number of sessions a day
 * ({@link #sessionsChanged}) {@code rm:fu:<sessions>} (new fixed times) or {@code rm:fk} (keep them); only the
 * choices offered are taken, anything else is stale or forged and changes nothing.
 */
public final class ReminderPlanCommand implements Command, ButtonHandler {
    private final ReminderPlanView view = new ReminderPlanView();
    private final PlanChanges changes;
    private final TypedPlanTimes typed;

    public ReminderPlanCommand(UserStore users, ReminderDispatcher dispatcher) {
        this.changes = new PlanChanges(users, dispatcher, view);
        this.typed = new TypedPlanTimes(changes, view);
    }

    /** The flow that reads typed fixed times and quiet hours; register it with the router. */
    public Flow typedTimes() {
        return typed;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public String prefix() {
        return ReminderPlanView.PREFIX;
    }

    @Override
    public List<Action> run(Turn turn) {
        // A fresh look at the plan: a typed answer left open is dropped, so it is not asked again after this.
        return List.of(new Action.Reply(turn.chatId(), changes.summary(changes.stopTyping(turn)),
                view.home(turn.texts())));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        Texts texts = turn.texts();
        ReminderPlan plan = ReminderPlan.of(turn.user());
        String[] parts = payload.split(":", 2);
        String value = parts.length == 2 ? parts[1] : "";
        return switch (parts[0]) {
            case "home" -> edit(turn, changes.summary(changes.stopTyping(turn)), view.home(texts));
            case "done" -> edit(turn, changes.summary(changes.stopTyping(turn)), Keyboard.NONE);
            case "mode" -> screen(turn, "mode", view.modes(texts, plan));
            case "night" -> screen(turn, "night", view.night(texts, plan));
            case "quiet" -> screen(turn, "quiet", view.quiet(texts, plan));
            case "m" -> switch (value) {
                case "spread" -> screen(turn, "sessions", view.sessions(texts, plan));
                case "every" -> screen(turn, "every", view.every(texts, plan));
                case "fixed" -> screen(turn, "fixed", view.fixed(texts, plan));
                default -> stale(turn);
            };
            case "n" -> ReminderPlanView.SESSIONS.stream().map(String::valueOf).anyMatch(value::equals)
                    ? save(turn, PlanChanges.fields("rhythm.mode", ReminderPlan.Mode.SPREAD.code,
                            "rhythm.sessionsPerDay", Integer.parseInt(value))) : stale(turn);
            case "e" -> ReminderPlan.EVERY_MINUTES.stream().map(String::valueOf).anyMatch(value::equals)
                    ? save(turn, PlanChanges.fields("rhythm.mode", ReminderPlan.Mode.EVERY.code,
                            "rhythm.everyMinutes", Integer.parseInt(value))) : stale(turn);
            case "f" -> ReminderPlanView.FIXED.containsKey(value)
                    ? save(turn, PlanChanges.fields("rhythm.mode", ReminderPlan.Mode.FIXED.code,
                            "rhythm.fixedTimes", ReminderPlanView.FIXED.get(value))) : stale(turn);
            case "nt" -> night(turn, value);
            case "q" -> quiet(turn, value);
            case "fu" -> refit(turn, value);
            case "fk" -> plan.mode() != ReminderPlan.Mode.FIXED ? stale(turn) : edit(turn,
                    texts.get("reminders.plan.refit.kept", Map.of("times", times(plan.fixedTimes()))), Keyboard.NONE);
            case "ft" -> startTyping(turn, PlanChanges.TYPING_FIXED, "reminders.plan.ask.type_fixed");
            case "qt" -> startTyping(turn, PlanChanges.TYPING_QUIET, "reminders.plan.ask.type_quiet");
            default -> stale(turn);
        };
    }

    /**
     * After the parent changed their sessions a day (in /settings): with reminders at fixed times that no longer
     * match it, asks whether to spread new times over their day or keep theirs. Nothing is changed silently.
     */
    public List<Action> sessionsChanged(UserProfile before, Turn turn) {
        ReminderPlan plan = ReminderPlan.of(turn.user());
        if (before.sessionsTarget() == plan.sessionsPerDay() || plan.mode() != ReminderPlan.Mode.FIXED
                || plan.fixedPerDay() == plan.sessionsPerDay() || plan.evenTimes().equals(plan.fixedTimes())) {
            return List.of();
        }
        Texts texts = turn.texts();
        String text = texts.get("reminders.plan.refit.ask", Map.of("sessions", plan.sessionsPerDay(),
                "times", times(plan.fixedTimes()), "proposed", times(plan.evenTimes()),
                "night", plan.night() ? texts.get("reminders.plan.refit.plus_night") : ""));
        return List.of(new Action.Reply(turn.chatId(), text, new Keyboard(List.of(
                List.of(new Button(texts.get("reminders.plan.refit.yes"),
                        ReminderPlanView.data("fu:" + plan.sessionsPerDay()))),
                List.of(new Button(texts.get("reminders.plan.refit.keep"), ReminderPlanView.data("fk")))))));
    }

    /** New fixed times spread over the day, if the sessions a day are still the ones the question was about. */
    private List<Action> refit(Turn turn, String sessions) {
        ReminderPlan plan = ReminderPlan.of(turn.user());
        if (plan.mode() != ReminderPlan.Mode.FIXED || !String.valueOf(plan.sessionsPerDay()).equals(sessions)) {
            return stale(turn);
        }
        return save(turn, PlanChanges.fields("rhythm.mode", ReminderPlan.Mode.FIXED.code, "rhythm.fixedTimes",
                plan.evenTimes().stream().map(ReminderPlanView::clock).toList()));
    }

    private static String times(List<LocalTime> times) {
        return times.stream().map(ReminderPlanView::clock).collect(Collectors.joining(", "));
    }

    private List<Action> night(Turn turn, String value) {
        if ("off".equals(value) || "mid".equals(value)) {
            return save(turn, PlanChanges.fields("rhythm.nightSession", "mid".equals(value), "rhythm.nightAt", null));
        }
        LocalTime time = ReminderPlanView.compactClock(value, ReminderPlanView.NIGHT_TIMES::contains);
        return time == null ? stale(turn) : save(turn, PlanChanges.fields("rhythm.nightSession", true,
                "rhythm.nightAt", ReminderPlanView.clock(time)));
    }

    private List<Action> quiet(Turn turn, String value) {
        if ("off".equals(value)) {
            return save(turn, PlanChanges.fields("rhythm.quietFrom", null, "rhythm.quietTo", null));
        }
        String[] ends = value.split("-", 2);
        LocalTime from = ReminderPlanView.compactClock(ends[0], clock -> true);
        LocalTime to = ends.length == 2 ? ReminderPlanView.compactClock(ends[1], clock -> true) : null;
        if (from == null || to == null || !ReminderPlanView.QUIET.contains(
                ReminderPlanView.clock(from) + "-" + ReminderPlanView.clock(to))) {
            return stale(turn);
        }
        return save(turn, TypedPlanTimes.quietFields(from, to));
    }

    /** Asks for typed times; refused while another question (onboarding, /settings) waits for its answer. */
    private List<Action> startTyping(Turn turn, String step, String askKey) {
        if (turn.user().inFlow() && !PlanChanges.typing(turn)) {
            return List.of(turn.notice("reminders.plan.busy"));
        }
        changes.startTyping(turn, step);
        return edit(turn, turn.texts().get(askKey), view.cancel(turn.texts()));
    }

    private List<Action> save(Turn turn, Map<String, Object> fields) {
        return edit(turn, changes.saved(changes.save(turn, fields)), view.home(turn.texts()));
    }

    /** The plan with the question of one screen under it. */
    private List<Action> screen(Turn turn, String ask, Keyboard keyboard) {
        ReminderPlan plan = ReminderPlan.of(turn.user());
        String hours = ReminderPlanView.clock(plan.wake()) + "–" + ReminderPlanView.clock(plan.sleep());
        return edit(turn, changes.summary(turn) + "\n\n"
                + turn.texts().get("reminders.plan.ask." + ask, Map.of("hours", hours)), keyboard);
    }

    private static List<Action> edit(Turn turn, String text, Keyboard keyboard) {
        return List.of(new Action.Edit(turn.chatId(), turn.inbound().button().messageId(), text, keyboard));
    }

    private static List<Action> stale(Turn turn) {
        return List.of(turn.notice("fallback.stale_button"));
    }
}
