package org.relactation.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * /help: every command the bot has, by its name in the parent's language (/hoy in Spanish), with the same names and
 * descriptions as Telegram's command menu.
 */
public final class HelpCommand implements Command {
    private final Supplier<List<String>> commandNames;

    public HelpCommand(Supplier<List<String>> commandNames) {
        this.commandNames = commandNames;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public boolean beforeSetUp() {
        return true;
    }

    @Override
    public List<Action> run(Turn turn) {
        StringBuilder text = new StringBuilder(turn.texts().get("help.intro")).append("\n\n");
        for (String command : commandNames.get()) {
            text.append(turn.texts().get("help.line", Map.of("command", Command.nameIn(turn.texts(), command),
                    "description", turn.texts().get("commands." + command)))).append('\n');
        }
        text.append('\n').append(turn.texts().get("help.outro"));
        return List.of(new Action.Reply(turn.chatId(), text.toString()));
    }
}
