package org.relactation.bot.bench;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.reminders.Reminder;
import org.relactation.bot.storage.Database;
import org.relactation.bot.storage.Schema;
import org.relactation.bot.parent.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /**
     * A history for each of those parents: {@code perDay} pumping sessions (15 min, 20 ml) on each of the
     * {@code days} days before today, stored as the bot stores them (entries and their day lists, each with the
     * copies of its entries, which the bot drops from the days that are no longer recent at a parent's next log).
     */
    static void history(Database database, long first, int count, int days, int perDay, Instant now) {
        var entries = database.collection(Schema.ENTRIES, Entry.class);
        var dayLists = database.collection(Schema.ENTRY_DAYS, Document.class);
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        List<Entry> chunk = new ArrayList<>(CHUNK);
        List<Document> lists = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            for (int back = days; back >= 1; back--) {
                Instant day = today.minus(back, ChronoUnit.DAYS);
                List<ObjectId> ids = new ArrayList<>();
                Document copies = new Document();
                for (int session = 0; session < perDay; session++) {
                    Instant at = day.plus(Duration.ofMinutes(7 * 60 + session * 120L));
                    Entry entry = new Entry(new ObjectId(), id, "h:" + back + ":" + session, EntryKind.SESSION,
                            Method.PUMP, null, 15, 20, at, null, null, null, null, at);
                    ids.add(entry.id());
                    copies.append(entry.id().toHexString(), entry);
                    chunk.add(entry);
                    if (chunk.size() == CHUNK) {
                        entries.insertMany(chunk);
                        chunk.clear();
                    }
                }
                lists.add(new Document("_id", id + "/" + LocalDate.ofInstant(day, ZoneOffset.UTC))
                        .append("userId", id).append("ids", ids).append("entries", copies));
            }
        }
        if (!chunk.isEmpty()) {
            entries.insertMany(chunk);
        }
        dayLists.insertMany(lists);
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
