package org.relactation.bot.interpreter;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.interpreter.Interpreter.Kind;
import org.relactation.bot.text.SpanishEnclitics;
import org.relactation.bot.text.TypoDistance;
import org.relactation.bot.text.Words;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.relactation.bot.interpreter.InterpreterLexicon.foldInto;
import static org.relactation.bot.interpreter.InterpreterLexicon.listed;

/**
 * The command words of a clause (content/LANG/interpreter.yaml): undo ("undo", "scrap the last entry", "bórralo"),
 * cancel ("never mind", "salir de la configuración"), /stop ("stop the reminders") and /delete ("delete all my
 * data"), as their phrases or in the parent's own words. Immutable once built.
 */
final class CommandWords {
    /** The phrases of each command, the filler aside: interpreter.words.undo, cancel, stop. */
    private final Map<Kind, Set<List<String>>> commandPhrases = new EnumMap<>(Kind.class);
    /** Phrases that cancel only as the whole message ("stop", "salir"): interpreter.words.cancel_alone. */
    private final Set<List<String>> cancelAlone = new HashSet<>();
    /** Words naming what the bot asks ("setup", "configuración"): after a word of cancel_alone, it still cancels. */
    private final Set<String> cancelWhat = new HashSet<>();
    /** Words left out of a clause before its command is looked for ("please", "the"): interpreter.words.filler. */
    private final Set<String> filler = new HashSet<>();
    /** Words one letter from a command word that are words of their own ("forgot"): interpreter.words.not_typos. */
    private final Set<String> notTypos = new HashSet<>();
    /** Words that remove ("delete", "borra"): interpreter.words.undo_verbs. */
    private final Set<String> undoVerbs = new HashSet<>();
    /** Words that name the entry just logged ("last", "registro"): interpreter.words.undo_objects. */
    private final Set<String> undoObjects = new HashSet<>();
    /** Words that may come with a removal and its object ("what i just put"): interpreter.words.undo_around. */
    private final Set<String> undoAround = new HashSet<>();
    /** Words that undo with whatever is said around them, no number ("undo"): interpreter.words.undo_alone. */
    private final Set<String> undoAlone = new HashSet<>();
    /** Words that make a removal about everything, never the last entry ("all my data"): interpreter.words.undo_never. */
    private final Set<String> undoNever = new HashSet<>();
    /** Words that remove everything with one of {@link #undoNever} ("delete", "borra"): interpreter.words.delete_verbs. */
    private final Set<String> deleteVerbs = new HashSet<>();

    CommandWords(ContentCatalog content) {
        for (String language : content.languages()) {
            Texts texts = content.texts(language);
            listed(texts, "filler").forEach(phrase -> filler.addAll(Words.of(phrase)));
            listed(texts, "cancel_what").forEach(word -> cancelWhat.addAll(Words.of(word)));
            foldInto(texts, "not_typos", notTypos);
            foldInto(texts, "undo_verbs", undoVerbs);
            foldInto(texts, "undo_objects", undoObjects);
            foldInto(texts, "undo_around", undoAround);
            foldInto(texts, "undo_alone", undoAlone);
            foldInto(texts, "undo_never", undoNever);
            foldInto(texts, "delete_verbs", deleteVerbs);
        }
        for (String language : content.languages()) {
            for (Kind kind : List.of(Kind.UNDO, Kind.CANCEL, Kind.STOP)) {
                for (String phrase : listed(content.texts(language), kind.name().toLowerCase(Locale.ROOT))) {
                    // Compared as typed words are: without the filler ("borra lo último" is "borra último").
                    List<String> words = new ArrayList<>(Words.of(phrase));
                    words.removeIf(filler::contains);
                    // "remove that" is "remove" once the filler is out: a removal word alone is read by removal(),
                    // where "remove the nipple shield" names no entry
                    boolean removalOnly = kind == Kind.UNDO && (undoVerbs.containsAll(words)
                            || undoAlone.containsAll(words));
                    if (!words.isEmpty() && !removalOnly) {
                        commandPhrases.computeIfAbsent(kind, k -> new HashSet<>()).add(words);
                    }
                }
            }
            for (String phrase : listed(content.texts(language), "cancel_alone")) {
                List<String> words = new ArrayList<>(Words.of(phrase));
                words.removeIf(filler::contains);
                if (!words.isEmpty()) {
                    cancelAlone.add(words);
                }
            }
        }
    }

    /** A command phrase may come with this many other words ("borra lo último que puse", "oops wrong one, delete it"). */
    static final int COMMAND_EXTRA_WORDS = 3;

