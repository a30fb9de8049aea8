package org.relactation.bot.smalltalk;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.text.TypoDistance;
import org.relactation.bot.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of smalltalk.words.* in every language, and what a message is made of: which kinds of small talk it
 * holds (greeting, thanks, a feeling...), in which language, and how many words are left that are none of them.
 */
public final class SmallTalkWords {
    static final String PREFIX = "smalltalk.words.";
    static final String FILLER = "filler";
    static final String SELF = "self";
    private static final int MIN_TYPO_LENGTH = 6;
    /** Two letters swapped ("thnak") is forgiven from this length on. */
    private static final int MIN_SWAP_LENGTH = 4;

    /**
     * One phrase: its kind, its language and its folded words, and each word's number in {@link #vocabulary} (a
     * message's words are compared with each distinct phrase word once: {@link Comparisons}).
     */
    private record Phrase(String kind, String language, List<String> words, int[] ids) {
    }

    /**
     * Words that are no small talk by themselves but tell how a message is meant (smalltalk.signals.*): "span", how
     * long the parent has been at it ("three weeks", "casi un mes"); "lack", nothing to show for it ("barely a
     * drop", "ni una gota").
     */
    static final String SIGNALS = "smalltalk.signals.";
    public static final String SPAN = "span";
    public static final String LACK = "lack";

