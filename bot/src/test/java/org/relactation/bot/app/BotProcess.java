package org.relactation.bot.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The bot started as an operator starts it: a JVM of its own, settings from the environment only. */
final class BotProcess {
    private BotProcess() {
    }

    /**
     * Starts {@link Main} with {@code arguments} and exactly the bot settings in {@code environment} (none inherited);
     * its output goes to {@code dir}/stdout.txt and stderr.txt, its input comes from {@code dir}/stdin.txt (empty
     * unless the test wrote it).
     */
    static Process start(Path dir, Map<String, String> environment, List<String> arguments) throws IOException {
        return start(dir, List.of(), environment, arguments);
    }

    /** {@link #start(Path, Map, List)} with options for the JVM (start-up speed). */
    static Process start(Path dir, List<String> jvmOptions, Map<String, String> environment, List<String> arguments)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        Path stdin = dir.resolve("stdin.txt");
        if (!Files.exists(stdin)) {
            Files.writeString(stdin, "", StandardCharsets.UTF_8);
        }
        builder.redirectInput(stdin.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("BOT_") || name.startsWith("TELEGRAM_") || name.startsWith("MONGODB_")
                || name.equals("DATA_DIR") || name.equals("CONFIG_FILE") || name.startsWith("WEBHOOK_")
                || name.equals("OPERATIONS_PORT") || name.equals("LOG_FORMAT") || name.equals("LOG_LEVEL"));
        builder.environment().putAll(environment);
        return builder.start();
    }
}
