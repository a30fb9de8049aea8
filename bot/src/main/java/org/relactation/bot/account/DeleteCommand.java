package org.relactation.bot.account;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.storage.Database;

import java.util.List;

/**
 * /delete: asks twice, then removes every document of the parent from every collection and says so.
 * Buttons: {@code del:sure} (first yes), {@code del:now} (second yes), {@code del:no}.
 */
public final class DeleteCommand implements Command, ButtonHandler {
    private final Database database;

    public DeleteCommand(Database database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "delete";
    }

    @Override
    public String prefix() {
        return "del";
    }

    @Override
    public List<Action> run(Turn turn) {
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get("delete.ask"), Keyboard.of(List.of(
                new Button(turn.texts().get("delete.yes"), data("sure")),
                new Button(turn.texts().get("delete.no"), data("no"))))));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        int messageId = turn.inbound().button().messageId();
        return switch (payload) {
            case "sure" -> List.of(new Action.Edit(turn.chatId(), messageId, turn.texts().get("delete.again"),
                    Keyboard.of(List.of(new Button(turn.texts().get("delete.really"), data("now")),
                            new Button(turn.texts().get("delete.no"), data("no"))))));
            case "now" -> {
                database.deleteEverythingOf(turn.userId());
                yield List.of(new Action.Edit(turn.chatId(), messageId, turn.texts().get("delete.done"),
                        Keyboard.NONE));
            }
            case "no" -> List.of(new Action.Edit(turn.chatId(), messageId, turn.texts().get("delete.kept"),
                    Keyboard.NONE));
            default -> List.of(turn.notice("fallback.stale_button"));
        };
    }
}
