package org.relactation.bot.reminders;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Flow;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.storage.UserProfile;
import org.relactation.bot.storage.UserStore;

import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /reminders: the parent's reminder plan in their words, changed with buttons that edit the same message in
 * place. Every change is saved in one update and moves the next reminder at once. Fixed times and quiet hours may
 * also be typed ("07:00, 10:00, 13:00", "13:00-15:00"): the parent's place is kept like an onboarding question
 * (step {@code reminders.fixed} or {@code reminders.quiet}); text that cannot be read gets a kind word and
 * changes nothing. Button data: {@code rm:home|done|mode|night|quiet|ft|qt}, {@code rm:m:<mode>},
 * {@code rm:n:<sessions>}, {@code rm:e:<minutes>}, {@code rm:f:<set>}, {@code rm:nt:off|mid|HHmm},
 * {@code rm:q:off|HHmm-HHmm}; anything else is stale or forged and changes nothing.
 */
public final class ReminderPlanCommand implements Command, ButtonHandler, Flow {
    static final String TYPING_FIXED = "reminders.fixed";
    static final String TYPING_QUIET = "reminders.quiet";
    static final int MAX_FIXED = 12;
    /** Longer quiet hours than this would leave too little of the day for the sessions. */
    static final Duration MAX_QUIET = Duration.ofHours(12);

    private final UserStore users;
    private final ReminderDispatcher dispatcher;
    private final ReminderPlanView view = new ReminderPlanView();

    public ReminderPlanCommand(UserStore users, ReminderDispatcher dispatcher) {
        this.users = users;
        this.dispatcher = dispatcher;
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
        Turn current = active(turn) ? turn.with(users.answer(turn.userId(), Map.of(), null)) : turn;
        return List.of(new Action.Reply(turn.chatId(), summary(current), view.home(turn.texts())));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        Texts texts = turn.texts();
        ReminderPlan plan = ReminderPlan.of(turn.user());
        String[] parts = payload.split(":", 2);
        String value = parts.length == 2 ? parts[1] : null;
        return switch (parts[0]) {
            case "home" -> List.of(edit(turn, summary(leaveTyping(turn)), view.home(texts)));
            case "done" -> List.of(edit(turn, summary(leaveTyping(turn)), Keyboard.NONE));
            case "mode" -> List.of(screen(turn, "mode", view.modes(texts, plan)));
            case "night" -> List.of(screen(turn, "night", view.night(texts, plan)));
            case "quiet" -> List.of(screen(turn, "quiet", view.quiet(texts, plan)));
            case "m" -> switch (value == null ? "" : value) {
                case "spread" -> List.of(screen(turn, "sessions", view.sessions(texts, plan)));
                case "every" -> List.of(screen(turn, "every", view.every(texts, plan)));
                case "fixed" -> List.of(screen(turn, "fixed", view.fixed(texts, plan)));
                default -> stale(turn);
            };
            case "n" -> ReminderPlanView.SESSIONS.stream().map(String::valueOf).anyMatch(n -> n.equals(value))
                    ? saved(turn, fields("rhythm.mode", ReminderPlan.Mode.SPREAD.code,
                            "rhythm.sessionsPerDay", Integer.parseInt(value))) : stale(turn);
            case "e" -> ReminderPlan.EVERY_MINUTES.stream().map(String::valueOf).anyMatch(m -> m.equals(value))
                    ? saved(turn, fields("rhythm.mode", ReminderPlan.Mode.EVERY.code,
                            "rhythm.everyMinutes", Integer.parseInt(value))) : stale(turn);
            case "f" -> value != null && ReminderPlanView.FIXED.containsKey(value)
                    ? saved(turn, fields("rhythm.mode", ReminderPlan.Mode.FIXED.code,
                            "rhythm.fixedTimes", ReminderPlanView.FIXED.get(value))) : stale(turn);
            case "nt" -> night(turn, value);
            case "q" -> quiet(turn, value);
            case "ft" -> typing(turn, TYPING_FIXED, "reminders.plan.ask.type_fixed");
            case "qt" -> typing(turn, TYPING_QUIET, "reminders.plan.ask.type_quiet");
            default -> stale(turn);
        };
    }

    private List<Action> night(Turn turn, String value) {
        if ("off".equals(value)) {
            return saved(turn, fields("rhythm.nightSession", false, "rhythm.nightAt", null));
        }
        if ("mid".equals(value)) {
            return saved(turn, fields("rhythm.nightSession", true, "rhythm.nightAt", null));
        }
        LocalTime time = value == null ? null
                : ReminderPlanView.compactClock(value, ReminderPlanView.NIGHT_TIMES::contains);
        return time == null ? stale(turn)
                : saved(turn, fields("rhythm.nightSession", true, "rhythm.nightAt", ReminderPlanView.clock(time)));
    }

    private List<Action> quiet(Turn turn, String value) {
        if ("off".equals(value)) {
            return saved(turn, fields("rhythm.quietFrom", null, "rhythm.quietTo", null));
        }
        String[] ends = value == null ? new String[0] : value.split("-", 2);
        if (ends.length != 2) {
            return stale(turn);
        }
        LocalTime from = ReminderPlanView.compactClock(ends[0], clock -> true);
        LocalTime to = ReminderPlanView.compactClock(ends[1], clock -> true);
        if (from == null || to == null || !ReminderPlanView.QUIET.contains(
                ReminderPlanView.clock(from) + "-" + ReminderPlanView.clock(to))) {
            return stale(turn);
        }
        return saved(turn, quietFields(from, to));
    }

