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
 * The buttons under a log confirmation, editing that same message: {@code lg:t:<id>} (choose a time),
 * {@code lg:ts:<id>:<minutes ago>}, {@code lg:m:<id>} (choose minutes), {@code lg:ms:<id>:<minutes>},
 * {@code lg:a:<id>} (choose an amount), {@code lg:as:<id>:<ml>},
 * {@code lg:u:<id>} (remove) and {@code lg:k:<id>} (keep, back to the confirmation). Entry ids are looked up
 * with the presser's user id, so a forged or foreign id finds nothing.
 */
public final class LogButtons implements ButtonHandler {
    static final List<Integer> MINUTES_AGO = List.of(15, 30, 60, 120, 180);
    static final List<Integer> AMOUNTS = List.of(5, 10, 20, 30, 50, 80, 100, 150);
    static final List<Integer> MINUTES = List.of(5, 10, 15, 20, 25, 30, 40, 60);

    private final Logbook logbook;

    public LogButtons(Logbook logbook) {
        this.logbook = logbook;
    }

    @Override
    public String prefix() {
        return Logbook.PREFIX;
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        String[] parts = payload.split(":");
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
        if (!"a".equals(parts[0]) && !"m".equals(parts[0])) {
            logbook.closeFollowUp(turn);
        }
        return switch (parts[0]) {
            case "t" -> List.of(new Action.Edit(chat, messageId, turn.texts().get("logbook.choose_time"),
                    timeKeyboard(turn.texts(), entry)));
            case "a" -> {
                if (entry.kind() == EntryKind.NAPPIES) {
                    yield answer(turn, "fallback.stale_button");
                }
                logbook.openFollowUp(turn, FollowUpHandler.AMOUNT, entry, messageId);
                yield List.of(new Action.Edit(chat, messageId, turn.texts().get("logbook.choose_amount"),
                        choices(turn.texts(), entry, AMOUNTS, "as", "logbook.ml", "ml")));
            }
            case "m" -> {
                if (entry.kind() != EntryKind.SESSION) {
                    yield answer(turn, "fallback.stale_button");
                }
                logbook.openFollowUp(turn, FollowUpHandler.MINUTES, entry, messageId);
                yield List.of(new Action.Edit(chat, messageId, turn.texts().get("logbook.choose_minutes"),
                        choices(turn.texts(), entry, MINUTES, "ms", "logbook.minutes", "minutes")));
            }
            case "ms" -> number(parts, MINUTES)
                    .flatMap(minutes -> logbook.entries().setMinutes(turn.userId(), id, minutes))
                    .map(updated -> List.<Action>of(logbook.fixed(turn, updated, messageId)))
                    .orElseGet(() -> answer(turn, "fallback.stale_button"));
            case "ts" -> number(parts, MINUTES_AGO)
                    .flatMap(minutes -> logbook.entries().setTime(turn.userId(), id,
                            turn.inbound().at().minus(Duration.ofMinutes(minutes))))
                    .map(updated -> List.<Action>of(logbook.fixed(turn, updated, messageId)))
                    .orElseGet(() -> answer(turn, "fallback.stale_button"));
            case "as" -> number(parts, AMOUNTS)
                    .flatMap(ml -> logbook.entries().setMl(turn.userId(), id, ml))
                    .map(updated -> List.<Action>of(logbook.fixed(turn, updated, messageId)))
                    .orElseGet(() -> answer(turn, "fallback.stale_button"));
            case "u" -> {
                String what = EntryText.describe(entry, turn.texts(), logbook.zone(turn.user()), turn.inbound().at());
                if (!logbook.entries().delete(turn.userId(), id)) {
                    yield answer(turn, "logbook.gone");
                }
                yield List.of(new Action.Edit(chat, messageId,
                        turn.texts().get("logbook.undone", Map.of("what", what)), Keyboard.NONE));
            }
            case "k" -> List.of(logbook.confirmation(turn, entry, false).edit(chat, messageId));
            default -> answer(turn, "fallback.stale_button");
        };
    }

    /** A number from the button, accepted only if it is one the bot offers (forged data changes nothing). */
    private static Optional<Integer> number(String[] parts, List<Integer> allowed) {
        if (parts.length != 3 || !parts[2].matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(parts[2]);
        return allowed.contains(value) ? Optional.of(value) : Optional.empty();
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
