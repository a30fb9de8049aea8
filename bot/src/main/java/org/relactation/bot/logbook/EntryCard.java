package org.relactation.bot.logbook;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entry opened from /today's list, in place of the list: what it is, and buttons to change its time, minutes,
 * amount, method or side, to remove it, or to go back to the list. Its buttons are {@link LogButtons#CARD_PREFIX}
 * ones, so that the pickers they open come back here, not to a log confirmation.
 */
final class EntryCard {
    /** The methods a session can be changed to, in the order they are offered. */
    static final List<Method> METHODS = List.of(Method.PUMP, Method.DOUBLE_PUMP, Method.HAND, Method.NURSE,
            Method.SUPPLEMENTER);

    private final Logbook logbook;

    EntryCard(Logbook logbook) {
        this.logbook = logbook;
    }

    /** The entry and what can be changed; a typed amount, length or time changes it too ({@link FollowUpHandler}). */
    Logbook.Confirmation view(Turn turn, Entry entry) {
        Texts texts = turn.texts();
        String text = texts.get("logbook.edit.card", Map.of("what", describe(turn, entry)))
                + "\n" + texts.get(entry.kind() == EntryKind.WEIGHT ? "logbook.edit.hint_weight"
                : !measured(entry) ? "logbook.edit.hint_time"
                : entry.isSession() ? "logbook.edit.hint" : "logbook.edit.hint_amount");
        List<Button> values = new ArrayList<>();
        values.add(button(texts, "logbook.buttons.time", "t", entry));
        if (entry.isSession()) {
            values.add(button(texts, "logbook.buttons.minutes", "m", entry));
        }
        if (measured(entry)) {
            values.add(button(texts, "logbook.buttons.amount", "a", entry));
        }
        List<Button> how = entry.isSession() ? List.of(button(texts, "logbook.edit.buttons.method", "me", entry),
                button(texts, "logbook.edit.buttons.side", "s", entry)) : List.of();
        return new Logbook.Confirmation(text, new Keyboard(List.of(values, how,
                List.of(button(texts, "logbook.edit.buttons.remove", "d", entry),
                        button(texts, "logbook.edit.buttons.list", "l", entry)))));
    }

    /** Whether the entry has an amount in ml to change: a session or a supplement, not nappies or a weight. */
    static boolean measured(Entry entry) {
        return entry.kind() == EntryKind.SESSION || entry.kind() == EntryKind.SUPPLEMENT;
    }

    /** "How was it done?" with the five methods, two to a row, and "keep it". */
    Logbook.Confirmation methods(Turn turn, Entry entry) {
        Texts texts = turn.texts();
        List<Button> buttons = new ArrayList<>();
        for (Method method : METHODS) {
            buttons.add(new Button(texts.get("logbook.edit.methods." + method.name().toLowerCase(Locale.ROOT)),
                    data("mm", entry, method.name())));
        }
        return new Logbook.Confirmation(texts.get("logbook.edit.choose_method", Map.of("what", describe(turn, entry))),
                new Keyboard(List.of(buttons.subList(0, 2), buttons.subList(2, 4), buttons.subList(4, 5),
                        List.of(back(texts, entry)))));
    }

    /** "Which side?": left, right, both, and "keep it". */
    Logbook.Confirmation sides(Turn turn, Entry entry) {
        Texts texts = turn.texts();
        List<Button> buttons = new ArrayList<>();
        for (Side side : Side.values()) {
            buttons.add(new Button(texts.get("logbook.edit.sides." + side.name().toLowerCase(Locale.ROOT)),
                    data("ss", entry, side.name())));
        }
        return new Logbook.Confirmation(texts.get("logbook.edit.choose_side", Map.of("what", describe(turn, entry))),
                new Keyboard(List.of(buttons, List.of(back(texts, entry)))));
    }

    /** "Remove this entry?" before it goes. */
    Logbook.Confirmation removal(Turn turn, Entry entry) {
        Texts texts = turn.texts();
        return new Logbook.Confirmation(texts.get("logbook.edit.remove_confirm", Map.of("what", describe(turn, entry))),
                Keyboard.of(List.of(new Button(texts.get("logbook.buttons.remove"), data("dd", entry, null)),
                        back(texts, entry))));
    }

    private String describe(Turn turn, Entry entry) {
        return EntryText.describe(entry, turn.texts(), logbook.zone(turn.user()), turn.inbound().at());
    }

    private static Button back(Texts texts, Entry entry) {
        return button(texts, "logbook.buttons.back", "k", entry);
    }

    private static Button button(Texts texts, String key, String action, Entry entry) {
        return new Button(texts.get(key), data(action, entry, null));
    }

    /** "le:mm:&lt;24 hex&gt;:DOUBLE_PUMP" is 42 bytes, well within Telegram's 64. */
    static String data(String action, Entry entry, String value) {
        return LogButtons.CARD_PREFIX + ":" + action + ":" + entry.id().toHexString()
                + (value == null ? "" : ":" + value);
    }
}
