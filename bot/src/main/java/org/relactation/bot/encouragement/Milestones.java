package org.relactation.bot.encouragement;

import com.mongodb.MongoException;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.DaySummary;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.Logbook;
import org.relactation.bot.parent.UserProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The celebration added to the reply to a log: each milestone the new entry reaches and nobody celebrated yet
 * (records: not yet today), claimed in the parent's record before it is shown, so two logs at once never both
 * celebrate it.
 * Reaching several streak lengths at once shows only the longest.
 */
public final class Milestones implements Logbook.Applause {
    private static final Logger LOG = LoggerFactory.getLogger(Milestones.class);

    private final MilestoneStore store;
    private final Logbook logbook;

    public Milestones(MilestoneStore store, Logbook logbook) {
        this.store = store;
        this.logbook = logbook;
    }

    @Override
    public int daysRead() {
        return MilestoneDetector.WINDOW_DAYS;
    }

    @Override
    public List<String> after(UserProfile user, Texts texts, Entry entry, Instant now, List<DaySummary> days) {
        try {
            return celebrate(user, texts, entry, now, days);
        } catch (MongoException e) {
            // The entry is stored and confirmed; a celebration lost to a database hiccup is not worth failing it.
            LOG.warn("Milestones not checked: {}", e.getClass().getSimpleName());
            return List.of();
        }
    }

    List<String> celebrate(UserProfile user, Texts texts, Entry entry, Instant now) {
        return celebrate(user, texts, entry, now, logbook.days(user, now, MilestoneDetector.WINDOW_DAYS));
    }

    private List<String> celebrate(UserProfile user, Texts texts, Entry entry, Instant now, List<DaySummary> days) {
        List<Reached> won = claim(user, entry, now, days);
        ZoneId zone = logbook.zone(user);
        LocalDate today = now.atZone(zone).toLocalDate();
        Reached longestStreak = won.stream().filter(r -> r.milestone().isStreak()).reduce((a, b) -> b).orElse(null);
        List<String> lines = new ArrayList<>();
        for (Reached reached : won) {
            if (!reached.milestone().isStreak() || reached == longestStreak) {
                String family = reached.milestone().textFamily();
                lines.add(texts.get(Variants.key(texts, family, today, user.userId()), reached.values()));
            }
        }
        return lines;
    }

    /**
     * All the parent's sessions, or at least as many as the milestone needs. For a parent who came within the window
     * read anyway, that window holds every session (a log may be dated a day or two back, never weeks); a window
     * that holds the hundred already is enough too. Only otherwise are all entries counted: such a count reads every
     * entry of every parent on the embedded database.
     */
    private long sessionsSoFar(UserProfile user, List<DaySummary> days, Instant now) {
        long inWindow = days.stream().mapToLong(DaySummary::sessions).sum();
        Instant windowStart = now.minus(Duration.ofDays(MilestoneDetector.WINDOW_DAYS - 3));
        boolean recent = user.createdAt() != null && user.createdAt().isAfter(windowStart);
        if (recent || inWindow >= MilestoneDetector.SESSIONS) {
            return inWindow;
        }
        return logbook.entries().countSessions(user.userId());
    }

    /** The milestones this entry reaches that this call won the claim for, in the order of {@link Milestone}. */
    List<Reached> claim(UserProfile user, Entry entry, Instant now) {
        return claim(user, entry, now, logbook.days(user, now, MilestoneDetector.WINDOW_DAYS));
    }

    /** @param days the last {@link MilestoneDetector#WINDOW_DAYS} local days, today last */
    private List<Reached> claim(UserProfile user, Entry entry, Instant now, List<DaySummary> days) {
        ZoneId zone = logbook.zone(user);
        LocalDate today = now.atZone(zone).toLocalDate();
        // As read with the parent: a claim made since by another log is found by the claim itself, which then
        // changes nothing.
        UserProfile.Milestones seen = user.milestones();
        List<String> done = seen.once();
        long sessions = done.contains(Milestone.SESSIONS_100.code()) ? 0 : sessionsSoFar(user, days, now);
        List<Reached> reached = MilestoneDetector.detect(entry, entry.at().atZone(zone).toLocalDate(), days, sessions);
        List<Reached> won = new ArrayList<>();
        for (Reached candidate : reached) {
            Milestone milestone = candidate.milestone();
            boolean claimed = milestone.isRecord()
                    ? !today.toString().equals(MilestoneStore.recordDay(seen, milestone))
                            && store.claimRecord(user.userId(), milestone, today)
                    : !done.contains(milestone.code()) && store.claimOnce(user.userId(), milestone);
            if (claimed) {
                won.add(candidate);
            }
        }
        return won;
    }
}
