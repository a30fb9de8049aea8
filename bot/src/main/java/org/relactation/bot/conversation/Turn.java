package org.relactation.bot.conversation;

import org.relactation.bot.content.Texts;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.util.Map;

/**
 * One inbound event together with who sent it and the texts of their language: what a handler works with.
 *
 * @param warned  true when the safety check answered a warning sign in this message: nothing in this turn may
 *                celebrate (no milestone, no cheer next to "please call a doctor")
 * @param message the whole message when this turn is about one part of it ({@link #about}), else null: what a
 *                part refers back to ("is that normal?" after "pumped 15 min 20 ml")
 */
public record Turn(Inbound inbound, UserProfile user, Texts texts, boolean warned, String message) {

    public Turn(Inbound inbound, UserProfile user, Texts texts) {
        this(inbound, user, texts, false, null);
    }

    public Turn(Inbound inbound, UserProfile user, Texts texts, boolean warned) {
        this(inbound, user, texts, warned, null);
    }

    public long chatId() {
        return inbound.chatId();
    }

    public long userId() {
        return inbound.userId();
    }

    public Action.Reply reply(String key) {
        return new Action.Reply(chatId(), texts.get(key));
    }

    public Action.Reply reply(String key, Map<String, ?> values) {
        return new Action.Reply(chatId(), texts.get(key, values));
    }

    /** Answers the pressed button with a short notice (content key): the reply to a stale or forged press. */
    public Action.AnswerButton notice(String key) {
        return new Action.AnswerButton(chatId(), inbound.button().callbackId(), texts.get(key));
    }

    /** The same turn with the profile as stored now (a handler may have changed it). */
    public Turn refreshed(UserStore users) {
        return users.find(user.userId()).map(this::with).orElse(this);
    }

    /** The same turn about one part of the message ("how often should I pump?" of "done. how often...?"). */
    public Turn about(String part) {
        Inbound whole = inbound;
        return new Turn(new Inbound(whole.updateId(), whole.userId(), whole.chatId(), whole.privateChat(), part,
                whole.button(), whole.languageCode(), whole.at(), whole.caption(), whole.edited()), user, texts, warned,
                message != null ? message : whole.text());
    }

    /** The same turn with {@code updated} as the profile; keeps the texts' language unless it changed. */
    public Turn with(UserProfile updated) {
        return new Turn(inbound, updated, texts, warned, message);
    }
}
