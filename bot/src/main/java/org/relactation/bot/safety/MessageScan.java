package org.relactation.bot.safety;

import org.relactation.bot.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A message read once for the safety rules: its tokens split into sentences and clauses, and every concept found
 * in it, including what its numbers say (a temperature that is a fever, a small count, a baby's age, a count of
 * pills, a pulse, weights that went down: {@link WeightReadings}).
 * Sentences end at . ! ; and a line break, and at words such as "but" (safety.words.sentence_break); clauses
 * also end at a question mark (a question and its answer go together: "feeds a day? like 3"; but who is spoken
 * of is looked for in the question or the answer alone), a comma, a colon, a bracket and words such as "and"
 * (safety.words.clause_break).
 */
final class MessageScan {
    /** Concepts with a meaning of their own to the scanner (the rest only appear in the signs' patterns). */
    static final String SENTENCE_BREAK = "sentence_break";
    static final String CLAUSE_BREAK = "clause_break";
    static final String TEMPERATURE = "temperature";
    static final String FEVER = "fever";
    static final String HIGH_FEVER = "high_fever";
    static final String FEW = "few";
    static final String BABY = "baby";
    static final String YOUNG_BABY = "young_baby";
    static final String AGE_DAY = "age_day";
    static final String AGE_WEEK = "age_week";
    static final String AGE_MONTH = "age_month";
    static final String AGE_BEFORE = "age_before";
    static final String AGE_AFTER = "age_after";
    static final String MEDICINE = "medicine";
    static final String NEGATION = "neg";
    static final String MEASURE = "measure";
    static final String ONLY = "only";
    static final String ONLY_FEW = "only_few";
    static final String HEART = "heart";
    static final String FAST_PULSE = "fast_pulse";
    /** A heart rate at rest from this many beats a minute is fast (NHS: over 100). */
    private static final int FAST_PULSE_FROM = 100;
    static final String DOSE_COUNT = "dose_count";
    static final Set<String> SPECIAL = Set.of(SENTENCE_BREAK, CLAUSE_BREAK, TEMPERATURE, FEVER, HIGH_FEVER, FEW, BABY,
            YOUNG_BABY, AGE_DAY, AGE_WEEK, AGE_MONTH, AGE_BEFORE, AGE_AFTER, DOSE_COUNT, ONLY_FEW, FAST_PULSE,
            WeightReadings.DROP, WeightReadings.FLAT);
    /** A baby under this many days old counts as a young baby (under 3 months) for a fever. */
    static final int YOUNG_DAYS = 91;
    private static final int SMALL_COUNT = 5;

    private final List<Token> tokens;
    private final List<Occurrence> occurrences;
    private final Map<String, List<Occurrence>> byConcept = new HashMap<>();
    private final Integer babyAgeDays;

    private MessageScan(List<Token> tokens, List<Occurrence> occurrences, Integer babyAgeDays) {
        this.tokens = tokens;
        this.occurrences = occurrences;
        this.babyAgeDays = babyAgeDays;
        for (Occurrence occurrence : occurrences) {
            byConcept.computeIfAbsent(occurrence.concept(), k -> new ArrayList<>()).add(occurrence);
        }
    }

