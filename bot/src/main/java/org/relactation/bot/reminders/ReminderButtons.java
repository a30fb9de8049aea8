package org.relactation.bot.reminders;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Snooze ({@code r:z:<minutes>}) and skip ({@code r:k}) under a reminder; one-tap logging uses the q: buttons. */
public final class ReminderButtons implements ButtonHandler {
    static final String PREFIX = "r";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ReminderDispatcher dispatcher;

    public ReminderButtons(ReminderDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        Instant now = turn.inbound().at();
        Instant next;
        String key;
        if (payload.startsWith("z:") && ReminderDispatcher.SNOOZES.stream().anyMatch(m -> payload.equals("z:" + m))) {
            next = now.plus(Duration.ofMinutes(Integer.parseInt(payload.substring(2))));
            key = "reminders.snoozed";
        } else if ("k".equals(payload)) {
            next = dispatcher.planner().next(turn.user(), dispatcher.zoneOf(turn.user()), now, now);
            key = "reminders.skipped";
        } else {
            return List.of(turn.notice("fallback.stale_button"));
        }
        dispatcher.store().schedule(turn.userId(), next);
        String time = next.atZone(dispatcher.zoneOf(turn.user())).format(CLOCK);
        String text = turn.texts().get(key, Map.of("time", time));
        return List.of(new Action.AnswerButton(turn.chatId(), turn.inbound().button().callbackId(), text),
                new Action.Edit(turn.chatId(), turn.inbound().button().messageId(), text, Keyboard.NONE));
    }
}
