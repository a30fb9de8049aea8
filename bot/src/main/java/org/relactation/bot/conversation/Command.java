package org.relactation.bot.conversation;

import java.util.List;

/** A slash command. Its menu description is the content key commands.{name}, in every language. */
public interface Command {

    /** Lower-case name without the slash, as Telegram allows: [a-z0-9_]{1,32}. */
    String name();

    List<Action> run(Turn turn);
}
