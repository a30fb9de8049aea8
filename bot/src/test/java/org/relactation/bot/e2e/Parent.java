package org.relactation.bot.e2e;

import org.relactation.bot.telegram.fake.BotMessage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent in a private chat with the bot, as a test sees them: they say things and press buttons, then read
 * what the bot sent since. Each action waits until the bot has finished handling it.
 */
public final class Parent {
    private final BotHarness harness;
    private final long userId;
    private final String languageCode;
    private int seen;
    private boolean acted;

    Parent(BotHarness harness, long userId, String languageCode) {
        this.harness = harness;
        this.userId = userId;
        this.languageCode = languageCode;
    }

    public long id() {
        return userId;
    }

    /** Sends a text message and waits for the bot to handle it; returns the bot's new messages. */
    public List<BotMessage> says(String text) {
        if (!acted && !text.startsWith("/start") && !text.startsWith("/empezar")) {
            // Telegram's Start button makes /start a parent's first message; a test that begins elsewhere stands
            // for a parent who started earlier (a parent the bot does not know is set up first, whatever they say).
            harness.started(userId, languageCode);
        }
        acted = true;
        seen = messages().size();
        harness.telegram().userSends(userId, text, languageCode);
        harness.delivered();
        harness.awaitHandled();
        return newMessages();
    }

    /** Presses the button labelled {@code label} on the bot's latest message that has it. */
    public List<BotMessage> presses(String label) {
        BotMessage message = messages().reversed().stream()
                .filter(m -> m.buttonTexts().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No button '" + label + "' in " + messages()));
        return pressesOn(message, message.callbackDataOf(label).orElseThrow());
    }

    /** Presses the same button twice before the bot can react, as a shaky thumb at 3 a.m. does. */
    public List<BotMessage> doublePresses(String label) {
        BotMessage message = messages().reversed().stream()
                .filter(m -> m.buttonTexts().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No button '" + label + "' in " + messages()));
        String data = message.callbackDataOf(label).orElseThrow();
        seen = messages().size();
        harness.telegram().userPresses(userId, message.messageId(), data);
        harness.telegram().userPresses(userId, message.messageId(), data);
        harness.delivered();
        harness.delivered();
        harness.awaitHandled();
        return newMessages();
    }

    /** Presses a button with the given data on a given message (the button must still be there). */
    public List<BotMessage> pressesOn(BotMessage message, String data) {
        seen = messages().size();
        harness.telegram().userPresses(userId, message.messageId(), data);
        harness.delivered();
        harness.awaitHandled();
        return newMessages();
    }

    /**
     * A press no real button made, by this parent: any data, naming any message id of any chat (a modified client,
     * a forged webhook post); returns the bot's new messages in this parent's chat.
     */
    public List<BotMessage> pressesMadeUp(long chatId, int messageId, String data) {
        seen = messages().size();
        harness.telegram().anyPress(userId, chatId, messageId, data);
        harness.delivered();
        harness.awaitHandled();
        return newMessages();
    }

    /** Every bot message in this chat, in order, each as it stands now (after edits). */
    public List<BotMessage> messages() {
        return harness.telegram().messagesTo(userId);
    }

    /** The bot's messages since the parent's latest action. */
    public List<BotMessage> newMessages() {
        List<BotMessage> all = messages();
        return all.subList(Math.min(seen, all.size()), all.size());
    }

    /** All new message texts joined: convenient for "contains" assertions. */
    public String newText() {
        return String.join("\n---\n", newMessages().stream().map(BotMessage::visibleText).toList());
    }

    public BotMessage lastMessage() {
        List<BotMessage> all = messages();
        assertThat(all).as("bot messages to " + userId).isNotEmpty();
        return all.get(all.size() - 1);
    }
}
