package org.relactation.bot.account;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.storage.Database;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * /delete: asks twice, then removes every document of the parent from every collection and says so.
 * Buttons: {@code del:sure} (first yes), {@code del:now:<token>} (second yes), {@code del:no}. The second yes
 * carries a one-time token kept with the parent when it was shown, for that message and {@link #CONFIRM_FOR}: a
 * forged or replayed press deletes nothing.
 */
public final class DeleteCommand implements Command, ButtonHandler {
    static final String WHAT = "delete";
    /** The last question stays answerable this long. */
    static final Duration CONFIRM_FOR = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final UserStore users;
    private final List<LongConsumer> deleted = new CopyOnWriteArrayList<>();

    public DeleteCommand(Database database, UserStore users) {
        this.database = database;
        this.users = users;
    }

    /** Told the parent's user id once their data is gone: for what a transport keeps of them (console files). */
    public DeleteCommand onDeleted(LongConsumer listener) {
        deleted.add(listener);
        return this;
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
        if ("sure".equals(payload)) {
            String token = HexFormat.of().formatHex(randomBytes());
            users.setFollowUp(turn.userId(), new UserProfile.FollowUp(WHAT, token, messageId, turn.inbound().at(),
                    null));
            return List.of(new Action.Edit(turn.chatId(), messageId, turn.texts().get("delete.again"),
                    Keyboard.of(List.of(new Button(turn.texts().get("delete.really"), data("now:" + token)),
                            new Button(turn.texts().get("delete.no"), data("no"))))));
        }
        if (payload.startsWith("now:")) {
            if (!confirmed(turn, payload.substring("now:".length()), messageId)) {
                return List.of(turn.notice("fallback.stale_button"));
            }
            database.deleteEverythingOf(turn.userId());
            deleted.forEach(listener -> listener.accept(turn.userId()));
            return List.of(new Action.Edit(turn.chatId(), messageId, turn.texts().get("delete.done"),
                    Keyboard.NONE));
        }
        if ("no".equals(payload)) {
            return List.of(new Action.Edit(turn.chatId(), messageId, turn.texts().get("delete.kept"),
                    Keyboard.NONE));
        }
        return List.of(turn.notice("fallback.stale_button"));
    }

    /** The press answers the question this bot asked this parent, on that message, a short while ago. */
    private static boolean confirmed(Turn turn, String token, int messageId) {
        UserProfile.FollowUp asked = turn.user().followUp();
        return asked != null && WHAT.equals(asked.what()) && token.equals(asked.entryId())
                && asked.messageId() == messageId && turn.inbound().at().isBefore(asked.askedAt().plus(CONFIRM_FOR));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
