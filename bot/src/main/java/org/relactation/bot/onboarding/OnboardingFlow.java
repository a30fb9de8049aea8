package org.relactation.bot.onboarding;

import org.relactation.bot.account.TimeZoneResolver;
import org.relactation.bot.content.PlainText;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Flow;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.plan.PlanWriter;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The onboarding questions, one at a time, with buttons where the answer is a choice and free text where it is
 * not (time zone, when the baby is expected, waking hours), plus Back and Skip. The parent's place is stored with
 * their profile, so a question, a log or a restart in between never loses it. The same flow changes a single answer
 * from /settings ("single" mode), followed by any question that answer opens (a baby who has arrived: how the baby
 * feeds). Button data: {@code ob:<question>:<choice>} or {@code ob:<question>:~back|~skip}.
 */
public final class OnboardingFlow implements Flow, ButtonHandler {
    private static final String BACK = "~back";
    private static final String SKIP = "~skip";
    private static final String YES = "~yes";
    private static final String NO = "~no";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final UserStore users;
    private final TimeZoneResolver zones;
    private final PlanWriter plan;
    private final SettingsView settings;
    private final TypedAnswers typed;
    private final List<Consumer<Turn>> planStarted = new CopyOnWriteArrayList<>();
    private final List<AnswerChanged> answerChanged = new CopyOnWriteArrayList<>();

    public OnboardingFlow(UserStore users, TimeZoneResolver zones, PlanWriter plan, SettingsView settings,
                          ContentCatalog content) {
        this.users = users;
        this.zones = zones;
        this.plan = plan;
        this.settings = settings;
        this.typed = new TypedAnswers(content);
    }

    /** Told after one answer was changed from /settings (or /timezone). */
    public interface AnswerChanged {
        /**
         * @param before the parent before the change
         * @param turn   the turn with the parent as now stored
         * @return what to send after the settings (a follow-up question), or nothing
         */
        List<Action> changed(UserProfile before, Turn turn);
    }

    /** Adds a listener told after one answer was changed; what each returns is sent in the order added. */
    public void onAnswerChanged(AnswerChanged listener) {
        answerChanged.add(listener);
    }

    /** Adds a listener told when a parent finishes onboarding for the first time (reminders start then). */
    public void onPlanStarted(Consumer<Turn> listener) {
        planStarted.add(listener);
    }

    @Override
    public String prefix() {
        return "ob";
    }

    /** Starts the questions from the first one. */
    public List<Action> begin(Turn turn) {
        Question first = Question.values()[0];
        UserProfile user = users.answer(turn.userId(), Map.of(), new UserProfile.Onboarding(first.code, false, null));
        return List.of(ask(turn.with(user), first, "onboarding.intro"));
    }

    /** Asks one question to change its answer, then shows the settings again. */
    public List<Action> change(Turn turn, Question question) {
        UserProfile user = users.answer(turn.userId(), Map.of(),
                new UserProfile.Onboarding(question.code, true, null));
        return List.of(ask(turn.with(user), question, null));
    }

    @Override
    public boolean active(Turn turn) {
        return turn.user().inFlow() && Question.byCode(turn.user().onboarding().step()) != null;
    }

    @Override
    public Optional<List<Action>> answer(Turn turn) {
        Question question = current(turn);
        String text = turn.inbound().text().strip();
        String pending = turn.user().onboarding().pendingTimezone();
        if (question == Question.TIMEZONE && pending != null) {
            // "yes", "sí", "correcto" to "Is that right?"; anything else may be another place.
            Optional<Boolean> confirmed = typed.yesOrNo(text);
            if (confirmed.isPresent()) {
                return Optional.of(confirmZone(turn, pending, confirmed.get()));
            }
        }
        return switch (question) {
            case TIMEZONE -> zones.resolve(text, turn.user().language(), turn.inbound().at())
                    .map(zone -> proposeZone(turn, zone));
            case HOURS -> typed.wakingHours(text).or(() -> typedChoice(question, text, turn.texts())
                            .map(question::answers))
                    .map(answers -> advance(turn, question, answers));
            case DUE -> typed.dueDate(text, today(turn), monthFirst(turn)).map(date -> expected(turn, date));
            default -> typedChoice(question, text, turn.texts()).or(() -> typed.choice(question, text))
                    .filter(question.choicesFor(turn.user().setup())::contains)
                    .map(choice -> chosen(turn, question, choice));
        };
    }

