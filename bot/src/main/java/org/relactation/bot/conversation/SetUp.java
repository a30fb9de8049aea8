package org.relactation.bot.conversation;

import org.relactation.bot.parent.UserProfile;

import java.util.List;

/**
 * What a parent the bot does not know yet gets, whatever they send: the setup questions, before anything is logged
 * or stored for them. Telegram's Start button makes /start a new parent's first message; a parent who writes without
 * it is one whose data was deleted (/delete), and a "done" from them must not start a log in UTC.
 */
public interface SetUp {

    /** True for a parent who has never started (no /start seen, no plan, no open question). */
    boolean needed(UserProfile user);

    /** The answer to anything such a parent sends but the set-up command itself. */
    List<Action> first(Turn turn);
}
