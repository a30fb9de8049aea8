package org.relactation.bot.console;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Router;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console transport. Each input line is one message from local user {@code userId}; a line that is just a
 * number presses that button of the latest message with buttons. Replies are printed in order; pictures and
 * files are saved under the data folder and their path printed. Ends at end of input.
 */
public final class ConsoleChat {
    private final Router router;
    private final Texts ui;
    private final Clock clock;
    private final long userId;
    private final String languageCode;
    private final Path filesDir;
    private final Map<Integer, Keyboard> keyboards = new HashMap<>();
    private int lastMessageId;
    private long nextUpdateId;

    public ConsoleChat(Router router, Texts operatorTexts, Clock clock, long userId, String languageCode,
                       Path filesDir) {
        this.router = router;
        this.ui = operatorTexts;
        this.clock = clock;
        this.userId = userId;
        this.languageCode = languageCode;
        this.filesDir = filesDir;
        // Update ids must not repeat across console runs on the same data: start from the clock.
        this.nextUpdateId = clock.millis();
    }

    /** Reads lines until end of input. With {@code interactive}, shows an intro and a prompt. */
    public void run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        if (interactive) {
            out.println(ui.get("console.intro", Map.of("user", userId)));
            out.print(ui.get("console.prompt"));
            out.flush();
        }
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                say(line.strip(), out);
            }
            if (interactive) {
                out.print(ui.get("console.prompt"));
                out.flush();
            }
        }
        if (interactive) {
            out.println();
        }
    }

    /** Sends one line as the local parent and prints what the bot does. */
    public void say(String line, PrintStream out) {
        Inbound inbound = pressedButton(line)
                .map(press -> new Inbound(nextUpdateId++, userId, userId, true, null, press, languageCode,
                        clock.instant()))
                .orElseGet(() -> new Inbound(nextUpdateId++, userId, userId, true, line, null, languageCode,
                        clock.instant()));
        for (Action action : router.handle(inbound)) {
            show(action, out);
        }
        out.flush();
    }

    private java.util.Optional<Inbound.ButtonPress> pressedButton(String line) {
        if (!line.matches("\\d{1,3}")) {
            return java.util.Optional.empty();
        }
        return keyboards.entrySet().stream()
                .max(Map.Entry.comparingByKey())
                .flatMap(latest -> {
                    List<Button> buttons = latest.getValue().buttons();
                    int choice = Integer.parseInt(line);
                    if (choice < 1 || choice > buttons.size()) {
                        return java.util.Optional.empty();
                    }
                    return java.util.Optional.of(new Inbound.ButtonPress(buttons.get(choice - 1).data(),
                            latest.getKey(), "console-" + nextUpdateId));
                });
    }

    private void show(Action action, PrintStream out) {
        switch (action) {
            case Action.Reply reply -> {
                int id = ++lastMessageId;
                out.println(ui.get("console.bot") + reply.text());
                remember(id, reply.keyboard(), out);
            }
            case Action.Edit edit -> {
                out.println(ui.get("console.edited") + edit.text());
                remember(edit.messageId(), edit.keyboard(), out);
            }
            case Action.Photo photo -> {
                ++lastMessageId;
                out.println(ui.get("console.photo", Map.of("path", save(photo.fileName(), photo.png()))));
            }
            case Action.Document document -> {
                ++lastMessageId;
                out.println(ui.get("console.document", Map.of("path", save(document.fileName(),
                        document.content()))));
            }
            case Action.AnswerButton answer -> {
                if (answer.notice() != null && !answer.notice().isBlank()) {
                    out.println(ui.get("console.answer") + answer.notice());
                }
            }
        }
    }

    private void remember(int messageId, Keyboard keyboard, PrintStream out) {
        if (keyboard.isEmpty()) {
            keyboards.remove(messageId);
            return;
        }
        keyboards.put(messageId, keyboard);
        List<Button> buttons = keyboard.buttons();
        StringBuilder line = new StringBuilder("    ");
        for (int i = 0; i < buttons.size(); i++) {
            line.append(ui.get("console.button", Map.of("number", i + 1, "label", buttons.get(i).label())))
                    .append("  ");
        }
        out.println(line.toString().stripTrailing());
    }

    private String save(String fileName, byte[] bytes) {
        try {
            Files.createDirectories(filesDir);
            Path file = filesDir.resolve(Path.of(fileName).getFileName());
            Files.write(file, bytes);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
