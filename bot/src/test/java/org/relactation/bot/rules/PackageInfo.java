package org.relactation.bot.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a package's package-info.java says about it: a description, then the one line the house rules read,
 * {@code Depends on: content, conversation (Turn), storage.} The line names the bot's packages it may use (relative
 * to org.relactation.bot, as {@code logbook.report}), separated by commas or "and", each optionally followed by a
 * note in brackets; {@code nothing} for none; {@code every other package} for the one package that wires them all.
 *
 * @param name      the package, relative to org.relactation.bot ("logbook.report")
 * @param dependsOn the packages it may depend on, or empty with {@code anything}
 * @param anything  whether it may depend on every other package
 */
record PackageInfo(String name, String description, Set<String> dependsOn, boolean anything) {
    static final String BOT = "org.relactation.bot";
    private static final Pattern DEPENDS_ON = Pattern.compile("Depends on:\\s*");
    private static final Pattern CODE = Pattern.compile("\\{@code\\s+([^}]*)}");
    private static final Pattern NAME = Pattern.compile("[a-z]+(?:\\.[a-z]+)*");

    /** Every package-info.java of the main code, by package name. */
    static Map<String, PackageInfo> all() {
        Map<String, PackageInfo> found = new TreeMap<>();
        for (JavaSource source : JavaSource.main()) {
            if (source.relativePath().endsWith("/package-info.java")) {
                PackageInfo info = parse(source);
                found.put(info.name(), info);
            }
        }
        return found;
    }

    static PackageInfo parse(JavaSource source) {
        String path = source.relativePath();
        String name = path.substring(0, path.length() - "/package-info.java".length()).replace('/', '.');
        String javadoc = javadoc(source.text())
                .orElseThrow(() -> new IllegalArgumentException(path + " has no javadoc saying what the package does"));
        Matcher line = DEPENDS_ON.matcher(javadoc);
        if (!line.find()) {
            throw new IllegalArgumentException(path + " has no 'Depends on:' line");
        }
        String description = javadoc.substring(0, line.start()).replaceAll("<p>\\s*$", "").strip();
        String list = CODE.matcher(sentence(javadoc.substring(line.end()))).replaceAll("$1");
        list = withoutBrackets(list).strip();
        if (list.equals("nothing")) {
            return new PackageInfo(name, description, Set.of(), false);
        }
        if (list.equals("every other package")) {
            return new PackageInfo(name, description, Set.of(), true);
        }
        Set<String> dependsOn = new LinkedHashSet<>();
        for (String item : list.split("\\s*,\\s*|\\s+and\\s+")) {
            String dependency = item.strip();
            if (!NAME.matcher(dependency).matches()) {
                throw new IllegalArgumentException(path + ": '" + dependency + "' in 'Depends on:' is no package"
                        + " name (write 'pkg (note)', separated by commas)");
            }
            dependsOn.add(dependency);
        }
        return new PackageInfo(name, description, dependsOn, false);
    }

    /** The text of the file's javadoc, without its stars. */
    private static Optional<String> javadoc(String text) {
        int start = text.indexOf("/**");
        int end = text.indexOf("*/", start + 3);
        if (start < 0 || end < 0) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.substring(start + 3, end).split("\n")) {
            lines.add(line.replaceFirst("^\\s*\\*\\s?", "").strip());
        }
        return Optional.of(String.join(" ", lines).replaceAll("\\s+", " ").strip());
    }

    /** Up to the full stop that ends the sentence (one outside brackets, before a space or the end). */
    private static String sentence(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '.' && depth == 0
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static String withoutBrackets(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
