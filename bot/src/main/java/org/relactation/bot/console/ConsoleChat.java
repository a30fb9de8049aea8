package org.relactation.bot.console;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Outbox;
import org.relactation.bot.conversation.Router;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The console transport. Each input line is one message from local user {@code userId}; a line that is {@code #}
 * and a number ({@code #2}) presses that button of the latest message with buttons, and a plain number is text like
 * any other answer. Replies are printed in order; pictures and files are saved in the parent's own folder under
 * the data folder (removed by /delete) and their caption and path printed. What the bot sends by itself
 * (reminders, morning notes) comes through {@link #outbox}, printed between two lines the parent types. Ends at
 * end of input.
 */
public final class ConsoleChat {
    /** A button press: {@code #} and the button's number. */
    private static final Pattern PRESS = Pattern.compile("#\\s*(\\d{1,3})");

    private final Router router;
    private final Texts ui;
    private final Clock clock;
    private final long userId;
    private final String languageCode;
    private final Path filesDir;
    private final Map<Integer, Keyboard> keyboards = new HashMap<>();
    private int lastMessageId;
    private long nextUpdateId;
    /** One thing printed at a time: the parent's turn, or a message the bot sends by itself. */
    private final Object printing = new Object();
    /** A prompt is waiting for the parent's next line (interactive runs). */
    private boolean prompting;

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
            prompt(out);
        }
        String line;
        while ((line = in.readLine()) != null) {
            synchronized (printing) {
                prompting = false;
            }
            if (!line.isBlank()) {
                say(line.strip(), out);
            }
            if (interactive) {
                prompt(out);
            }
        }
        synchronized (printing) {
            prompting = false;
            if (interactive) {
                out.println();
            }
        }
    }

    private void prompt(PrintStream out) {
        synchronized (printing) {
            out.print(ui.get("console.prompt"));
            out.flush();
            prompting = true;
        }
    }

    /** Sends one line as the local parent and prints what the bot does. */
    public void say(String line, PrintStream out) {
        synchronized (printing) {
            Matcher press = PRESS.matcher(line);
            Inbound inbound;
            if (press.matches()) {
                Optional<Inbound.ButtonPress> pressed = pressedButton(Integer.parseInt(press.group(1)));
                if (pressed.isEmpty()) {
                    out.println(ui.get("console.no_button", Map.of("number", press.group(1))));
                    out.flush();
                    return;
                }
                inbound = new Inbound(nextUpdateId++, userId, userId, true, null, pressed.get(), languageCode,
                        clock.instant());
            } else {
                inbound = new Inbound(nextUpdateId++, userId, userId, true, line, null, languageCode,
                        clock.instant());
            }
            for (Action action : router.handle(inbound)) {
                show(action, out);
            }
            out.flush();
        }
    }

    /** Button {@code choice} (from 1) of the latest message with buttons, if it has one. */
    private Optional<Inbound.ButtonPress> pressedButton(int choice) {
        return keyboards.entrySet().stream()
                .max(Map.Entry.comparingByKey())
                .flatMap(latest -> {
                    List<Button> buttons = latest.getValue().buttons();
                    if (choice < 1 || choice > buttons.size()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Inbound.ButtonPress(buttons.get(choice - 1).data(),
                            latest.getKey(), "console-" + nextUpdateId));
                });
    }

    /**
     * Where the bot's own messages to this parent (reminders, morning notes) are printed as they fall due: between
     * two lines the parent types, never in the middle of a reply, and with the prompt shown again after them.
     */
    public Outbox outbox(PrintStream out) {
        return actions -> {
            synchronized (printing) {
                if (prompting) {
                    out.println();
                }
                actions.forEach(action -> show(action, out));
                if (prompting) {
                    out.print(ui.get("console.prompt"));
                }
                out.flush();
                return Outbox.Delivery.DELIVERED;
            }
        };
    }

    /** The local parent this console speaks for. */
    public long userId() {
        return userId;
    }

    /** After /delete: the parent's saved pictures and files go too. */
    public void parentDeleted(long deletedUser) {
        if (deletedUser != userId) {
            return;
        }
        Path folder = parentFolder();
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(Action action, PrintStream out) {
        switch (action) {
            case Action.Reply reply -> {
                int id = ++lastMessageId;
                out.println(ui.get("console.bot") + reply.text());
                if (!reply.keyboard().isEmpty()) {
                    router.buttonCheck().shown(reply.chatId(), id, reply.keyboard());
                }
                remember(id, reply.keyboard(), out);
            }
            case Action.Edit edit -> {
                out.println(ui.get("console.edited") + edit.text());
                router.buttonCheck().shown(edit.chatId(), edit.messageId(), edit.keyboard());
                remember(edit.messageId(), edit.keyboard(), out);
            }
            case Action.Photo photo -> {
                ++lastMessageId;
                caption(photo.caption(), out);
                out.println(ui.get("console.photo", Map.of("path", save(photo.fileName(), photo.png()))));
            }
            case Action.Document document -> {
                ++lastMessageId;
                caption(document.caption(), out);
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

    private void caption(String caption, PrintStream out) {
        if (caption != null && !caption.isBlank()) {
            out.println(ui.get("console.bot") + caption);
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

    /**
     * Saves a picture or file in the parent's folder. Health data: the folders are the bot user's alone (700) and
     * the files too (600), whatever the umask, as the database file is.
     */
    private String save(String fileName, byte[] bytes) {
        try {
            Path folder = parentFolder();
            Files.createDirectories(folder);
            ownerOnly(filesDir, "rwx------");
            ownerOnly(folder, "rwx------");
            Path file = folder.resolve(Path.of(fileName).getFileName());
            Path partial = folder.resolve(file.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            if (posix(folder)) {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            ownerOnly(file, "rw-------");
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static boolean posix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    /** Each local parent's files in their own folder: one parent's export never overwrites another's. */
    private Path parentFolder() {
        return filesDir.resolve("user-" + userId);
    }
}