    @Override
    public boolean expects(Turn turn) {
        Question question = current(turn);
        return question != null && typed.saysExactly(question, turn.inbound().text());
    }

    @Override
    public boolean holdsItsAnswer(Turn turn) {
        Question question = current(turn);
        return question != null && typed.holds(question, turn.inbound().text());
    }

    @Override
    public List<Action> resume(Turn turn) {
        return List.of(askCurrent(turn, "onboarding.resume"));
    }

    @Override
    public List<Action> notUnderstood(Turn turn) {
        Question question = current(turn);
        String hint = switch (question) {
            case TIMEZONE -> "onboarding.timezone.unknown";
            case HOURS -> "onboarding.hours.unknown";
            case DUE -> "onboarding.due.unknown";
            default -> "onboarding.not_a_choice";
        };
        if (question == Question.TIMEZONE || question == Question.HOURS || question == Question.DUE) {
            return List.of(new Action.Reply(turn.chatId(), turn.texts().get(hint)));
        }
        return List.of(askCurrent(turn, hint));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        String[] parts = payload.split(":", 2);
        Question pressed = parts.length == 2 ? Question.byCode(parts[0]) : null;
        if (pressed == null || !active(turn) || current(turn) != pressed) {
            return List.of(turn.notice("onboarding.stale"));
        }
        String choice = parts[1];
        Texts texts = turn.texts();
        int messageId = turn.inbound().button().messageId();
        List<Action> actions = new ArrayList<>();
        switch (choice) {
            case BACK -> {
                Question previous = previous(turn.user().setup(), pressed);
                if (previous == null || turn.user().onboarding().single()) {
                    return List.of(askCurrent(turn, null));
                }
                actions.add(new Action.Edit(turn.chatId(), messageId, texts.get(pressed.key("question")),
                        Keyboard.NONE));
                UserProfile user = users.answer(turn.userId(), Map.of(),
                        new UserProfile.Onboarding(previous.code, false, null));
                actions.add(ask(turn.with(user), previous, null));
                return actions;
            }
            case SKIP -> {
                actions.add(new Action.Edit(turn.chatId(), messageId, questionText(turn, pressed) + "\n\n"
                        + texts.get("onboarding.skipped"), Keyboard.NONE));
                actions.addAll(advance(turn, pressed, pressed.skipped()));
                return actions;
            }
            case YES, NO -> {
                String pending = turn.user().onboarding().pendingTimezone();
                if (pressed != Question.TIMEZONE || pending == null) {
                    return List.of(askCurrent(turn, null));
                }
                actions.add(new Action.Edit(turn.chatId(), messageId, confirmText(turn, ZoneId.of(pending)),
                        Keyboard.NONE));
                actions.addAll(confirmZone(turn, pending, choice.equals(YES)));
                return actions;
            }
            default -> {
                if (!pressed.choicesFor(turn.user().setup()).contains(choice)) {
                    return List.of(askCurrent(turn, null));
                }
                actions.add(new Action.Edit(turn.chatId(), messageId, questionText(turn, pressed) + "\n\n"
                        + texts.get("onboarding.chosen", Map.of("answer", texts.get(pressed.choiceKey(choice)))),
                        Keyboard.NONE));
                actions.addAll(advance(turn, pressed, pressed.answers(choice)));
                return actions;
            }
        }
    }

