package org.relactation.bot.plan;

import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.PlainText;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.TextHandler;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.guidance.GuideCards;
import org.relactation.bot.guidance.GuideCommand;
import org.relactation.bot.logbook.DayStats;
import org.relactation.bot.logbook.DaySummary;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.Logbook;
import org.relactation.bot.logbook.Trend;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.reminders.NextReminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * "What do I do next?" (/next, or "what now", "qué hago ahora"): advice from the parent's own state — day of
 * the plan, sessions today against the target, time since the last session, the night, the trend of the last
 * days, and the next topic they have not read yet.
 */
public final class NextCommand implements Command, TextHandler {
    /** Longer than this without a session while awake, and the next one is due now (the guidance: ~3 h). */
    static final Duration MAX_GAP = Duration.ofHours(3);
    /** Trends compare up to the last 3 finished days with the 3 before them. */
    static final int TREND_DAYS = 3;

    private final Logbook logbook;
    private final GuideCards cards;
    private final GuideCommand guide;
    private final NextReminder reminder;
    /** The "what now?" phrases of each language, read from content once, not on every message. */
    private final Map<String, Triggers> triggersByLanguage = new ConcurrentHashMap<>();

    /** @param guide opens the next topic's card (its buttons are the guide's) */
    public NextCommand(Logbook logbook, GuideCards cards, GuideCommand guide, NextReminder reminder) {
        this.logbook = logbook;
        this.cards = cards;
        this.guide = guide;
        this.reminder = reminder;
    }

    @Override
    public String name() {
        return "next";
    }

    @Override
    public Optional<List<Action>> handle(Turn turn) {
        Triggers triggers = triggersByLanguage.computeIfAbsent(turn.texts().language(),
                language -> Triggers.of(turn.texts()));
        return triggers.asked(turn.inbound().text()) ? Optional.of(run(turn)) : Optional.empty();
    }

    /**
     * The ways to ask "what now?" in one language: a trigger as typed, or with the small words that carry nothing
     * here set aside on both sides ("y ahora qué hago" is "qué hago", "ok so what should i do now" is "what should i
     * do"). A trigger left with one word once they are set aside ("what now") counts only as typed.
     */
    private record Triggers(Set<String> whole, Set<List<String>> core, Set<String> fillers) {
        static Triggers of(Texts texts) {
            Set<String> whole = Arrays.stream(texts.get("next.triggers").split("\n")).map(PlainText::of)
                    .filter(trigger -> !trigger.isEmpty()).collect(Collectors.toUnmodifiableSet());
            Set<String> fillers = Arrays.stream(texts.get("next.trigger_fillers").split(",")).map(PlainText::of)
                    .filter(word -> !word.isEmpty()).collect(Collectors.toUnmodifiableSet());
            Set<List<String>> core = whole.stream()
                    .filter(trigger -> without(trigger, fillers).size() > 1 || !trigger.contains(" "))
                    .map(trigger -> without(trigger, fillers)).filter(words -> !words.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            return new Triggers(whole, core, fillers);
        }

        boolean asked(String text) {
            String plain = PlainText.of(text);
            return whole.contains(plain) || core.contains(without(plain, fillers));
        }

        private static List<String> without(String plain, Set<String> fillers) {
            return Arrays.stream(plain.split(" ")).filter(word -> !word.isEmpty() && !fillers.contains(word)).toList();
        }
    }

