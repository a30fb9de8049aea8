package org.relactation.bot.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Java source file as the house rules read it: its string literals (text blocks included), each with the code
 * of its statement before it, and the code with comments and literal contents blanked out. Not a Java parser: enough
 * to tell a literal passed to {@code LOG.warn(} or {@code texts.get(} from one written to a parent.
 */
record JavaSource(Path file, String relativePath, String text, String code, List<Literal> literals) {
    /** Where the bot's own code is, seen from the module folder the tests run in. */
    static final Path MAIN = Path.of("src/main/java/org/relactation/bot");
    static final Path TEST = Path.of("src/test/java/org/relactation/bot");

    /**
     * A string literal.
     *
     * @param value     its text, escapes as written in the source
     * @param before    the code of its statement up to the literal (other literals blanked, comments removed)
     * @param after     the code after it, up to the end of its line
     */
    record Literal(JavaSource source, int line, String value, String before, String after) {
        String where() {
            return source.relativePath() + ":" + line;
        }

        /** Whether {@code +} follows it: the literal is the start of a longer string. */
        boolean concatenated() {
            return after.stripLeading().startsWith("+");
        }
    }

    private static final class Cache {
        static final List<JavaSource> MAIN_SOURCES = readAll(MAIN);
        static final List<JavaSource> TEST_SOURCES = readAll(TEST);
    }

    /** Every main source file of the bot, read once. */
    static List<JavaSource> main() {
        return Cache.MAIN_SOURCES;
    }

    /** Every test source file of the bot, read once. */
    static List<JavaSource> tests() {
        return Cache.TEST_SOURCES;
    }

    private static List<JavaSource> readAll(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(root.toAbsolutePath() + " is missing: run the tests from bot/");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .map(file -> read(file, root.relativize(file).toString().replace('\\', '/'))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JavaSource read(Path file, String relativePath) {
        try {
            return parse(file, relativePath, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits {@code text} into code and literals: comments, char literals, strings and text blocks. */
    static JavaSource parse(Path file, String relativePath, String text) {
        StringBuilder code = new StringBuilder(text.length());
        List<int[]> spans = new ArrayList<>(); // start and end (exclusive) of each literal's value
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(code, text, i, end);
                i = end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(code, text, i, end);
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int start = text.indexOf('\n', i + 3) + 1;
                int end = start;
                while (true) {
                    end = text.indexOf("\"\"\"", end);
                    if (end < 0 || text.charAt(end - 1) != '\\') {
                        break;
                    }
                    end += 3;
                }
                end = end < 0 ? n : end;
                code.append("\"\"\"");
                blank(code, text, i + 3, end);
                spans.add(new int[]{start, end});
                code.append(end < n ? "\"\"\"" : "");
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, n);
                code.append(c);
                blank(code, text, i + 1, end);
                if (c == '"') {
                    spans.add(new int[]{i + 1, end});
                }
                code.append(end < n ? String.valueOf(c) : "");
                i = Math.min(n, end + 1);
            } else {
                code.append(c);
                i++;
            }
        }
        String blanked = code.toString();
        List<Literal> literals = new ArrayList<>();
        JavaSource source = new JavaSource(file, relativePath, text, blanked, literals);
        for (int[] span : spans) {
            int open = span[0] - 1;
            int statement = Math.max(Math.max(blanked.lastIndexOf(';', open), blanked.lastIndexOf('{', open)),
                    blanked.lastIndexOf('}', open)) + 1;
            int close = Math.min(n, span[1] + (text.startsWith("\"\"\"", span[1]) ? 3 : 1));
            int lineEnd = blanked.indexOf('\n', close);
            String before = blanked.substring(statement, open).replaceAll("\\s+", " ").strip();
            String after = blanked.substring(close, lineEnd < 0 ? n : lineEnd);
            int line = (int) text.substring(0, span[0]).chars().filter(ch -> ch == '\n').count() + 1;
            literals.add(new Literal(source, line, text.substring(span[0], span[1]), before, after));
        }
        return source;
    }

    /** Spaces for everything in {@code text[from, to)} but line ends, so that offsets and lines still match. */
    private static void blank(StringBuilder code, String text, int from, int to) {
        for (int k = from; k < to; k++) {
            code.append(text.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
