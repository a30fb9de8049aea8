package org.relactation.bot.conversation;

import org.relactation.bot.content.Texts;
import org.relactation.bot.storage.UserProfile;

import java.util.Map;

/** One inbound event together with who sent it and the texts of their language: what a handler works with. */
public record Turn(Inbound inbound, UserProfile user, Texts texts) {

    public long chatId() {
        return inbound.chatId();
    }

    public Action.Reply reply(String key) {
        return new Action.Reply(chatId(), texts.get(key));
    }

    public Action.Reply reply(String key, Map<String, ?> values) {
        return new Action.Reply(chatId(), texts.get(key, values));
    }
}
