package org.relactation.bot.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line: which transport (--console, or --telegram to insist on Telegram), which local user, which
 * extra config file.
 */
record Arguments(boolean console, boolean telegram, long user, String language, Optional<Path> config,
                 boolean help) {

    static Arguments parse(String... args) {
        boolean console = false;
        boolean telegram = false;
        boolean help = false;
        long user = 1;
        String language = "en";
        Optional<Path> config = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--console" -> console = true;
                case "--telegram" -> telegram = true;
                case "--help", "-h" -> help = true;
                case "--user" -> user = positive(value(args, ++i, "--user"));
                case "--lang" -> language = value(args, ++i, "--lang");
                case "--config" -> config = Optional.of(Path.of(value(args, ++i, "--config")));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (console && telegram) {
            throw new IllegalArgumentException("--console and --telegram exclude each other");
        }
        return new Arguments(console, telegram, user, language, config, help);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static long positive(String value) {
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // fall through to the common message
        }
        throw new IllegalArgumentException("--user needs a positive whole number, got '" + value + "'");
    }
}
