package org.relactation.bot.account;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.util.List;

/** /language: one button per language the content has, each labelled in its own language. */
public final class LanguageCommand implements Command, ButtonHandler {
    private final ContentCatalog content;
    private final UserStore users;

    public LanguageCommand(ContentCatalog content, UserStore users) {
        this.content = content;
        this.users = users;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public String prefix() {
        return "lang";
    }

    @Override
    public boolean beforeSetUp() {
        return true;
    }

    @Override
    public List<Action> run(Turn turn) {
        List<Button> buttons = content.languages().stream()
                .map(language -> new Button(content.texts(language).get("language.name"), data(language)))
                .toList();
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get("language.question"), Keyboard.of(buttons)));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        if (!content.languages().contains(payload)) {
            return List.of(turn.notice("fallback.stale_button"));
        }
        UserProfile user = users.setLanguage(turn.userId(), payload);
        Turn updated = new Turn(turn.inbound(), user, content.texts(payload));
        return List.of(new Action.Edit(turn.chatId(), turn.inbound().button().messageId(),
                updated.texts().get("language.saved"), Keyboard.NONE));
    }
}
