package org.relactation.bot.conversation;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.storage.UserProfile;
import org.relactation.bot.storage.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one entry to the core: takes an {@link Inbound}, records the parent's visit, picks the handler and
 * returns what to send. Never throws: a failing handler becomes a kind "something went wrong" reply.
 */
public final class Router {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final ContentCatalog content;
    private final UserStore users;
    private final String defaultLanguage;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Router(ContentCatalog content, UserStore users, String defaultLanguage) {
        this.content = content;
        this.users = users;
        this.defaultLanguage = defaultLanguage;
    }

    /** Adds a command; the order of registration is the order of the menu and of /help. */
    public Router register(Command command) {
        if (!command.name().matches("[a-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("Telegram does not allow the command name " + command.name());
        }
        commands.put(command.name(), command);
        return this;
    }

    public List<String> commandNames() {
        return List.copyOf(commands.keySet());
    }

    public List<Action> handle(Inbound inbound) {
        try {
            return route(inbound);
        } catch (RuntimeException e) {
            // The class name and update id only: the message text is health data and stays out of logs.
            LOG.error("Handling update {} failed: {}", inbound.updateId(), e.getClass().getName(), e);
            Texts texts = content.texts(content.languageFor(inbound.languageCode(), defaultLanguage));
            List<Action> actions = new ArrayList<>();
            if (inbound.isButton()) {
                actions.add(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null));
            }
            actions.add(new Action.Reply(inbound.chatId(), texts.get("error.generic")));
            return actions;
        }
    }

    private List<Action> route(Inbound inbound) {
        if (!inbound.privateChat()) {
            return privateOnly(inbound);
        }
        String language = content.languageFor(inbound.languageCode(), defaultLanguage);
        UserProfile user = users.touch(inbound.userId(), inbound.chatId(), language, inbound.at());
        Turn turn = new Turn(inbound, user, content.texts(user.language()));
        if (inbound.isButton()) {
            return List.of(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(),
                    turn.texts().get("fallback.stale_button")));
        }
        if (!inbound.isText()) {
            return List.of(turn.reply("fallback.not_text"));
        }
        Command command = inbound.command() == null ? null : commands.get(inbound.command());
        if (command != null) {
            return command.run(turn);
        }
        return List.of(turn.reply("fallback.unknown"));
    }

    /** In groups the bot stores nothing and answers only to point the parent to a private chat. */
    private List<Action> privateOnly(Inbound inbound) {
        Texts texts = content.texts(content.languageFor(inbound.languageCode(), defaultLanguage));
        List<Action> actions = new ArrayList<>();
        if (inbound.isButton()) {
            actions.add(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null));
        }
        actions.add(new Action.Reply(inbound.chatId(), texts.get("group.private_only")));
        return actions;
    }
}