    @Override
    public List<Action> run(Turn turn) {
        UserProfile user = turn.user();
        Texts texts = turn.texts();
        if (user.planStartedAt() == null && user.setup().situation() == null) {
            return List.of(turn.reply("next.setup_first"));
        }
        Instant now = turn.inbound().at();
        ZoneId zone = logbook.zone(user);
        ZonedDateTime local = now.atZone(zone);
        List<String> lines = new ArrayList<>();
        if (user.planStartedAt() != null) {
            long day = ChronoUnit.DAYS.between(user.planStartedAt().atZone(zone).toLocalDate(), local.toLocalDate()) + 1;
            lines.add(texts.get("next.day", Map.of("day", day)));
        }
        List<DaySummary> week = logbook.daysSinceStart(user, now, 7);
        DaySummary today = week.get(week.size() - 1);
        Optional<Entry> last = logbook.entries().latestSession(user.userId(), now);
        LocalTime wake = DayStats.wakeOf(user);
        LocalTime sleep = DayStats.sleepOf(user);
        boolean awake = DayStats.awake(local.toLocalTime(), wake, sleep);
        boolean wantsNight = user.rhythm().nightSession() == null || user.rhythm().nightSession();

        // A baby not here yet: sessions are pumping and hand expression, nothing at the breast until the baby comes.
        String notYet = user.setup().babyNotHereYet() ? "_not_yet" : "";
        if (last.isEmpty()) {
            lines.add(texts.get("next.first_session" + notYet));
        } else if (!awake && wantsNight && !today.nightSession()) {
            lines.add(texts.get("next.night"));
        } else if (today.metTarget()) {
            lines.add(texts.get("next.target_met" + notYet,
                    Map.of("count", today.sessions(), "target", today.target())));
        } else {
            Duration since = Duration.between(last.get().at(), now);
            if (awake && since.compareTo(MAX_GAP) >= 0) {
                lines.add(texts.get("next.overdue", Map.of("gap", gap(texts, since))));
            }
            // The next reminder as /reminders shows it (or the plan's time when reminders are off): one answer.
            lines.add(texts.get("next.to_go", Map.of("count", today.sessions(), "target", today.target(),
                    "left", today.target() - today.sessions(),
                    "when", reminder.when(texts, user, reminder.session(user, now), now))));
        }
        trend(week, texts).ifPresent(lines::add);
        Optional<GuideCards.Card> learn = nextTopic(user, week);
        Keyboard keyboard = learn.map(card -> Keyboard.of(List.of(guide.cardButton(texts, card.id()))))
                .orElse(Keyboard.NONE);
        learn.ifPresent(card -> lines.add(texts.get("next.learn", Map.of("title", card.title()))));
        return List.of(new Action.Reply(turn.chatId(), String.join("\n\n", lines), keyboard));
    }

    /**
     * Supplement coming down is the clearest sign of more milk; then expressed milk up or down. Each compares the
     * last finished days with as many before them (from the parent's first day) and says so.
     */
    private static Optional<String> trend(List<DaySummary> week, Texts texts) {
        Optional<Trend.Change> supplement = Trend.of(week, DaySummary::supplementMl, TREND_DAYS);
        if (supplement.isPresent() && supplement.get().direction() == Trend.DOWN) {
            return Optional.of(trendLine(texts, "next.supplement_down", supplement.get()));
        }
        return Trend.of(week, DaySummary::mlExpressed, TREND_DAYS).flatMap(change -> switch (change.direction()) {
            case UP -> Optional.of(trendLine(texts, "next.volume_up", change));
            case DOWN -> Optional.of(trendLine(texts, "next.volume_down", change));
            case FLAT -> Optional.empty();
        });
    }

    private static String trendLine(Texts texts, String key, Trend.Change change) {
        LocalFormat format = LocalFormat.of(texts);
        return texts.get(key, Map.of("before", format.number(change.before()), "after",
                format.number(change.after()), "span", change.span(texts)));
    }

    /** The first topic of a path that fits the parent's situation which they have not opened yet. */
    private Optional<GuideCards.Card> nextTopic(UserProfile user, List<DaySummary> week) {
        List<String> path = new ArrayList<>();
        if ("induce".equals(user.setup().situation())) {
            path.add("induced_lactation");
        }
        if ("refuses".equals(user.setup().feeding())) {
            path.add("breast_refusal");
        }
        path.addAll(List.of("stimulation", "pumping", "hand_expression"));
        if ("formula".equals(user.setup().feeding()) || "donor".equals(user.setup().feeding())) {
            path.addAll(List.of("supplementer", "paced_bottle"));
        }
        path.addAll(List.of("compressions", "skin_to_skin", "night_sessions", "expectations"));
        boolean supplementing = week.stream().anyMatch(day -> day.supplementMl() > 0);
        if (supplementing) {
            path.add("reducing_supplements");
        }
        path.addAll(List.of("enough_milk", "progress", "feelings", "get_help"));
        return path.stream().filter(cards::exists).filter(id -> !user.learned().contains(id)).findFirst()
                .map(id -> cards.card(user.language(), id));
    }

    private static String gap(Texts texts, Duration duration) {
        return texts.get("logbook.today.duration", Map.of("hours", duration.toHours(),
                "minutes", duration.toMinutesPart()));
    }
}
