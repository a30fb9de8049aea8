package org.relactation.bot.conversation;

import java.util.List;

/** Where actions the bot starts by itself (reminders) are sent: the transport's sender. */
public interface Outbox {

    /** How sending ended: delivered, refused for good by the parent (blocked the bot), or failed after retries. */
    enum Delivery { DELIVERED, BLOCKED, FAILED }

    /** Sends in order; stops at the first action that could not be delivered and says why. */
    Delivery send(List<Action> actions);
}
