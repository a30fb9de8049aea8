package org.relactation.bot.reminders;

import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * /pause (1 day, 3 days, or until /resume), /resume and /stop (asks why, and answers each reason with care, saying
 * that the log is kept and that /resume brings the reminders back; Cancel changes nothing).
 * Pausing for a while moves the parent's one reminder to the end of the pause (morning notes go on); "until
 * /resume" and a reason given to /stop remove reminders and morning notes, so nothing more is sent; the log stays
 * until /delete. Buttons: {@code pz:1}, {@code pz:3}, {@code pz:off}, {@code pz:why:<reason>}, {@code pz:keep}.
 */
public final class PauseCommands implements ButtonHandler {
    static final List<String> REASONS = List.of("break", "done", "decided", "baby");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ReminderDispatcher dispatcher;
    private final MorningNotes mornings;

    public PauseCommands(ReminderDispatcher dispatcher, MorningNotes mornings) {
        this.dispatcher = dispatcher;
        this.mornings = mornings;
    }

    @Override
    public String prefix() {
        return "pz";
    }

    public Command pause() {
        return command("pause", turn -> List.of(new Action.Reply(turn.chatId(),
                turn.texts().get("reminders.pause.question"), Keyboard.of(List.of(
                new Button(turn.texts().get("reminders.pause.day"), data("1")),
                new Button(turn.texts().get("reminders.pause.days"), data("3")),
                new Button(turn.texts().get("reminders.pause.off"), data("off")))))));
    }

    public Command resume() {
        return command("resume", turn -> {
            // Back to the plan: the next reminder counts from the last logged session, as if never paused.
            Instant now = turn.inbound().at();
            Instant next = dispatcher.start(turn.user(), now);
            mornings.start(turn.user(), now);
            return List.of(turn.reply("reminders.resumed",
                    Map.of("when", dispatcher.next().when(turn.texts(), turn.user(), next, now))));
        });
    }

    public Command stop() {
        return command("stop", turn -> {
            // Nothing stops until a reason is pressed: Cancel must leave everything as it was.
            List<Button> reasons = REASONS.stream()
                    .map(reason -> new Button(turn.texts().get("reminders.stop.reasons." + reason), data("why:" + reason)))
                    .toList();
            return List.of(new Action.Reply(turn.chatId(), turn.texts().get("reminders.stop.question"),
                    new Keyboard(List.of(reasons.subList(0, 2), reasons.subList(2, 4),
                            List.of(new Button(turn.texts().get("reminders.stop.cancel"), data("keep")))))));
        });
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        int messageId = turn.inbound().button().messageId();
        Texts texts = turn.texts();
        if (payload.startsWith("why:") && REASONS.contains(payload.substring(4))) {
            dispatcher.store().cancel(turn.userId());
            mornings.stop(turn.userId());
            return List.of(new Action.Edit(turn.chatId(), messageId,
                    texts.get("reminders.stop.answers." + payload.substring(4)), Keyboard.NONE));
        }
        Instant now = turn.inbound().at();
        return switch (payload) {
            case "1", "3" -> {
                Instant end = now.plus(Duration.ofDays(Integer.parseInt(payload)));
                Instant next = dispatcher.planner().next(turn.user(), dispatcher.zoneOf(turn.user()), null, end);
                dispatcher.store().pause(turn.userId(), end, next);
                ZonedDateTime local = next.atZone(dispatcher.zoneOf(turn.user()));
                String date = LocalFormat.of(texts).date(local.toLocalDate());
                yield List.of(new Action.Edit(turn.chatId(), messageId, texts.get("reminders.pause.until",
                        Map.of("date", date, "time", local.format(CLOCK))), Keyboard.NONE));
            }
            case "keep" -> List.of(new Action.Edit(turn.chatId(), messageId, texts.get("reminders.stop.kept"),
                    Keyboard.NONE));
            case "off" -> {
                dispatcher.store().cancel(turn.userId());
                mornings.stop(turn.userId());
                yield List.of(new Action.Edit(turn.chatId(), messageId, texts.get("reminders.pause.off_done"),
                        Keyboard.NONE));
            }
            default -> List.of(turn.notice("fallback.stale_button"));
        };
    }

    private static Command command(String name, Function<Turn, List<Action>> run) {
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Action> run(Turn turn) {
                return run.apply(turn);
            }
        };
    }
}
