package org.relactation.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Private chats only: in a group the bot stores nothing and answers only to point the parent to a private chat (or,
 * after a warning, not at all: the warning was the answer).
 */
final class GroupStage implements Stage {
    @Override
    public void on(Handling handling) {
        Inbound inbound = handling.inbound();
        if (inbound.privateChat()) {
            return;
        }
        if (handling.verdict().warned()) {
            handling.answer(List.of());
            return;
        }
        List<Action> actions = new ArrayList<>();
        if (inbound.isButton()) {
            actions.add(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(), null));
        }
        actions.add(new Action.Reply(inbound.chatId(), handling.inboundTexts().get("group.private_only")));
        handling.answer(actions);
    }
}