    /** Asks for typed times; refused while another question (onboarding, /settings) waits for its answer. */
    private List<Action> typing(Turn turn, String step, String askKey) {
        if (turn.user().inFlow() && !active(turn)) {
            return List.of(turn.notice("reminders.plan.busy"));
        }
        users.answer(turn.userId(), Map.of(), new UserProfile.Onboarding(step, false, null));
        return List.of(edit(turn, turn.texts().get(askKey), view.cancel(turn.texts())));
    }

    // Flow: the typed fixed times or quiet hours.

    @Override
    public boolean active(Turn turn) {
        UserProfile.Onboarding step = turn.user().onboarding();
        return step != null && (TYPING_FIXED.equals(step.step()) || TYPING_QUIET.equals(step.step()));
    }

    @Override
    public Optional<List<Action>> answer(Turn turn) {
        String text = turn.inbound().text();
        if (!ClockTimes.looksLikeTimes(text)) {
            return Optional.empty(); // a question or a log: handled as usual, then the question is asked again
        }
        boolean fixed = TYPING_FIXED.equals(turn.user().onboarding().step());
        Optional<Map<String, Object>> fields = ClockTimes.parse(text)
                .flatMap(times -> fixed ? fixedFields(times) : quietFields(times));
        if (fields.isEmpty()) {
            return Optional.of(List.of(new Action.Reply(turn.chatId(), turn.texts().get(badKey(turn)),
                    view.cancel(turn.texts()))));
        }
        Turn updated = turn.with(users.answer(turn.userId(), fields.get(), null));
        dispatcher.replan(updated.user(), turn.inbound().at());
        return Optional.of(List.of(new Action.Reply(turn.chatId(),
                turn.texts().get("reminders.plan.saved") + "\n\n" + summary(updated), view.home(turn.texts()))));
    }

    @Override
    public List<Action> resume(Turn turn) {
        String key = TYPING_FIXED.equals(turn.user().onboarding().step())
                ? "reminders.plan.ask.type_fixed" : "reminders.plan.ask.type_quiet";
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get(key), view.cancel(turn.texts())));
    }

    @Override
    public List<Action> notUnderstood(Turn turn) {
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get(badKey(turn)), view.cancel(turn.texts())));
    }

    private static String badKey(Turn turn) {
        return TYPING_FIXED.equals(turn.user().onboarding().step())
                ? "reminders.plan.bad.fixed" : "reminders.plan.bad.quiet";
    }

    /** Two to twelve distinct times, stored sorted. */
    private static Optional<Map<String, Object>> fixedFields(List<LocalTime> times) {
        List<String> sorted = times.stream().distinct().sorted().map(ReminderPlanView::clock).toList();
        if (sorted.size() < 2 || sorted.size() > MAX_FIXED) {
            return Optional.empty();
        }
        return Optional.of(fields("rhythm.mode", ReminderPlan.Mode.FIXED.code, "rhythm.fixedTimes", sorted));
    }

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

    private static Map<String, Object> quietFields(LocalTime from, LocalTime to) {
        return fields("rhythm.quietFrom", ReminderPlanView.clock(from), "rhythm.quietTo", ReminderPlanView.clock(to));
    }

    // Saving and showing.

    /**
     * Saves the changed fields (keeping an open onboarding or /settings question where it was, ending a typed
     * answer here), moves the next reminder, and shows the plan again in the same message.
     */
    private List<Action> saved(Turn turn, Map<String, Object> fields) {
        UserProfile.Onboarding keep = active(turn) ? null : turn.user().onboarding();
        Turn updated = turn.with(users.answer(turn.userId(), fields, keep));
        dispatcher.replan(updated.user(), turn.inbound().at());
        return List.of(edit(turn, turn.texts().get("reminders.plan.saved") + "\n\n" + summary(updated),
                view.home(turn.texts())));
    }

    private Action screen(Turn turn, String ask, Keyboard keyboard) {
        return edit(turn, summary(turn) + "\n\n" + turn.texts().get("reminders.plan.ask." + ask,
                Map.of("hours", ReminderPlanView.clock(ReminderPlan.of(turn.user()).wake()) + "–"
                        + ReminderPlanView.clock(ReminderPlan.of(turn.user()).sleep()))), keyboard);
    }

    private Turn leaveTyping(Turn turn) {
        return active(turn) ? turn.with(users.answer(turn.userId(), Map.of(), null)) : turn;
    }

    private String summary(Turn turn) {
        return view.summary(turn.texts(), ReminderPlan.of(turn.user()),
                dispatcher.store().find(turn.userId()).map(Reminder::dueAt), dispatcher.zoneOf(turn.user()),
                turn.inbound().at());
    }

    private static Action.Edit edit(Turn turn, String text, Keyboard keyboard) {
        return new Action.Edit(turn.chatId(), turn.inbound().button().messageId(), text, keyboard);
    }

    private static List<Action> stale(Turn turn) {
        return List.of(turn.notice("fallback.stale_button"));
    }

    private static Map<String, Object> fields(String field, Object value, String otherField, Object otherValue) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(field, value);
        fields.put(otherField, otherValue);
        return fields;
    }
}