    static MessageScan of(String message, Vocabulary vocabulary) {
        List<RawToken> raw = RawToken.split(Words.fold(message));
        List<Occurrence> found = find(raw, vocabulary);
        List<Token> tokens = structure(raw, found);
        return withNumbers(tokens, found);
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Occurrence> all() {
        return occurrences;
    }

    List<Occurrence> of(String concept) {
        return byConcept.getOrDefault(concept, List.of());
    }

    Token token(int index) {
        return tokens.get(index);
    }

    /** The baby's age the message gives ("my 6 week old", "tiene 2 meses"), if any. */
    OptionalInt babyAgeDays() {
        return babyAgeDays == null ? OptionalInt.empty() : OptionalInt.of(babyAgeDays);
    }

    // ---- tokens ----

    /** A token before sentences are known: what punctuation came before it. */
    private record RawToken(String text, double number, char degrees, boolean barrier, boolean sentenceEnd,
                            boolean questionEnd) {
        static List<RawToken> split(String text) {
            List<RawToken> tokens = new ArrayList<>();
            boolean barrier = false;
            boolean sentenceEnd = false;
            boolean questionEnd = false;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    int start = i;
                    while (i < text.length() && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                    if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',')
                            && Character.isDigit(text.charAt(i + 1))) {
                        i++;
                        while (i < text.length() && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                    }
                    // "-150 g": a minus sign right before the digits, after a space, a colon or nothing.
                    boolean negative = start > 0 && text.charAt(start - 1) == '-'
                            && (start == 1 || " :".indexOf(text.charAt(start - 2)) >= 0);
                    String digits = (negative ? "-" : "") + text.substring(start, i);
                    char degrees = 0;
                    int after = skipSpaces(text, i);
                    if (after < text.length() && (text.charAt(after) == '\u00B0' || text.charAt(after) == '\u00BA')) {
                        degrees = 'd';
                        i = after + 1;
                        after = skipSpaces(text, i);
                    }
                    if (after < text.length() && (text.charAt(after) == 'c' || text.charAt(after) == 'f')
                            && (after + 1 == text.length() || !Character.isLetter(text.charAt(after + 1)))) {
                        degrees = text.charAt(after);
                        i = after + 1;
                    }
                    tokens.add(new RawToken(digits, Double.parseDouble(digits.replace(',', '.')), degrees,
                            barrier, sentenceEnd, questionEnd));
                    barrier = false;
                    sentenceEnd = false;
                    questionEnd = false;
                } else if (Character.isLetter(c)) {
                    int start = i;
                    while (i < text.length() && Character.isLetter(text.charAt(i))) {
                        i++;
                    }
                    tokens.add(new RawToken(text.substring(start, i), Double.NaN, (char) 0, barrier, sentenceEnd,
                            questionEnd));
                    barrier = false;
                    sentenceEnd = false;
                    questionEnd = false;
                } else {
                    if (".!;\n\u2026".indexOf(c) >= 0) {
                        sentenceEnd = true;
                        barrier = true;
                    } else if (c == '?') {
                        questionEnd = true;
                        barrier = true;
                    } else if (",:()[]|".indexOf(c) >= 0
                            || (c == '-' && i > 0 && text.charAt(i - 1) == ' ')) {
                        barrier = true;
                    }
                    i++;
                }
            }
            return tokens;
        }

        private static int skipSpaces(String text, int from) {
            int i = from;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        boolean isNumber() {
            return !Double.isNaN(number);
        }
    }

