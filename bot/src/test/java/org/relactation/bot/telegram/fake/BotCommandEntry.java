package org.relactation.bot.telegram.fake;

/** One entry of a bot's command menu, as setMyCommands stored it (command without the leading "/"). */
public record BotCommandEntry(String command, String description) {
}