    /**
     * The command a clause names, or null: one of its phrases, the filler aside, with at most
     * {@link #COMMAND_EXTRA_WORDS} other words and no number (a number makes it a log: "delete that, it was 15 min");
     * a typo in a phrase word of five letters or more is forgiven ("delte", "bórralo"). In a clause that {@code
     * exact}ly asks, only a phrase as written.
     */
    Kind read(String clause, boolean exact) {
        List<String> words = new ArrayList<>(Words.of(clause));
        words.removeIf(filler::contains);
        if (words.isEmpty() || words.stream().anyMatch(word -> word.chars().anyMatch(Character::isDigit))) {
            return null;
        }
        if (cancelAlone.contains(words) || cancelsTheFlow(words)) {
            return Kind.CANCEL;
        }
        Kind removal = removal(words, exact);
        if (removal != null) {
            return removal;
        }
        boolean everything = words.stream().anyMatch(undoNever::contains);
        Kind found = null;
        int longest = 0;
        for (Map.Entry<Kind, Set<List<String>>> entry : commandPhrases.entrySet()) {
            for (List<String> phrase : entry.getValue()) {
                if (phrase.size() > longest && !(everything && entry.getKey() == Kind.UNDO) && words.size() - phrase.size() <= COMMAND_EXTRA_WORDS
                        && (exact ? Collections.indexOfSubList(words, phrase) >= 0 : contains(words, phrase))) {
                    found = entry.getKey();
                    longest = phrase.size();
                }
            }
        }
        return found;
    }

    /**
     * "salir de la configuración", "quit the setup": a word that cancels alone, then only words naming what the bot
     * is asking (interpreter.words.cancel_what).
     */
    private boolean cancelsTheFlow(List<String> words) {
        for (List<String> alone : cancelAlone) {
            if (words.size() > alone.size() && words.subList(0, alone.size()).equals(alone)
                    && cancelWhat.containsAll(words.subList(alone.size(), words.size()))) {
                return true;
            }
        }
        return false;
    }

    /** "undo" may come with this many other words ("wait undo that log i put the wrong side"). */
    static final int UNDO_ALONE_EXTRA_WORDS = 6;
    /** A removal of everything may come with this many other words ("please delete all my data from the bot"). */
    static final int DELETE_EXTRA_WORDS = 2;

    /**
     * A removal said in the parent's own words, in any order, or null: a removal word and a word that names the entry
     * just logged, with nothing else but the words that may come with them ("scrap the last entry", "can u delete
     * what i just logged", "elimina el registro anterior") undo it; "remove the nipple shield" names no entry. An
     * "undo" said (not asked) undoes whatever else comes with it. A removal of everything ("delete all my data",
     * "borra todos mis datos") is /delete, which asks twice.
     */
    private Kind removal(List<String> words, boolean asked) {
        int verbs = 0;
        int deletes = 0;
        int objects = 0;
        int everything = 0;
        int others = 0;
        boolean alone = false;
        for (String word : words) {
            if (undoAlone.stream().anyMatch(known -> same(word, known))) {
                alone = true;
                verbs++;
            } else if (undoVerbs.stream().anyMatch(known -> same(word, known))) {
                verbs++;
                deletes += deleteVerbs.stream().anyMatch(known -> same(word, known)) ? 1 : 0;
            } else if (undoObjects.contains(word)) {
                objects++;
            } else if (undoNever.contains(word)) {
                everything++;
            } else if (!undoAround.contains(word)) {
                others++;
            }
        }
        if (everything > 0) {
            return verbs == 1 && deletes == 1 && others <= DELETE_EXTRA_WORDS ? Kind.DELETE : null;
        }
        // "bin it", "scrap that pls": a removal word with only small words, pointing at what was just logged; a word
        // that is itself a cancel ("cancel it") stays a cancel
        boolean pointing = verbs == 1 && objects == 0 && others == 0 && words.stream().noneMatch(word ->
                commandPhrases.getOrDefault(Kind.CANCEL, Set.of()).contains(List.of(word)));
        if (alone && !asked && others <= UNDO_ALONE_EXTRA_WORDS || verbs == 1 && objects > 0 && others == 0
                || pointing && !asked) {
            return Kind.UNDO;
        }
        return null;
    }

    private boolean contains(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            boolean all = true;
            for (int i = 0; i < phrase.size() && all; i++) {
                all = same(words.get(start + i), phrase.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word, or a Spanish verb of it with a pronoun written on ("quítalo"), or a typo of a phrase word of five
     * letters or more: a letter missed, wrong or swapped ("delte", "borralo"), never
     * one more, which is too often another word ("dejarlo", give up, is not "déjalo", leave it).
     */
    private boolean same(String typed, String expected) {
        // "bórrame lo último": the verb with a pronoun written on is the verb
        return typed.equals(expected) || SpanishEnclitics.carries(typed, expected)
                || !notTypos.contains(typed) && expected.length() >= 5 && typed.length() <= expected.length()
                && typed.charAt(0) == expected.charAt(0) && TypoDistance.within(
                typed.codePoints().toArray(), expected.codePoints().toArray(), 1);
    }
}