    private static List<Occurrence> find(List<RawToken> tokens, Vocabulary vocabulary) {
        List<Occurrence> found = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            String word = tokens.get(start).text();
            for (Vocabulary.Term term : vocabulary.candidates(word)) {
                int last = match(term, tokens, start, vocabulary);
                if (last >= 0) {
                    found.add(new Occurrence(term.concept(), start, last, term.language()));
                }
            }
        }
        return found;
    }

    /** The last token of {@code term} found from {@code start}, or -1. */
    private static int match(Vocabulary.Term term, List<RawToken> tokens, int start, Vocabulary vocabulary) {
        List<Vocabulary.WordPattern> words = term.words();
        String first = tokens.get(start).text();
        if (!words.get(0).matches(first, !vocabulary.known(first))) {
            return -1;
        }
        int at = start;
        for (int w = 1; w < words.size(); w++) {
            int next = -1;
            int gap = words.size() >= 3 ? Vocabulary.PHRASE_GAP : 0;
            for (int j = at + 1; j < tokens.size() && j <= at + 1 + gap; j++) {
                if (tokens.get(j).barrier()) {
                    break;
                }
                String text = tokens.get(j).text();
                if (words.get(w).matches(text, !vocabulary.known(text))) {
                    next = j;
                    break;
                }
            }
            if (next < 0) {
                return -1;
            }
            at = next;
        }
        return at;
    }

    /** Sentence and clause numbers, from punctuation and from the break words found. */
    private static List<Token> structure(List<RawToken> raw, List<Occurrence> found) {
        Set<Integer> sentenceBreaks = new HashSet<>();
        Set<Integer> clauseBreaks = new HashSet<>();
        for (Occurrence occurrence : found) {
            if (occurrence.concept().equals(SENTENCE_BREAK)) {
                sentenceBreaks.add(occurrence.first());
            } else if (occurrence.concept().equals(CLAUSE_BREAK)) {
                clauseBreaks.add(occurrence.first());
            }
        }
        List<Token> tokens = new ArrayList<>(raw.size());
        int sentence = 0;
        int segment = 0;
        int clause = 0;
        for (int i = 0; i < raw.size(); i++) {
            RawToken token = raw.get(i);
            if (i > 0) {
                if (token.sentenceEnd() || sentenceBreaks.contains(i)) {
                    sentence++;
                    segment++;
                    clause++;
                } else if (token.questionEnd()) {
                    segment++;
                    clause++;
                } else if (token.barrier() || clauseBreaks.contains(i)) {
                    clause++;
                }
            }
            tokens.add(new Token(token.text(), token.number(), token.degrees(), token.barrier(), sentence, segment,
                    clause));
        }
        return tokens;
    }

    // ---- numbers ----

    private static MessageScan withNumbers(List<Token> tokens, List<Occurrence> found) {
        List<Occurrence> all = new ArrayList<>(found);
        Set<Integer> used = new HashSet<>();
        Integer age = null;
        Set<Integer> normalReadings = new HashSet<>(); // sentences with a temperature below a fever
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isNumber()) {
                continue;
            }
            Integer days = ageInDays(tokens, found, i);
            if (days != null) {
                used.add(i);
                age = age == null ? days : age;
                all.add(new Occurrence(BABY, i, i + 1, null));
                if (days < YOUNG_DAYS) {
                    all.add(new Occurrence(YOUNG_BABY, i, i + 1, null));
                }
                continue;
            }
            double celsius = celsius(tokens, found, i);
            if (!Double.isNaN(celsius)) {
                used.add(i);
                if (celsius >= 37.99) {
                    all.add(new Occurrence(FEVER, i, i, null));
                    if (celsius >= 38.99) {
                        all.add(new Occurrence(HIGH_FEVER, i, i, null));
                    }
                } else {
                    normalReadings.add(token.sentence());
                }
            }
        }
        for (Occurrence medicine : found) {
            // "2 domperidone", "3 pills": a count of a medicine is a dose.
            int before = medicine.first() - 1;
            if (medicine.concept().equals(MEDICINE) && before >= 0 && tokens.get(before).isNumber()
                    && !used.contains(before) && !tokens.get(medicine.first()).barrier()) {
                all.add(new Occurrence(DOSE_COUNT, before, medicine.last(), null));
            }
        }
        for (Occurrence heart : found) {
            // "heart going like 130 resting", "el corazón a 130": a pulse over 100 at rest.
            if (heart.concept().equals(HEART)) {
                for (int j = heart.last() + 1; j < Math.min(tokens.size(), heart.last() + 4); j++) {
                    Token pulse = tokens.get(j);
                    if (pulse.isNumber() && pulse.number() >= FAST_PULSE_FROM && pulse.number() <= 250) {
                        used.add(j);
                        all.add(new Occurrence(FAST_PULSE, heart.first(), j, null));
                    }
                }
            }
        }
        all.addAll(WeightReadings.read(tokens, found, used));
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isNumber() && tokens.get(i).number() == 0 && !used.contains(i)) {
                all.add(new Occurrence(NEGATION, i, i, null)); // "0 wet nappies", "0 feeds"
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isNumber() && !used.contains(i) && token.number() == Math.rint(token.number())
                    && token.number() <= SMALL_COUNT && !token.text().contains(".") && !token.text().contains(",")) {
                all.add(new Occurrence(FEW, i, i, null));
            }
        }
        for (Occurrence only : found) {
            // "only 2 wet nappies", "solo 1 pañal": the qualifier comes before the count ("2 by 10am, another just
            // now" is no "only").
            if (only.concept().equals(ONLY)) {
                for (Occurrence few : List.copyOf(all)) {
                    if (few.concept().equals(FEW) && few.first() > only.last() && few.first() <= only.last() + 3) {
                        all.add(new Occurrence(ONLY_FEW, only.first(), few.last(), null));
                    }
                }
            }
        }
        if (!normalReadings.isEmpty()) {
            // "no fever, 37.2": words that say fever are outweighed by a reading that is not one.
            all.removeIf(o -> o.concept().equals(FEVER) && o.language() != null
                    && normalReadings.contains(tokens.get(o.first()).sentence()));
        }
        all.sort(Comparator.comparingInt(Occurrence::first));
        return new MessageScan(List.copyOf(tokens), List.copyOf(all), age);
    }

    /** The age in days when token {@code i} starts an age ("6 weeks old", "de 2 meses", "is 10 days"). */
    private static Integer ageInDays(List<Token> tokens, List<Occurrence> found, int i) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        int unit = i + 1;
        int perUnit;
        if (starts(found, AGE_DAY, unit)) {
            perUnit = 1;
        } else if (starts(found, AGE_WEEK, unit)) {
            perUnit = 7;
        } else if (starts(found, AGE_MONTH, unit)) {
            perUnit = 30;
        } else {
            return null;
        }
        boolean cueAfter = found.stream().anyMatch(o -> o.concept().equals(AGE_AFTER)
                && o.first() > unit && o.first() <= unit + 2);
        boolean cueBefore = i > 0 && found.stream().anyMatch(o -> o.concept().equals(AGE_BEFORE) && o.last() == i - 1);
        if (!cueAfter && !cueBefore) {
            return null; // "pumping for 6 weeks" is not an age
        }
        return (int) Math.round(tokens.get(i).number() * perUnit);
    }

    private static boolean starts(List<Occurrence> found, String concept, int token) {
        for (Occurrence occurrence : found) {
            if (occurrence.first() == token && occurrence.concept().equals(concept)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The temperature in °C that token {@code i} is, or NaN: a number with a degree sign or unit, or one next to a
     * word for temperature or fever, in a range a body temperature can have.
     */
    private static double celsius(List<Token> tokens, List<Occurrence> found, int i) {
        Token token = tokens.get(i);
        double value = token.number();
        if (starts(found, MEASURE, i + 1)) {
            return Double.NaN; // "38.5 ml"
        }
        boolean context = token.degrees() != 0 || found.stream().anyMatch(o ->
                (o.concept().equals(TEMPERATURE) || o.concept().equals(FEVER))
                        && tokens.get(o.first()).sentence() == token.sentence()
                        && o.first() >= i - 5 && o.first() <= i + 3);
        // A number with one decimal between 35 and 43 ("38.2", "39,6"), or 99 and 107 ("101.3"), is a body
        // temperature in these chats.
        boolean looksLikeOne = token.text().matches("\\d{2,3}[.,]\\d")
                && (value >= 35 && value < 43 || value >= 99 && value < 107);
        if (!context && !looksLikeOne) {
            return Double.NaN;
        }
        boolean fahrenheit = token.degrees() == 'f' || (token.degrees() != 'c' && value >= 90 && value <= 112);
        if (fahrenheit) {
            return value >= 90 && value <= 112 ? (value - 32) * 5 / 9 : Double.NaN;
        }
        return value >= 34 && value <= 44 ? value : Double.NaN;
    }
}
