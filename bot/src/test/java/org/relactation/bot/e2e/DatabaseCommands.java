package org.relactation.bot.e2e;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Every command the bot sends its database, as "command collection" ("find users", "update entries"), in the
 * order sent: a test reads what one update costs ({@link #since}).
 */
public final class DatabaseCommands implements CommandListener {
    private final List<String> sent = new ArrayList<>();

    @Override
    public synchronized void commandStarted(CommandStartedEvent event) {
        BsonValue target = event.getCommand().get(event.getCommandName());
        sent.add(event.getCommandName() + (target != null && target.isString()
                ? " " + target.asString().getValue() : ""));
    }

    /** How many commands were sent so far: a mark for {@link #since}. */
    public synchronized int count() {
        return sent.size();
    }

    /** The commands sent after {@code mark}. */
    public synchronized List<String> since(int mark) {
        return List.copyOf(sent.subList(mark, sent.size()));
    }
}
