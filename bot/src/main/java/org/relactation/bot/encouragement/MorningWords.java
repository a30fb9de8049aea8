package org.relactation.bot.encouragement;

import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.DaySummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the morning note says, from the parent's last fortnight: yesterday's numbers on a usual day; gentle words
 * instead of numbers after a day with no session, or a day clearly lighter than their recent usual (never a
 * comparison that could read as blame); the drop in supplement against the week before as a bright spot.
 * Greeting, gentle words and closing each have several variants that change from one day to the next.
 */
public final class MorningWords {
    /** Yesterday is lighter below three quarters of the recent average (of days with a session). */
    static final double LIGHTER = 0.75;
    /** Days with a session among the 7 before yesterday needed before "usual" means anything. */
    static final int HISTORY = 3;
    /** Below this average the ml are too few to compare. */
    static final int MIN_ML = 10;
    /** A drop in supplement worth saying, in ml a day. */
    static final int SUPPLEMENT_DROP = 5;

    /** How yesterday went, as far as the note's wording goes. */
    public enum Yesterday { EMPTY, LIGHTER, USUAL }

    /** The lines of the note for a parent, from 15 local days, today last. */
    public List<String> lines(long userId, Texts texts, List<DaySummary> fortnight) {
        LocalDate today = fortnight.get(fortnight.size() - 1).day();
        DaySummary yesterday = fortnight.get(fortnight.size() - 2);
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(Variants.key(texts, "encouragement.morning.hello", today, userId)));
        switch (yesterday(fortnight)) {
            case EMPTY -> {
                lines.add(texts.get(Variants.key(texts, "encouragement.morning.empty", today, userId)));
                return lines;
            }
            case LIGHTER -> lines.add(texts.get(Variants.key(texts, "encouragement.morning.lighter", today, userId)));
            case USUAL -> {
                lines.add(texts.get("reminders.morning.yesterday", Map.of("sessions", yesterday.sessions(),
                        "target", yesterday.target(), "ml", yesterday.mlExpressed())));
                if (yesterday.metTarget()) {
                    lines.add(texts.get("reminders.morning.target", Map.of("target", yesterday.target())));
                }
            }
        }
        int lastWeek = averageSupplement(fortnight.subList(7, 14));
        int weekBefore = averageSupplement(fortnight.subList(0, 7));
        if (weekBefore > 0 && weekBefore - lastWeek >= SUPPLEMENT_DROP) {
            lines.add(texts.get("reminders.morning.less_supplement", Map.of("ml", weekBefore - lastWeek)));
        }
        lines.add(texts.get(Variants.key(texts, "encouragement.morning.close", today, userId)));
        return lines;
    }

    /** Yesterday against the 7 days before it. */
    static Yesterday yesterday(List<DaySummary> fortnight) {
        DaySummary yesterday = fortnight.get(fortnight.size() - 2);
        if (yesterday.sessions() == 0) {
            return Yesterday.EMPTY;
        }
        List<DaySummary> recent = fortnight.subList(fortnight.size() - 9, fortnight.size() - 2).stream()
                .filter(d -> d.sessions() > 0).toList();
        if (recent.size() < HISTORY || yesterday.metTarget()) {
            return Yesterday.USUAL;
        }
        double sessions = recent.stream().mapToInt(DaySummary::sessions).average().orElse(0);
        double ml = recent.stream().mapToInt(DaySummary::mlExpressed).average().orElse(0);
        boolean fewerSessions = yesterday.sessions() < LIGHTER * sessions;
        boolean lessMilk = ml >= MIN_ML && yesterday.mlExpressed() < LIGHTER * ml;
        return fewerSessions || lessMilk ? Yesterday.LIGHTER : Yesterday.USUAL;
    }

    private static int averageSupplement(List<DaySummary> days) {
        return (int) Math.round(days.stream().mapToInt(DaySummary::supplementMl).average().orElse(0));
    }
}
