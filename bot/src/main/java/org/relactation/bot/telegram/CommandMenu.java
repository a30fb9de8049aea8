package org.relactation.bot.telegram;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Command;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.util.List;

/**
 * Telegram's "/" menu: the bot's commands with names and descriptions from content/, once without a language
 * (Telegram shows it to everyone whose language has no list of its own) and once per language, each with that
 * language's names (/hoy in Spanish, /today in English; both work for everyone).
 */
final class CommandMenu {
    private CommandMenu() {
    }

    static void register(TelegramClient client, ContentCatalog content, List<String> commands)
            throws TelegramApiException {
        client.execute(SetMyCommands.builder().commands(menu(content.texts(content.fallbackLanguage()), commands))
                .build());
        for (String language : content.languages()) {
            client.execute(SetMyCommands.builder().commands(menu(content.texts(language), commands))
                    .languageCode(language).build());
        }
    }

    private static List<BotCommand> menu(Texts texts, List<String> commands) {
        return commands.stream()
                .map(name -> new BotCommand(Command.nameIn(texts, name), texts.get("commands." + name))).toList();
    }
}
