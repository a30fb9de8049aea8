package org.relactation.bot.logbook;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;

import java.util.List;
import java.util.Map;

/**
 * One-tap logging ("Pumped", "Nursed", "Hand expressed") under /today and, later, under reminders.
 * Data {@code q:<method>}. The entry's source is the message and the button, so a second press of the same
 * button on the same message logs nothing twice; the confirmation offers the usual time/amount fixes.
 */
public final class QuickLogButtons implements ButtonHandler {
    static final String PREFIX = "q";
    static final Map<String, Method> METHODS = Map.of("p", Method.PUMP, "n", Method.NURSE, "h", Method.HAND);

    private final Logbook logbook;

    public QuickLogButtons(Logbook logbook) {
        this.logbook = logbook;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    /** The row of quick-log buttons, for any message that offers one-tap logging (/today, reminders). */
    public static List<Button> row(Texts texts) {
        return List.of(new Button(texts.get("logbook.quick.pumped"), PREFIX + ":p"),
                new Button(texts.get("logbook.quick.nursed"), PREFIX + ":n"),
                new Button(texts.get("logbook.quick.hand"), PREFIX + ":h"));
    }

    /** The quick-log buttons as a keyboard of their own. */
    public Keyboard keyboard(Texts texts) {
        return Keyboard.of(row(texts));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        Method method = METHODS.get(payload);
        if (method == null) {
            return List.of(turn.notice("fallback.stale_button"));
        }
        LogEntryDraft draft = new LogEntryDraft(EntryKind.SESSION, method, null, null, null, turn.inbound().at(),
                false, null, null, null, null);
        EntryStore.Saved saved = logbook.store(turn, draft,
                "q:" + turn.inbound().button().messageId() + ":" + payload);
        return List.of(logbook.reply(turn, saved));
    }
}
