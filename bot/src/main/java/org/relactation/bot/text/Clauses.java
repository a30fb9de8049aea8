package org.relactation.bot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message cut where one thing said ends and the next begins: after a sentence's end (". ", "! ", "? ", a new
 * line, ";"), before "¿", and at a comma that a question follows ("I have a fever, how often should I pump?").
 * Other commas do not cut: "pumped 15 min, 20 ml" is one log. Each clause keeps its own punctuation, so a
 * question keeps its "?".
 */
public final class Clauses {
    /** A sentence end followed by space, or a line break; a decimal ("2.5 oz") or a time ("10.30") is no end. */
    private static final Pattern END = Pattern.compile("(?<=[.!?…;])\\s+|\\R+|(?<=\\S)\\s*(?=¿)");

    private Clauses() {
    }

    private static final Pattern COMMA = Pattern.compile(",\\s*");

    /**
     * The clauses of {@code text}, in order, stripped; blank ones left out. {@code asks} says whether a piece of
     * text starts a question (by its first word): a comma before such a piece is a cut.
     */
    public static List<String> of(String text, Predicate<String> asks) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : of(text)) {
            Matcher comma = COMMA.matcher(sentence);
            int start = 0;
            while (comma.find()) {
                String rest = sentence.substring(comma.end());
                if (asks.test(rest)) {
                    add(clauses, sentence.substring(start, comma.start()));
                    start = comma.end();
                }
            }
            add(clauses, sentence.substring(start));
        }
        return clauses;
    }

    /**
     * Whether {@code between}, what stands between two pieces of a message, ends a sentence there (". ", "! ", a new
     * line): the pieces are clauses of their own.
     */
    public static boolean endsSentence(String between) {
        return END.matcher(between).find();
    }

    /** The sentences of {@code text}, in order, stripped; blank ones left out. */
    public static List<String> of(String text) {
        List<String> clauses = new ArrayList<>();
        if (text == null) {
            return clauses;
        }
        Matcher matcher = END.matcher(text);
        int start = 0;
        while (matcher.find()) {
            add(clauses, text.substring(start, matcher.start()));
            start = matcher.end();
        }
        add(clauses, text.substring(start));
        return clauses;
    }

    private static void add(List<String> clauses, String clause) {
        String stripped = clause.strip();
        if (!stripped.isEmpty() && stripped.codePoints().anyMatch(Character::isLetterOrDigit)) {
            clauses.add(stripped);
        } else if (!clauses.isEmpty() && stripped.codePoints().anyMatch(c -> Character.getType(c)
                == Character.OTHER_SYMBOL)) {
            // "best one yet!! 🥳": emoji after a sentence's end belong to it.
            clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + " " + stripped);
        }
    }
}
