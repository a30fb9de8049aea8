package org.relactation.bot.conversation;

import org.relactation.bot.content.ContentCatalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the capabilities registered to answer messages, as the stages of the {@link Pipeline} look them up: commands
 * by their name in any language, button handlers by their prefix, free-text handlers and flows in the order
 * registered, the parent who never started's set-up, and the answers to a message nothing understood.
 */
final class Handlers {
    private final ContentCatalog content;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    /** Every language's name of a command ("hoy", "deshacer") to the command's own name. */
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, ButtonHandler> buttons = new LinkedHashMap<>();
    private final List<TextHandler> textHandlers = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    /** Set once by the router; null: the defaults below. */
    Function<Turn, List<Action>> fallback;
    Function<Turn, List<Action>> unsure;
    MessageParts parts;
    SetUp setUp;

    Handlers(ContentCatalog content) {
        this.content = content;
    }

    /** Adds a command under its name in every language of the content; refuses a name another command has. */
    void add(Command command) {
        String name = command.name();
        if (!name.matches("[a-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("Telegram does not allow the command name " + name);
        }
        if (aliases.containsKey(name) && !aliases.get(name).equals(name)) {
            throw new IllegalArgumentException("/" + name + " already names /" + aliases.get(name));
        }
        for (String language : content.languages()) {
            String alias = Command.nameIn(content.texts(language), name);
            String taken = commands.containsKey(alias) ? alias : aliases.get(alias);
            if (taken != null && !taken.equals(name)) {
                throw new IllegalArgumentException("The " + language + " name /" + alias + " of /" + name
                        + " already names /" + taken);
            }
            aliases.put(alias, name);
        }
        aliases.put(name, name);
        commands.put(name, command);
    }

    void add(ButtonHandler handler) {
        if (buttons.putIfAbsent(handler.prefix(), handler) != null || handler.prefix().contains(":")) {
            throw new IllegalArgumentException("Button prefix taken or invalid: " + handler.prefix());
        }
    }

    void add(TextHandler handler) {
        textHandlers.add(handler);
    }

    void add(Flow flow) {
        flows.add(flow);
    }

    List<String> commandNames() {
        return List.copyOf(commands.keySet());
    }

    /**
     * The command a typed name stands for, in any language: "/hoy" and "/today" alike; accents and capitals as
     * typed by hand ("/Estadísticas") do not matter. Null when no command has that name.
     */
    Command command(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String name = aliases.get(plain);
        return name == null ? null : commands.get(name);
    }

    /** The handler of buttons whose data starts with {@code prefix}, or null. */
    ButtonHandler button(String prefix) {
        return buttons.get(prefix);
    }

    /** The flow whose question the parent is answering now, or null. */
    Flow activeFlow(Turn turn) {
        return flows.stream().filter(f -> f.active(turn)).findFirst().orElse(null);
    }

    /** Cuts a typed message into the parts to answer one by one; a message is one part when nothing was set. */
    MessageParts parts() {
        return parts == null ? MessageParts.WHOLE : parts;
    }

    /** The answer to text that no handler understood: "not sure" when nothing was set. */
    List<Action> fallback(Turn turn) {
        return fallback == null ? List.of(turn.reply("fallback.unknown")) : fallback.apply(turn);
    }

    /** Asks what a message that reads as a log and as a question alike is; nothing when nothing was set. */
    List<Action> unsure(Turn turn) {
        return unsure == null ? List.of() : unsure.apply(turn);
    }

    List<TextHandler> textHandlers() {
        return textHandlers;
    }

    /** The first free-text handler's answer, asked in the order registered; empty when none knows. */
    Optional<List<Action>> understood(Turn turn) {
        for (TextHandler handler : textHandlers) {
            Optional<List<Action>> handled = handler.handle(turn);
            if (handled.isPresent()) {
                return handled;
            }
        }
        return Optional.empty();
    }
}
