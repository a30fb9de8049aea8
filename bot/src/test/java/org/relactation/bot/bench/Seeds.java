package org.relactation.bot.bench;

import org.relactation.bot.reminders.Reminder;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.storage.UserProfile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Parents who finished onboarding (and their reminders), written straight into the database in bulk. */
final class Seeds {
    private static final int CHUNK = 5_000;

    private Seeds() {
    }

    static UserProfile onboarded(long userId, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return new UserProfile(userId, userId, "en", at.minus(3, ChronoUnit.DAYS), at.minus(3, ChronoUnit.DAYS),
                at.minus(1, ChronoUnit.HOURS), "UTC", null, new UserProfile.Rhythm(8, "07:00", "22:00", false), null, at.minus(3, ChronoUnit.DAYS), List.of(),
                "PUMP", List.of());
    }

    /** Parents {@code first .. first+count-1}, onboarded. */
    static void parents(Database database, long first, int count, Instant now) {
        var users = database.collection(Schema.USERS, UserProfile.class);
        List<UserProfile> chunk = new ArrayList<>(CHUNK);
        for (long id = first; id < first + count; id++) {
            chunk.add(onboarded(id, now));
            if (chunk.size() == CHUNK) {
                users.insertMany(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            users.insertMany(chunk);
        }
    }

    /** One reminder for each of those parents, all due at {@code dueAt}. */
    static void reminders(Database database, long first, int count, Instant dueAt) {
        var reminders = database.collection(Schema.REMINDERS, Reminder.class);
        List<Reminder> chunk = new ArrayList<>(CHUNK);
        for (long id = first; id < first + count; id++) {
            chunk.add(new Reminder(id, dueAt.truncatedTo(ChronoUnit.MILLIS), null, null, null));
            if (chunk.size() == CHUNK) {
                reminders.insertMany(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            reminders.insertMany(chunk);
        }
    }
}
