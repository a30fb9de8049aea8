package org.relactation.bot.logbook;

import org.bson.types.ObjectId;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The buttons that change an entry, editing the message they are on. Under a log confirmation ({@code lg:}):
 * {@code lg:t:<id>} (choose a time), {@code lg:ts:<id>:<minutes ago>}, {@code lg:m:<id>} (choose minutes),
 * {@code lg:ms:<id>:<minutes>}, {@code lg:a:<id>} (choose an amount), {@code lg:as:<id>:<ml>},
 * {@code lg:u:<id>} (remove), {@code lg:U:<id>} (remove it and every entry logged by the same message: "Undo all"
 * under several sessions logged at once) and {@code lg:k:<id>} (keep, back to the confirmation).
 *
 * <p>On an entry opened from /today ({@code le:}, see {@link EntryCard}): {@code le:o:<id>} (open), the same
 * pickers as above, which come back to the entry, {@code le:me:<id>} and {@code le:mm:<id>:<METHOD>} (method),
 * {@code le:s:<id>} and {@code le:ss:<id>:<SIDE>} (side), {@code le:d:<id>} and {@code le:dd:<id>} (remove, once
 * confirmed), {@code le:l:<id>} (back to today's list) and {@code le:p:<page>} (a page of the list).
 *
 * <p>Entry ids are looked up with the presser's user id, so a forged or foreign id finds nothing; a button of an
 * entry no longer there says so and changes nothing. Values come back only if they are ones the bot offers.
 */
public final class LogButtons implements ButtonHandler {
    static final String CARD_PREFIX = "le";
    static final List<Integer> MINUTES_AGO = List.of(15, 30, 60, 120, 180);
    static final List<Integer> AMOUNTS = List.of(5, 10, 20, 30, 50, 80, 100, 150);
    static final List<Integer> MINUTES = List.of(5, 10, 15, 20, 25, 30, 40, 60);

    private final Logbook logbook;
    private final String prefix;
    /** Null under a log confirmation; the entry's card and today's list for an entry opened from /today. */
    private final EntryCard card;
    private final TodayView today;

    public LogButtons(Logbook logbook) {
        this(logbook, Logbook.PREFIX, null, null);
    }

    private LogButtons(Logbook logbook, String prefix, EntryCard card, TodayView today) {
        this.logbook = logbook;
        this.prefix = prefix;
        this.card = card;
        this.today = today;
    }

    /** The buttons of /today's list and of the entries opened from it. */
    public static LogButtons card(Logbook logbook) {
        return new LogButtons(logbook, CARD_PREFIX, new EntryCard(logbook), new TodayView(logbook));
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        String[] parts = payload.split(":");
        if (card != null && parts.length == 2 && "p".equals(parts[0]) && parts[1].matches("\\d{1,3}")) {
            logbook.closeFollowUp(turn);
            return List.of(today.render(turn, Integer.parseInt(parts[1]), null)
                    .edit(turn.chatId(), turn.inbound().button().messageId()));
        }
        ObjectId id = parts.length >= 2 ? Logbook.id(parts[1]) : null;
        if (id == null) {
            return answer(turn, "fallback.stale_button");
        }
        Optional<Entry> found = logbook.entries().find(turn.userId(), id);
        if (found.isEmpty()) {
            return answer(turn, "logbook.gone");
        }
        Entry entry = found.get();
        int messageId = turn.inbound().button().messageId();
        long chat = turn.chatId();
        List<Action> shown = card == null ? confirmationPress(turn, parts, entry, messageId)
                : cardPress(turn, parts, entry, messageId);
        if (shown != null) {
            return shown;
        }
        return switch (parts[0]) {
            case "t" -> {
                open(turn, FollowUpHandler.AT, entry, messageId);
                yield List.of(new Action.Edit(chat, messageId, turn.texts().get("logbook.choose_time"),
                        timeKeyboard(turn.texts(), entry)));
            }
            case "a" -> {
                if (!EntryCard.measured(entry)) {
                    yield answer(turn, "fallback.stale_button");
                }
                open(turn, FollowUpHandler.AMOUNT, entry, messageId);
                yield List.of(new Action.Edit(chat, messageId, turn.texts().get("logbook.choose_amount"),
                        choices(turn.texts(), entry, AMOUNTS, "as", "logbook.ml", "ml")));
            }
            case "m" -> {
                if (entry.kind() != EntryKind.SESSION) {
                    yield answer(turn, "fallback.stale_button");
                }
                open(turn, FollowUpHandler.MINUTES, entry, messageId);
                yield List.of(new Action.Edit(chat, messageId, turn.texts().get("logbook.choose_minutes"),
                        choices(turn.texts(), entry, MINUTES, "ms", "logbook.minutes", "minutes")));
            }
            case "ms" -> shown(turn, messageId, number(parts, MINUTES)
                    .flatMap(minutes -> logbook.entries().setMinutes(turn.userId(), id, minutes)));
            case "ts" -> shown(turn, messageId, number(parts, MINUTES_AGO)
                    .flatMap(minutes -> logbook.entries().setTime(turn.userId(), id,
                            turn.inbound().at().minus(Duration.ofMinutes(minutes)))));
            case "as" -> shown(turn, messageId, number(parts, AMOUNTS)
                    .flatMap(ml -> logbook.entries().setMl(turn.userId(), id, ml)));
            case "k" -> card == null ? List.of(logbook.confirmation(turn, entry, false).edit(chat, messageId))
                    : shown(turn, messageId, Optional.of(entry));
            default -> answer(turn, "fallback.stale_button");
        };
    }

    /** The press under a log confirmation that only it has (undo), or null for the shared pickers. */
    private List<Action> confirmationPress(Turn turn, String[] parts, Entry entry, int messageId) {
        if (!"a".equals(parts[0]) && !"m".equals(parts[0]) && !"t".equals(parts[0])) {
            logbook.closeFollowUp(turn);
        }
        if ("U".equals(parts[0])) {
            return List.of(new Action.Edit(turn.chatId(), messageId, logbook.undo(turn, entry), Keyboard.NONE));
        }
        if (!"u".equals(parts[0])) {
            return null;
        }
        String what = EntryText.describe(entry, turn.texts(), logbook.zone(turn.user()), turn.inbound().at());
        if (!logbook.entries().delete(turn.userId(), entry.id())) {
            return answer(turn, "logbook.gone");
        }
        return List.of(new Action.Edit(turn.chatId(), messageId, turn.texts().get("logbook.undone",
                Map.of("what", what)), Keyboard.NONE));
    }

    /** The press on an entry opened from /today that only it has, or null for the shared pickers. */
    private List<Action> cardPress(Turn turn, String[] parts, Entry entry, int messageId) {
        long chat = turn.chatId();
        ObjectId id = entry.id();
        return switch (parts[0]) {
            case "o" -> shown(turn, messageId, Optional.of(entry));
            case "me" -> entry.isSession() ? onCard(turn, entry, card.methods(turn, entry).edit(chat, messageId))
                    : answer(turn, "fallback.stale_button");
            case "s" -> entry.isSession() ? onCard(turn, entry, card.sides(turn, entry).edit(chat, messageId))
                    : answer(turn, "fallback.stale_button");
            case "mm" -> shown(turn, messageId, value(parts, Method.class)
                    .filter(method -> entry.isSession() && EntryCard.METHODS.contains(method))
                    .flatMap(method -> logbook.entries().setMethod(turn.userId(), id, method)));
            case "ss" -> shown(turn, messageId, value(parts, Side.class).filter(side -> entry.isSession())
                    .flatMap(side -> logbook.entries().setSide(turn.userId(), id, side)));
            case "d" -> onCard(turn, entry, card.removal(turn, entry).edit(chat, messageId));
            case "dd" -> {
                String what = EntryText.describe(entry, turn.texts(), logbook.zone(turn.user()), turn.inbound().at());
                logbook.closeFollowUp(turn);
                if (!logbook.entries().delete(turn.userId(), id)) {
                    yield answer(turn, "logbook.gone");
                }
                yield List.of(today.render(turn, TodayView.LAST, turn.texts().get("logbook.undone",
                        Map.of("what", what))).edit(chat, messageId));
            }
            case "l" -> {
                logbook.closeFollowUp(turn);
                yield List.of(today.renderAround(turn, id, null).edit(chat, messageId));
            }
            default -> null;
        };
    }

    /**
     * The entry as it is after a press, shown where the press was: its confirmation (with any milestone it reaches
     * now), or its card, open for a typed change.
     */
    private List<Action> shown(Turn turn, int messageId, Optional<Entry> updated) {
        if (updated.isEmpty()) {
            return answer(turn, "fallback.stale_button");
        }
        if (card == null) {
            return List.of(logbook.fixed(turn, updated.get(), messageId));
        }
        return onCard(turn, updated.get(), card.view(turn, updated.get()).edit(turn.chatId(), messageId));
    }

    /** A screen of the entry's card: what is typed now changes the entry ({@link FollowUpHandler}). */
    private List<Action> onCard(Turn turn, Entry entry, Action.Edit edit) {
        logbook.openFollowUp(turn, FollowUpHandler.CARD + FollowUpHandler.ENTRY, entry, edit.messageId());
        return List.of(edit);
    }

    /** A picker is open: a value typed now is for it, on this message. */
    private void open(Turn turn, String what, Entry entry, int messageId) {
        logbook.openFollowUp(turn, card == null ? what : FollowUpHandler.CARD + what, entry, messageId);
    }

    /** A number from the button, accepted only if it is one the bot offers (forged data changes nothing). */
    private static Optional<Integer> number(String[] parts, List<Integer> allowed) {
        if (parts.length != 3 || !parts[2].matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(parts[2]);
        return allowed.contains(value) ? Optional.of(value) : Optional.empty();
    }

    /** A method or side from the button, by its name. */
    private static <E extends Enum<E>> Optional<E> value(String[] parts, Class<E> type) {
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Keyboard timeKeyboard(Texts texts, Entry entry) {
        String id = entry.id().toHexString();
        List<Button> row = new ArrayList<>();
        for (int minutes : MINUTES_AGO) {
            String label = minutes < 60 ? texts.get("logbook.minutes_ago", Map.of("minutes", minutes))
                    : texts.get("logbook.hours_ago", Map.of("hours", minutes / 60));
            row.add(new Button(label, data("ts:" + id + ":" + minutes)));
        }
        return new Keyboard(List.of(row.subList(0, 3), row.subList(3, row.size()),
                List.of(new Button(texts.get("logbook.buttons.back"), data("k:" + id)))));
    }

    /** Eight numbers in two rows (amounts or minutes), then "keep it". */
    private Keyboard choices(Texts texts, Entry entry, List<Integer> values, String action, String labelKey,
                             String placeholder) {
        String id = entry.id().toHexString();
        List<Button> buttons = values.stream()
                .map(value -> new Button(texts.get(labelKey, Map.of(placeholder, value)),
                        data(action + ":" + id + ":" + value)))
                .toList();
        return new Keyboard(List.of(buttons.subList(0, 4), buttons.subList(4, 8),
                List.of(new Button(texts.get("logbook.buttons.back"), data("k:" + id)))));
    }

    private static List<Action> answer(Turn turn, String key) {
        return List.of(turn.notice(key));
    }
}