    /** The proposed zone confirmed (saved, next question) or not (asked again). */
    private List<Action> confirmZone(Turn turn, String pending, boolean yes) {
        if (!yes) {
            users.answer(turn.userId(), Map.of(), new UserProfile.Onboarding(Question.TIMEZONE.code,
                    turn.user().onboarding().single(), null));
            return List.of(turn.reply("onboarding.timezone.retry"));
        }
        List<Action> actions = new ArrayList<>();
        actions.add(turn.reply("onboarding.timezone.saved", Map.of("zone", pending)));
        actions.addAll(advance(turn, Question.TIMEZONE, Question.TIMEZONE.answers(pending)));
        return actions;
    }

    /** A typed date the baby is expected: said back ("✓ Expected around 14 March 2027"), then the next question. */
    private List<Action> expected(Turn turn, LocalDate date) {
        List<Action> actions = new ArrayList<>();
        actions.add(turn.reply("onboarding.due.saved", Map.of("date", PlanWriter.expectedDate(turn.texts(), date))));
        actions.addAll(advance(turn, Question.DUE, Question.DUE.answers(date.toString())));
        return actions;
    }

    /** The parent's today, in their zone (UTC until they give one: a day either way matters little here). */
    private static LocalDate today(Turn turn) {
        return turn.inbound().at().atZone(turn.user().zone(ZoneOffset.UTC)).toLocalDate();
    }

    /**
     * Whether "3/4" is the 4th of March: in the United States, from the parent's zone; otherwise the day comes
     * first, as in Spanish anywhere. Unknown (null) for an English speaker who has not given a zone yet.
     */
    private static Boolean monthFirst(Turn turn) {
        Optional<String> country = TimeZoneResolver.countryOf(turn.user().timezone());
        if (country.isPresent()) {
            return country.get().equals("US");
        }
        return "es".equals(turn.texts().language()) ? Boolean.FALSE : null;
    }

    /** A typed answer that names a choice: said back ("✓ Bringing my milk back"), then the next question. */
    private List<Action> chosen(Turn turn, Question question, String choice) {
        List<Action> actions = new ArrayList<>();
        actions.add(turn.reply("onboarding.chosen", Map.of("answer", turn.texts().get(question.choiceKey(choice)))));
        actions.addAll(advance(turn, question, question.answers(choice)));
        return actions;
    }

    /**
     * Stores the answers and asks the next question, or finishes. Changing one answer from /settings goes on to a
     * question that answer opens ("Not here yet" opens when the baby is expected), then back to the settings.
     */
    private List<Action> advance(Turn turn, Question answered, Map<String, Object> answers) {
        boolean single = turn.user().onboarding() != null && turn.user().onboarding().single();
        UserProfile.Setup before = turn.user().setup();
        UserProfile.Setup setup = Question.after(before, answers);
        Question next = single ? opened(before, setup, answered) : next(setup, answered);
        UserProfile user = users.answer(turn.userId(), answers,
                next == null ? null : new UserProfile.Onboarding(next.code, single, null));
        Turn updated = turn.with(user);
        if (next != null) {
            return List.of(ask(updated, next, null));
        }
        if (single) {
            List<Action> actions = new ArrayList<>();
            List<Action> followUp = new ArrayList<>();
            for (AnswerChanged listener : answerChanged) {
                followUp.addAll(listener.changed(turn.user(), updated));
            }
            actions.add(settings.show(updated));
            actions.addAll(followUp);
            return actions;
        }
        users.startPlan(turn.userId(), turn.inbound().at());
        planStarted.forEach(listener -> listener.accept(updated));
        return List.of(updated.reply("onboarding.done"),
                new Action.Reply(turn.chatId(), plan.write(user, updated.texts(), turn.inbound().at())));
    }

    private List<Action> proposeZone(Turn turn, ZoneId zone) {
        UserProfile user = users.answer(turn.userId(), Map.of(), new UserProfile.Onboarding(
                Question.TIMEZONE.code, turn.user().onboarding().single(), zone.getId()));
        return List.of(confirm(turn.with(user), zone));
    }

    private Action.Reply confirm(Turn turn, ZoneId zone) {
        Keyboard keyboard = Keyboard.of(List.of(
                new Button(turn.texts().get("onboarding.timezone.yes"), data(Question.TIMEZONE.code + ":" + YES)),
                new Button(turn.texts().get("onboarding.timezone.no"), data(Question.TIMEZONE.code + ":" + NO))));
        return new Action.Reply(turn.chatId(), confirmText(turn, zone), keyboard);
    }

