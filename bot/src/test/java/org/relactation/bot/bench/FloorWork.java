package org.relactation.bot.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.relactation.bot.config.Settings;
import org.relactation.bot.storage.Database;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;

/**
 * The least any bot that keeps a log must do per message on this stack, done by the bare echo bot before it
 * replies: read the parent, store the entry, record the update as handled, make it durable. Same driver, same
 * embedded server and file, same client settings as the real bot; no parsing, no reply text. What the bare bot
 * reaches with this is a ceiling for the real bot on this machine: the distance to it is the bot's own cost.
 */
final class FloorWork implements Consumer<Update>, AutoCloseable {
    private final Database database;
    private final MongoCollection<Document> parents;
    private final MongoCollection<Document> entries;

    private FloorWork(Database database) {
        this.database = database;
        this.parents = database.collection("floor_parents", Document.class);
        this.entries = database.collection("floor_entries", Document.class);
    }

    /** A database of its own (embedded, in {@code storage}'s folder) with parents {@code first .. first+count-1}. */
    static FloorWork open(Settings.Storage storage, long first, int count) {
        FloorWork work = new FloorWork(Database.open(storage));
        work.entries.createIndex(new Document("userId", 1).append("source", 1),
                new IndexOptions().unique(true));
        List<Document> chunk = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            chunk.add(new Document("_id", id).append("chatId", id).append("language", "en")
                    .append("handled", List.of()));
        }
        work.parents.insertMany(chunk);
        return work;
    }

    @Override
    public void accept(Update update) {
        long userId = update.getMessage().getFrom().getId();
        parents.find(eq("_id", userId)).first();
        entries.insertOne(new Document("userId", userId).append("source", "u:" + update.getUpdateId())
                .append("kind", "SESSION").append("minutes", 15).append("ml", 20).append("at", new Date()));
        parents.updateOne(eq("_id", userId), Updates.pushEach("handled", List.of(update.getUpdateId()),
                new PushOptions().slice(-50)));
        database.makeDurable();
    }

    @Override
    public void close() {
        database.close();
    }
}
