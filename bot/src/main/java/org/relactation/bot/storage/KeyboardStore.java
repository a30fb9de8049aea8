package org.relactation.bot.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.pushEach;

/**
 * The keyboards collection: which buttons the bot's latest messages in a chat carry, one document per chat (its
 * id is the chat's, which in a private chat is the parent's user id, so /delete removes it). Each message shown
 * with buttons, or edited, adds an entry; the latest entry of a message is what it carries now. Only the last
 * {@link #KEPT} entries are kept: a button older than that has expired.
 */
public final class KeyboardStore {
    /** Messages with buttons (and edits of them) remembered per chat. */
    static final int KEPT = 50;

    private final MongoCollection<ChatKeyboards> keyboards;
    /** The records of the messages that Telegram took at the same moment, written in one command. */
    private final GroupWrite<UpdateOneModel<ChatKeyboards>> records;

    public KeyboardStore(Database database) {
        this.keyboards = database.collection(Schema.KEYBOARDS, ChatKeyboards.class);
        this.records = new GroupWrite<>(models -> keyboards.bulkWrite(models, new BulkWriteOptions().ordered(true)));
    }

    /**
     * Records that a message now carries buttons with this data (none: it carries none any more), and returns once
     * that is written (with the records of other chats' messages shown at the same moment, in one command).
     * Buttons never create a chat's record after the fact: an edit that removes them changes only a record that
     * exists.
     */
    public void shown(long chatId, int messageId, List<String> data) {
        records.write(new UpdateOneModel<>(eq("_id", chatId),
                pushEach("shown", List.of(new Shown(messageId, List.copyOf(data))), new PushOptions().slice(-KEPT)),
                new UpdateOptions().upsert(!data.isEmpty())));
    }

    /** Whether the message carries a button with this data now, as far as the bot recorded. */
    public boolean carries(long chatId, int messageId, String data) {
        ChatKeyboards chat = keyboards.find(eq("_id", chatId)).first();
        if (chat == null) {
            return false;
        }
        for (Shown shown : chat.shown().reversed()) {
            if (shown.m() == messageId) {
                return shown.d().contains(data);
            }
        }
        return false;
    }

    /**
     * Whether the message carried a button with this data before an edit replaced it: a second tap on an answer
     * already taken, as tired thumbs do.
     */
    public boolean carried(long chatId, int messageId, String data) {
        ChatKeyboards chat = keyboards.find(eq("_id", chatId)).first();
        return chat != null && chat.shown().stream().anyMatch(shown -> shown.m() == messageId
                && shown.d().contains(data));
    }

    /** One chat's recorded keyboards, oldest first. */
    public record ChatKeyboards(@BsonId long chatId, List<Shown> shown) {
        public ChatKeyboards {
            shown = shown == null ? List.of() : List.copyOf(shown);
        }
    }

    /**
     * The buttons a message carried from a moment on.
     *
     * @param m the message id
     * @param d the data of each of its buttons
     */
    public record Shown(int m, List<String> d) {
        public Shown {
            d = d == null ? List.of() : List.copyOf(d);
        }
    }
}