    private static String confirmText(Turn turn, ZoneId zone) {
        String now = ZonedDateTime.ofInstant(turn.inbound().at(), zone).format(CLOCK);
        return turn.texts().get("onboarding.timezone.confirm", Map.of("zone", zone.getId(), "time", now));
    }

    private Action.Reply askCurrent(Turn turn, String leadKey) {
        String pending = turn.user().onboarding().pendingTimezone();
        if (current(turn) == Question.TIMEZONE && pending != null) {
            Action.Reply confirm = confirm(turn, ZoneId.of(pending));
            return leadKey == null ? confirm : new Action.Reply(turn.chatId(),
                    turn.texts().get(leadKey) + "\n\n" + confirm.text(), confirm.keyboard());
        }
        return ask(turn, current(turn), leadKey);
    }

    private Action.Reply ask(Turn turn, Question question, String leadKey) {
        Texts texts = turn.texts();
        String text = questionText(turn, question);
        if (leadKey != null) {
            text = texts.get(leadKey) + "\n\n" + text;
        }
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        int perRow = question.perRow(texts::get);
        for (String choice : question.choicesFor(turn.user().setup())) {
            row.add(new Button(texts.get(question.choiceKey(choice)), data(question.code + ":" + choice)));
            if (row.size() == perRow) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        List<Button> navigation = new ArrayList<>();
        boolean single = turn.user().onboarding() != null && turn.user().onboarding().single();
        if (!single && previous(turn.user().setup(), question) != null) {
            navigation.add(new Button(texts.get("onboarding.back"), data(question.code + ":" + BACK)));
        }
        navigation.add(new Button(texts.get("onboarding.skip"), data(question.code + ":" + SKIP)));
        rows.add(navigation);
        return new Action.Reply(turn.chatId(), text, new Keyboard(rows));
    }

    /** The question, with its wording for a baby not here yet where it has one (no nursing before the baby). */
    private static String questionText(Turn turn, Question question) {
        String notYet = question.key("question_not_yet");
        String text = turn.texts().get(turn.user().setup().babyNotHereYet() && turn.texts().has(notYet) ? notYet
                : question.key("question"));
        return turn.texts().has(question.key("help")) ? text + "\n" + turn.texts().get(question.key("help")) : text;
    }

    private static Question current(Turn turn) {
        return Question.byCode(turn.user().onboarding().step());
    }

    private static Question next(UserProfile.Setup setup, Question after) {
        Question[] all = Question.values();
        for (int i = after.ordinal() + 1; i < all.length; i++) {
            if (all[i].appliesTo(setup)) {
                return all[i];
            }
        }
        return null;
    }

    /** The first question after {@code answered} that applies now and did not before the answer, or null. */
    private static Question opened(UserProfile.Setup before, UserProfile.Setup now, Question answered) {
        Question[] all = Question.values();
        for (int i = answered.ordinal() + 1; i < all.length; i++) {
            if (all[i].appliesTo(now) && !all[i].appliesTo(before)) {
                return all[i];
            }
        }
        return null;
    }

    private static Question previous(UserProfile.Setup setup, Question before) {
        Question[] all = Question.values();
        for (int i = before.ordinal() - 1; i >= 0; i--) {
            if (all[i].appliesTo(setup)) {
                return all[i];
            }
        }
        return null;
    }

    /** A typed answer that names a choice ("formula", "Fórmula", "8", "sí") counts as pressing it. */
    private static Optional<String> typedChoice(Question question, String text, Texts texts) {
        String typed = PlainText.of(text);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        for (String choice : question.choices) { // filtered by the caller to the choices offered
            String label = PlainText.of(texts.get(question.choiceKey(choice)));
            String shortLabel = PlainText.of(texts.get(question.choiceKey(choice)).replaceAll("\\(.*\\)", ""));
            if (typed.equals(label) || typed.equals(shortLabel)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