    /**
     * What a message holds: the kinds found in order of first appearance, their language, and the rest; whether it
     * opens with a kind ("sick of washing pump parts"), the signals found, and whether it has a sad or a joyful
     * emoji (smalltalk.sad_emoji, smalltalk.joy_emoji).
     */
    public record Reading(List<String> kinds, String language, int otherWords, int words, boolean question,
                          boolean aboutSelf, String opensWith, Set<String> signals, boolean sadEmoji,
                          boolean joyEmoji) {
        public boolean has(String kind) {
            return kinds.contains(kind);
        }
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final List<Phrase> signals = new ArrayList<>();
    /** Every distinct word of the phrases and signals, numbered in the order first met. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    /**
     * The numbers of the vocabulary's words by their first letter (a code point): a typed word can only be a word
     * that starts with its own first letter, or with its second when those two are swapped ({@link #sameWord}).
     */
    private final Map<Integer, int[]> byFirstLetter = new HashMap<>();
    /** The positions in {@link #phrases} (and {@link #signals}) of the phrases that start with each word number. */
    private int[][] phrasesByFirstWord;
    private int[][] signalsByFirstWord;
    /** The one-word filler phrases. */
    private final Set<String> fillerWords = new HashSet<>();
    /** Real words one letter from a phrase word ("tried", "lovely"): never read as its typo (smalltalk.real_words). */
    private final Set<String> realWords = new HashSet<>();
    /** The one-word phrases of "self" ("I", "me", "quiero"): inside another phrase they say it of oneself too. */
    private final Set<String> selfWords = new HashSet<>();
    private final Set<Integer> sadEmoji = new HashSet<>();
    private final Set<Integer> joyEmoji = new HashSet<>();

    public SmallTalkWords(ContentCatalog catalog) {
        for (String language : catalog.languages()) {
            catalog.texts(language).under(PREFIX).forEach((kind, list) -> add(phrases, kind, language, list));
            catalog.texts(language).under(SIGNALS).forEach((kind, list) -> add(signals, kind, language, list));
            emoji(catalog.texts(language).get("smalltalk.sad_emoji"), sadEmoji);
            for (String word : catalog.texts(language).get("smalltalk.real_words").split(",")) {
                realWords.addAll(words(word));
            }
            emoji(catalog.texts(language).get("smalltalk.joy_emoji"), joyEmoji);
        }
        phrases.stream().filter(phrase -> phrase.kind().equals(SELF) && phrase.words().size() == 1)
                .forEach(phrase -> selfWords.add(phrase.words().get(0)));
        phrases.stream().filter(phrase -> phrase.kind().equals(FILLER) && phrase.words().size() == 1)
                .forEach(phrase -> fillerWords.add(phrase.words().get(0)));
        // Longer phrases first, so "thank you so much" is one phrase, not "thank you" and two fillers; of phrases as
        // long, the kinds before "self" and the filler ("me siento" opens a feeling before it says "me").
        phrases.sort(Comparator.comparingInt((Phrase phrase) -> -phrase.words().size())
                .thenComparingInt(phrase -> phrase.kind().equals(FILLER) ? 2 : phrase.kind().equals(SELF) ? 1 : 0));
        Map<Integer, List<Integer>> letters = new HashMap<>();
        vocabulary.forEach((word, id) -> letters.computeIfAbsent(word.codePointAt(0), c -> new ArrayList<>()).add(id));
        letters.forEach((letter, ids) -> byFirstLetter.put(letter, ids.stream().mapToInt(Integer::intValue).sorted()
                .toArray()));
        phrasesByFirstWord = byFirstWord(phrases);
        signalsByFirstWord = byFirstWord(signals);
    }

    private int[][] byFirstWord(List<Phrase> list) {
        List<List<Integer>> at = new ArrayList<>();
        for (int id = 0; id < vocabulary.size(); id++) {
            at.add(new ArrayList<>());
        }
        for (int p = 0; p < list.size(); p++) {
            at.get(list.get(p).ids()[0]).add(p);
        }
        return at.stream().map(ps -> ps.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private void add(List<Phrase> into, String kind, String language, String list) {
        for (String phrase : list.split(",")) {
            List<String> words = words(phrase);
            if (!words.isEmpty()) {
                int[] ids = words.stream().mapToInt(word -> vocabulary.computeIfAbsent(word, w -> vocabulary.size()))
                        .toArray();
                into.add(new Phrase(kind, language, words, ids));
            }
        }
    }

    /** The emoji of a space-separated list, as code points (a variation selector aside). */
    private static void emoji(String list, Set<Integer> into) {
        list.codePoints().filter(c -> c > 0x2000 && !Character.isWhitespace(c) && c != 0xFE0F).forEach(into::add);
    }

    public Reading read(String message, String parentLanguage) {
        List<String> words = words(message);
        Reading reading = read(words, message, parentLanguage);
        if (!reading.kinds().isEmpty() || words.size() < 3) {
            return reading;
        }
        // "feeling super low today ngl", "sin muchas ganas": no phrase as typed, but one with the small words inside
        // it left out; the small words stay small words
        List<String> inner = new ArrayList<>(words.subList(1, words.size()));
        inner.removeIf(this::isFiller);
        if (inner.size() == words.size() - 1) {
            return reading;
        }
        inner.add(0, words.get(0));
        Reading closer = read(inner, message, parentLanguage);
        return closer.kinds().isEmpty() ? reading : new Reading(closer.kinds(), closer.language(), closer.otherWords(),
                words.size(), closer.question(), closer.aboutSelf(), closer.opensWith(), closer.signals(),
                closer.sadEmoji(), closer.joyEmoji());
    }

    private Reading read(List<String> words, String message, String parentLanguage) {
        Comparisons same = new Comparisons(words);
        boolean[] covered = new boolean[words.size()];
        Map<String, Integer> kindsAt = new LinkedHashMap<>();
        Map<String, Integer> votes = new LinkedHashMap<>();
        boolean aboutSelf = false;
        boolean[] filler = new boolean[words.size()];
        String[] kindOver = new String[words.size()];
        // Phrase by phrase in their order, each at every word from the first, as if every phrase were tried at every
        // word: only those whose first word is the word there can match.
        long[] tries = same.tries(phrases, phrasesByFirstWord);
        for (long attempt : tries) {
            Phrase phrase = phrases.get((int) (attempt >>> 32));
            int start = (int) attempt;
            if (!free(covered, start, phrase.words().size()) || !same.matches(phrase, start)) {
                continue;
            }
            for (int i = start; i < start + phrase.words().size(); i++) {
                covered[i] = true;
                filler[i] = phrase.kind().equals(FILLER) || phrase.kind().equals(SELF);
                kindOver[i] = phrase.kind().equals(FILLER) || phrase.kind().equals(SELF) ? null : phrase.kind();
            }
            if (phrase.kind().equals(SELF)) {
                aboutSelf = true;
            } else if (!phrase.kind().equals(FILLER)) {
                // "quiero tirar la toalla", "im so done": a phrase said of oneself.
                aboutSelf |= phrase.words().stream().anyMatch(selfWords::contains);
                kindsAt.merge(phrase.kind(), start, Math::min);
                votes.merge(phrase.language(), phrase.words().size(), Integer::sum);
            }
        }
        int other = 0;
        for (boolean c : covered) {
            other += c ? 0 : 1;
        }
        String opensWith = null;
        // Filler of several words counts as filler too ("kind of scared" opens with the worry), and so does saying it
        // of oneself ("starting to feel so worried").
        for (int i = 0; i < words.size() && opensWith == null; i++) {
            if (!isFiller(words.get(i)) && !filler[i]) {
                // "so hard": the phrase that holds the first word of substance, though a filler word starts it
                opensWith = kindOver[i] != null ? kindOver[i] : kindAt(same, tries, i);
                break;
            }
        }
        Set<String> found = new HashSet<>();
        for (long attempt : same.tries(signals, signalsByFirstWord)) {
            Phrase signal = signals.get((int) (attempt >>> 32));
            if (same.matches(signal, (int) attempt)) {
                found.add(signal.kind());
            }
        }
        List<String> kinds = kindsAt.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).toList();
        int own = votes.getOrDefault(parentLanguage, 0);
        String language = votes.entrySet().stream().filter(e -> e.getValue() > own)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(parentLanguage);
        return new Reading(kinds, language, other, words.size(), message.contains("?") || message.contains("¿"),
                aboutSelf, opensWith, found, message.codePoints().anyMatch(sadEmoji::contains),
                message.codePoints().anyMatch(joyEmoji::contains));
    }

    /**
     * Where the first sad or joyful emoji of {@code text} is (a char index), or -1: "20ml in one go 😭🎉 I can't
     * believe it" says how it feels from there on.
     */
    public int feelingEmojiAt(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (sadEmoji.contains(c) || joyEmoji.contains(c)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isFiller(String word) {
        return fillerWords.contains(word);
    }

    /** The kind of the longest phrase (not filler or "self") that starts at word {@code start}; null for none. */
    private String kindAt(Comparisons same, long[] tries, int start) {
        for (long attempt : tries) {
            Phrase phrase = phrases.get((int) (attempt >>> 32));
            if ((int) attempt == start && !phrase.kind().equals(FILLER) && !phrase.kind().equals(SELF)
                    && same.matches(phrase, start)) {
                return phrase.kind();
            }
        }
        return null;
    }

    private static boolean free(boolean[] covered, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a message's words are phrase words, each pair compared once: thousands of phrases are tried at every
     * word of the message, but they share a few hundred distinct words.
     */
    private final class Comparisons {
        private static final byte UNKNOWN = 0;
        private static final byte SAME = 1;
        private static final byte OTHER = 2;
        private final List<String> words;
        /** By position in the message, then by the phrase word's number in the vocabulary; made when first asked. */
        private final byte[][] known;

        Comparisons(List<String> words) {
            this.words = words;
            this.known = new byte[words.size()][];
        }

        /**
         * Every (phrase, start) whose phrase fits in the message from {@code start} and starts with the word there,
         * as the phrase's position in {@code list} (high half) and the start (low half), in ascending order: the
         * order of trying every phrase of the list at every start.
         */
        long[] tries(List<Phrase> list, int[][] byFirstWord) {
            List<Long> tries = new ArrayList<>();
            for (int start = 0; start < words.size(); start++) {
                String word = words.get(start);
                int first = word.codePointAt(0);
                int second = word.length() > Character.charCount(first)
                        ? word.codePointAt(Character.charCount(first)) : first;
                addTries(tries, list, byFirstWord, start, byFirstLetter.get(first));
                if (second != first) {
                    addTries(tries, list, byFirstWord, start, byFirstLetter.get(second));
                }
            }
            return tries.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        private void addTries(List<Long> tries, List<Phrase> list, int[][] byFirstWord, int start, int[] ids) {
            if (ids == null) {
                return;
            }
            for (int id : ids) {
                int[] starting = byFirstWord[id];
                if (starting.length == 0 || !same(start, id, list.get(starting[0]).words().get(0))) {
                    continue;
                }
                for (int p : starting) {
                    if (start + list.get(p).ids().length <= words.size()) {
                        tries.add(((long) p << 32) | start);
                    }
                }
            }
        }

        boolean matches(Phrase phrase, int start) {
            for (int i = 0; i < phrase.ids().length; i++) {
                if (!same(start + i, phrase.ids()[i], phrase.words().get(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean same(int position, int id, String expected) {
            byte[] row = known[position];
            if (row == null) {
                row = new byte[vocabulary.size()];
                known[position] = row;
            }
            if (row[id] == UNKNOWN) {
                row[id] = sameWord(words.get(position), expected) ? SAME : OTHER;
            }
            return row[id] == SAME;
        }
    }

    /**
     * A typed word is a phrase word as written, with letters held down, or with one typo (two letters swapped from
     * four letters on, one letter missed, extra or wrong from six on, never the first), unless it is a real word of
     * its own or a phrase word itself ("lonely" is never "lovely"). The cheap tests on length come first: most pairs
     * differ at once.
     */
    private boolean sameWord(String typed, String expected) {
        if (expected.equals(typed)) {
            return true;
        }
        int difference = typed.length() - expected.length();
        if (difference > 1 && !stretched(typed, expected) || difference < -1 || realWords.contains(typed)
                || vocabulary.containsKey(typed)) {
            return false;
        }
        if (difference > 1) {
            return true; // stretched: "okkk"
        }
        if (stretched(typed, expected)) {
            return true;
        }
        if (difference == 0 && expected.length() >= MIN_SWAP_LENGTH
                && TypoDistance.swapped(typed.codePoints().toArray(), expected.codePoints().toArray())) {
            return true;
        }
        return expected.length() >= MIN_TYPO_LENGTH && typed.charAt(0) == expected.charAt(0)
                && TypoDistance.within(typed.codePoints().toArray(), expected.codePoints().toArray(), 1);
    }

    /** "okk", "holaaa", "tyy", "entendidooo": a word with letters held down is the word. */
    private static boolean stretched(String typed, String expected) {
        return typed.length() > expected.length() && squeezed(typed).equals(squeezed(expected));
    }

    private static String squeezed(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    /** Folded words: lower case, no accents or apostrophes, letters and digits only. */
    public static List<String> words(String text) {
        return Words.of(text);
    }
}
