package org.relactation.bot.conversation;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;

import java.util.List;

/**
 * A slash command. Its menu description is the content key commands.{name}, in every language; its name in a
 * language is command_names.{name} (/hoy for /today in Spanish), and every language's name runs it.
 */
public interface Command {

    /** Lower-case name without the slash, as Telegram allows: [a-z0-9_]{1,32}. */
    String name();

    List<Action> run(Turn turn);

    /**
     * Whether a parent who has not set up yet may run it as it is (/help, /about, /privacy, /guide, /language):
     * reading about the bot, and what it keeps, comes before giving it anything. Others start the setup first.
     */
    default boolean beforeSetUp() {
        return false;
    }

    /** What the command is called in the language of {@code texts} (its own name when content names it not). */
    static String nameIn(Texts texts, String command) {
        String key = ContentCatalog.COMMAND_NAMES + command;
        return texts.has(key) ? texts.get(key) : command;
    }
}
