package org.relactation.bot.logbook;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /undo: removes the last logged entry at once if it is fresh, else asks first (it may be one from yesterday); with
 * it go the other entries its message logged ("pumped at 1, 3 and 5" is taken back whole, as its Undo button does).
 */
public final class UndoCommand implements Command {
    static final Duration ASK_AFTER = Duration.ofMinutes(10);

    private final Logbook logbook;

    public UndoCommand(Logbook logbook) {
        this.logbook = logbook;
    }

    @Override
    public String name() {
        return "undo";
    }

    @Override
    public List<Action> run(Turn turn) {
        Optional<Entry> last = logbook.entries().lastLogged(turn.userId(), turn.inbound().at());
        if (last.isEmpty()) {
            return List.of(turn.reply("logbook.nothing_to_undo"));
        }
        Entry entry = last.get();
        Duration age = Duration.between(entry.createdAt(), turn.inbound().at());
        if (age.compareTo(ASK_AFTER) <= 0) {
            return List.of(new Action.Reply(turn.chatId(), logbook.undo(turn, entry)));
        }
        List<Entry> all = logbook.sameMessage(turn.userId(), entry);
        String what = all.size() == 1
                ? EntryText.describe(entry, turn.texts(), logbook.zone(turn.user()), turn.inbound().at())
                : "\n" + logbook.list(turn, all);
        String id = entry.id().toHexString();
        Keyboard keyboard = Keyboard.of(List.of(
                new Button(turn.texts().get("logbook.buttons.remove"), Logbook.PREFIX + ":U:" + id),
                new Button(turn.texts().get("logbook.buttons.back"), Logbook.PREFIX + ":k:" + id)));
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get("logbook.undo_confirm",
                Map.of("what", what)), keyboard));
    }
}
