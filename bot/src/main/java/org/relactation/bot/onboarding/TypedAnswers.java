package org.relactation.bot.onboarding;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.text.SpanishEnclitics;
import org.relactation.bot.text.Words;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Onboarding answers typed instead of tapped, in any language the bot has: "i want to bring my milk back", "hace
 * como un mes", "todavía no nace", "8", "yes". A choice is found from its typed phrases
 * (onboarding.QUESTION.typed.CHOICE, every language), the longest one in the message winning; how long ago the milk
 * stopped and the baby's age also from a number and a unit ("3 weeks", "un mes"); the sessions a day from their
 * number; a confirmation from onboarding.typed_yes and typed_no (after typed_hesitation: "mmm no"); when a baby
 * is expected from a date ("14 March", "14 de marzo", "14/03/2027", "2027-03-14") or from how far away it is ("in
 * 10 weeks", "faltan 2 meses").
 */
public final class TypedAnswers {
    /**
     * Upper ends (exclusive, in days) of the choices about a length of time, in order, as their labels say them: a
     * month is 30 days as typed ("2 months" is 60), so "Under 6 weeks" ends at 42, "6 weeks to under 3 months" at
     * 90, "3 to under 6 months" at 180, "6 to under 12 months" at 360 ("12 months" is "1 year or older").
     */
    private static final Map<Question, List<Map.Entry<Integer, String>>> SPANS = Map.of(
            Question.GAP, List.of(Map.entry(14, "lt2w"), Map.entry(30, "w2_4"), Map.entry(60, "m1_2"),
                    Map.entry(180, "m2_6"), Map.entry(Integer.MAX_VALUE, "gt6m")),
            Question.BABY_AGE, List.of(Map.entry(42, "lt6w"), Map.entry(90, "w6_12"), Map.entry(180, "m3_6"),
                    Map.entry(360, "m6_12"), Map.entry(Integer.MAX_VALUE, "gt1y")));

    /** An expected date this far back is a baby a little late; further back, a date of next year was meant. */
    static final int DUE_DAYS_LATE = 31;
    /** An expected date at most this far ahead (a pregnancy, an adoption or a surrogacy under way). */
    static final int DUE_DAYS_AHEAD = 366;
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?(?![\\d/-])");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|ro|do|to|er|o|º|ª)?");
    private static final Pattern YEAR = Pattern.compile("20\\d{2}");

    private record Phrase(String choice, List<String> words) {
    }

    private final Map<Question, List<Phrase>> phrases = new HashMap<>();
    /** "my", "su", "the": words whose choice does not change what a phrase names (onboarding.typed_determiners). */
    private final Set<String> determiners = new HashSet<>();
    private final List<List<String>> yes = new ArrayList<>();
    private final List<List<String>> no = new ArrayList<>();
    /** "mmm", "well", "pues": sounds and words of hesitation before a yes or no (onboarding.typed_hesitation). */
    private final Set<String> hesitation = new HashSet<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> units = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    /** Words before a length of time that make it a time from now: "in 10 weeks", "faltan 2 meses". */
    private final Set<String> fromNow = new HashSet<>();
    /** Small words between a day and its month: "14 de marzo", "the 14th of March". */
    private final Set<String> dateJoiners = new HashSet<>();
    /** "every 3 hours", "cada 3 horas": the words before and after the number. */
    private final List<List<String>> every = new ArrayList<>();
    private final List<List<String>> hourWords = new ArrayList<>();
    /** "8 o 9 al día", "10 times": words after a number of sessions a day. */
    private final List<List<String>> perDay = new ArrayList<>();
    /** Words of the day's rhythm ("get up", "me acuesto"): with two times, a sentence telling the waking hours. */
    private final List<List<String>> dayWords = new ArrayList<>();
    /** How the half of the day is said after a time ("pm", "de la noche"): onboarding.typed_half_day. */
    private final List<String> halfDays = new ArrayList<>();

    public TypedAnswers(ContentCatalog catalog) {
        for (String language : catalog.languages()) {
            split(catalog.texts(language).get("onboarding.typed_determiners")).forEach(determiners::addAll);
        }
        for (String language : catalog.languages()) {
            Texts texts = catalog.texts(language);
            for (Question question : Question.values()) {
                texts.under(question.key("typed.")).forEach((choice, list) -> {
                    for (String phrase : list.split(",")) {
                        List<String> words = withoutDeterminers(words(phrase));
                        if (!words.isEmpty()) {
                            phrases.computeIfAbsent(question, q -> new ArrayList<>()).add(new Phrase(choice, words));
                        }
                    }
                });
            }
            split(texts.get("onboarding.typed_yes")).forEach(yes::add);
            split(texts.get("onboarding.typed_no")).forEach(no::add);
            split(texts.get("onboarding.typed_hesitation")).forEach(words -> words.forEach(
                    word -> hesitation.add(squeezed(word))));
            pairs(texts.get("onboarding.typed_numbers"), numbers);
            pairs(texts.get("onboarding.typed_units"), units);
            pairs(texts.get("onboarding.due.typed_months"), months);
            split(texts.get("onboarding.due.typed_from_now")).forEach(words -> fromNow.addAll(words));
            split(texts.get("onboarding.due.typed_joiners")).forEach(words -> dateJoiners.addAll(words));
            every.addAll(split(texts.get("onboarding.typed_every")));
            hourWords.addAll(split(texts.get("onboarding.typed_hours")));
            perDay.addAll(split(texts.get("onboarding.typed_per_day")));
            dayWords.addAll(split(texts.get("onboarding.typed_day_words")));
            Arrays.stream(texts.get("onboarding.typed_half_day").split(",")).map(String::strip)
                    .filter(half -> !half.isEmpty()).map(half -> half.toLowerCase(Locale.ROOT))
                    .forEach(halfDays::add);
        }
    }

    /** A time as typed in a sentence: its digits ("6", "7:30"); the half of the day after it is looked for apart. */
    private static final Pattern TIME_IN_SENTENCE = Pattern.compile("(?<![\\d:.])\\d{1,2}(?:[:.h]\\d{2})?(?![\\d:.])");

    /** The half of the day said right after a time ("pm", "de la noche"), with a space before it, or "". */
    private String halfDayAfter(String rest) {
        String said = rest.stripLeading().toLowerCase(Locale.ROOT);
        String found = "";
        for (String half : halfDays) {
            boolean whole = said.startsWith(half)
                    && (said.length() == half.length() || !Character.isLetter(said.charAt(half.length())));
            if (whole && half.length() > found.length()) {
                found = half;
            }
        }
        return found.isEmpty() ? "" : " " + found;
    }

    /**
     * Waking hours typed as a range ("7-22", "de 7 a 11") or told in a sentence with a word of the day's rhythm and
     * two times ("I get up at 6 and go to bed at 10", "me levanto a las 7 y me acuesto a las 11"): the wakeFrom and
     * wakeTo fields, or empty.
     */
    Optional<Map<String, Object>> wakingHours(String text) {
        Optional<Map<String, Object>> range = WakingHours.parse(text);
        if (range.isPresent() || text == null) {
            return range;
        }
        List<String> words = words(text);
        boolean told = dayWords.stream().anyMatch(phrase -> contains(words, phrase));
        Matcher time = TIME_IN_SENTENCE.matcher(text);
        List<String> times = new ArrayList<>();
        while (time.find()) {
            times.add(time.group() + halfDayAfter(text.substring(time.end())));
        }
        return told && times.size() == 2 ? WakingHours.parse(times.get(0) + " - " + times.get(1)) : Optional.empty();
    }

    /**
     * When a baby is expected, from what the parent typed: a date with the month in words ("14 March", "March
     * 14th", "14 de marzo de 2027"), in numbers ("2027-03-14", "14/03", "03/14/2027") or a time from now ("in 10
     * weeks", "dentro de 2 meses"). A date without a year is the next one to come (or one a few days past: a baby a
     * little late). "3/4" reads day first or month first as {@code monthFirst} says; when that is not known (null)
     * and both readings are dates, it names no date. A date too far back or ahead names none either.
     */
    Optional<LocalDate> dueDate(String text, LocalDate today, Boolean monthFirst) {
        Optional<LocalDate> date = monthInWords(text, today).or(() -> inNumbers(text, today, monthFirst))
                .or(() -> fromNow(words(text), today));
        return date.filter(found -> !found.isBefore(today.minusDays(DUE_DAYS_LATE))
                && !found.isAfter(today.plusDays(DUE_DAYS_AHEAD)));
    }

    /** "14 March", "March 14th", "14 de marzo de 2027", "the 14th of March": the day next to its month's name. */
    private Optional<LocalDate> monthInWords(String text, LocalDate today) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            Integer month = months.get(words.get(i));
            if (month == null) {
                continue;
            }
            Integer day = dayAt(words, i + 1);
            if (day == null) {
                day = dayAt(words, i - 1);
            }
            if (day == null && i >= 2 && dateJoiners.contains(words.get(i - 1))) {
                day = dayAt(words, i - 2);
            }
            if (day == null) {
                continue;
            }
            Integer year = null;
            for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                if (YEAR.matcher(words.get(j)).matches()) {
                    year = Integer.parseInt(words.get(j));
                }
            }
            Optional<LocalDate> date = date(year, month, day, today);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Integer dayAt(List<String> words, int index) {
        if (index < 0 || index >= words.size()) {
            return null;
        }
        Matcher day = DAY.matcher(words.get(index));
        return day.matches() ? Integer.valueOf(day.group(1)) : null;
    }

    /** "2027-03-14", "14/03", "14.3.27", "03/14/2027": day and month by which can be which. */
    private static Optional<LocalDate> inNumbers(String text, LocalDate today, Boolean monthFirst) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)), today);
        }
        Matcher numeric = NUMERIC_DATE.matcher(text);
        if (!numeric.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(numeric.group(1));
        int second = Integer.parseInt(numeric.group(2));
        Integer year = numeric.group(3) == null ? null : Integer.parseInt(numeric.group(3));
        if (year != null && year < 100) {
            year += 2000;
        }
        boolean dayFirstFits = second >= 1 && second <= 12;
        boolean monthFirstFits = first >= 1 && first <= 12;
        if (dayFirstFits && monthFirstFits && first != second) {
            if (monthFirst == null) {
                return Optional.empty(); // "3/4": the 3rd of April or the 4th of March
            }
            return monthFirst ? date(year, first, second, today) : date(year, second, first, today);
        }
        return dayFirstFits ? date(year, second, first, today)
                : monthFirstFits ? date(year, first, second, today) : Optional.empty();
    }

    /** "in 10 weeks", "en unas 6 semanas", "faltan 2 meses": a length of time after a word that says "from now". */
    private Optional<LocalDate> fromNow(List<String> words, LocalDate today) {
        for (int i = 0; i < words.size(); i++) {
            if (fromNow.contains(words.get(i))) {
                return days(words.subList(i + 1, words.size())).map(today::plusDays);
            }
        }
        return Optional.empty();
    }

    /** The date, or without a year the next one to come (a few days past still counts: a baby a little late). */
    private static Optional<LocalDate> date(Integer year, int month, int day, LocalDate today) {
        try {
            if (year != null) {
                return Optional.of(LocalDate.of(year, month, day));
            }
            MonthDay monthDay = MonthDay.of(month, day);
            LocalDate thisYear = monthDay.atYear(today.getYear());
            return Optional.of(thisYear.isBefore(today.minusDays(DUE_DAYS_LATE))
                    ? monthDay.atYear(today.getYear() + 1) : thisYear);
        } catch (DateTimeException e) {
            return Optional.empty(); // the 31st of April, the 14th month
        }
    }

    /** The choice a typed answer names, if it clearly names one. */
    Optional<String> choice(Question question, String text) {
        List<String> all = words(text);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (question == Question.SESSIONS) {
            // "9 or 10 i guess", "7": a count between the choices is the nearest one (the larger of two as near)
            return sessions(all).flatMap(TypedAnswers::nearestSessions).map(n -> "s" + n)
                    .filter(question.choices::contains);
        }
        // "toda mi leche" says what "toda su leche" says
        List<String> words = withoutDeterminers(all);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Phrase best = null;
        for (Phrase phrase : phrases.getOrDefault(question, List.of())) {
            if (passing(phrase, words)) {
                continue;
            }
            if (contains(words, phrase.words()) && (best == null || phrase.words().size() > best.words().size())) {
                best = phrase;
            }
        }
        for (Phrase phrase : best != null ? List.<Phrase>of() : phrases.getOrDefault(question, List.of())) {
            // "tengo leche pero poca": the words of a phrase close together in another order, when none is said as is
            if (phrase.words().size() >= 2 && near(words, phrase.words())
                    && (best == null || phrase.words().size() > best.words().size())) {
                best = phrase;
            }
        }
        Optional<String> span = SPANS.containsKey(question) ? days(words).map(days -> span(question, days))
                : Optional.empty();
        // "not here yet" or "a month" named in words wins; else a number of days, weeks or months.
        if (best != null && (span.isEmpty() || best.words().size() > 1)) {
            return Optional.of(best.choice());
        }
        if (span.isPresent()) {
            return span;
        }
        return best == null ? Optional.empty() : Optional.of(best.choice());
    }

    /** Whether {@code text} is, word for word, one of the typed phrases of {@code question}'s choices ("no thanks"). */
    boolean saysExactly(Question question, String text) {
        List<String> words = withoutDeterminers(said(words(text)));
        return phrases.getOrDefault(question, List.of()).stream().anyMatch(phrase -> phrase.words().equals(words));
    }

    /** Whether {@code text} holds one of the typed phrases of two words or more of {@code question}'s choices. */
    boolean holds(Question question, String text) {
        List<String> words = withoutDeterminers(said(words(text)));
        return phrases.getOrDefault(question, List.of()).stream()
                .anyMatch(phrase -> phrase.words().size() >= 2 && contains(words, phrase.words()));
    }

    /**
     * Whether {@code text} holds a typed phrase of two words or more of any setup question's choices (the time zone
     * and the due date aside): see {@link #holds}.
     */
    public boolean holdsAnyAnswer(String text) {
        for (Question question : Question.values()) {
            if (question != Question.TIMEZONE && question != Question.DUE && holds(question, text)) {
                return true;
            }
        }
        return false;
    }

    /** A short answer: a short everyday word of a phrase ("all", "no", "due") names a choice only in one. */
    static final int SHORT_ANSWER_WORDS = 4;
    static final int SHORT_WORD_LETTERS = 5;

    /**
     * "honestly I'm nervous about all this": a one-word phrase that is a short everyday word ("all") said in passing
     * in a longer message, which names no choice.
     */
    private static boolean passing(Phrase phrase, List<String> words) {
        return phrase.words().size() == 1 && phrase.words().get(0).length() < SHORT_WORD_LETTERS
                && words.size() > SHORT_ANSWER_WORDS;
    }

    /**
     * Whether {@code text} answers one of the setup questions by typing: a choice of any of them, a yes or no, or
     * waking hours ("7-22"); the time zone's city is for {@code TimeZoneResolver} to say.
     */
    public boolean answersAnyQuestion(String text) {
        if (yesOrNo(text).isPresent() || wakingHours(text).isPresent()) {
            return true;
        }
        for (Question question : Question.values()) {
            if (question != Question.TIMEZONE && question != Question.DUE && choice(question, text).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** True for "yes", "sí", "correct"; false for "no", "wrong"; empty for anything else. */
    public Optional<Boolean> yesOrNo(String text) {
        List<String> words = afterHesitation(said(words(text)));
        if (no.stream().anyMatch(words::equals)) {
            return Optional.of(false);
        }
        if (yes.stream().anyMatch(words::equals)) {
            return Optional.of(true);
        }
        // "yes that's right", "sí, está bien", "no, I'm in London": the answer first, then more words.
        if (no.stream().anyMatch(phrase -> startsWith(words, phrase))) {
            return Optional.of(false);
        }
        if (yes.stream().anyMatch(phrase -> startsWith(words, phrase))) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /** "mmm no, mejor no", "well yes": the words after the sounds of hesitation that open them, if any follow. */
    private List<String> afterHesitation(List<String> words) {
        int first = 0;
        while (first + 1 < words.size() && hesitation.contains(squeezed(words.get(first)))) {
            first++;
        }
        return words.subList(first, words.size());
    }

    /**
     * The words as said once: letters held down ("siii", "yesss") and a word said twice ("sisi", "si si", "okok")
     * are the word.
     */
    private List<String> said(List<String> words) {
        List<String> once = new ArrayList<>();
        for (String word : words) {
            String plain = known(word) ? word : squeezed(word);
            int half = plain.length() / 2;
            if (plain.length() % 2 == 0 && half > 0 && plain.substring(0, half).equals(plain.substring(half))
                    && known(plain.substring(0, half))) {
                plain = plain.substring(0, half); // "sisi", "okok"
            }
            if (once.isEmpty() || !once.get(once.size() - 1).equals(plain) || !known(plain)) {
                once.add(plain); // "si si": once
            }
        }
        return once;
    }

    private boolean known(String word) {
        return yes.contains(List.of(word)) || no.contains(List.of(word));
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

    private static boolean startsWith(List<String> words, List<String> phrase) {
        return words.size() > phrase.size() && words.subList(0, phrase.size()).equals(phrase);
    }

    private static String span(Question question, int days) {
        return SPANS.get(question).stream().filter(entry -> days < entry.getKey()).findFirst().orElseThrow()
                .getValue();
    }

    /** "3 weeks", "un mes", "two months": the first number with a unit of time, in days. */
    private Optional<Integer> days(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            Optional<Integer> amount = number(words.get(i));
            Integer unit = units.get(words.get(i + 1));
            if (amount.isPresent() && unit != null) {
                return Optional.of(amount.get() * unit);
            }
        }
        return Optional.empty();
    }

    /**
     * The sessions a day typed: a number first ("8", "10 please") or with words that count them a day after it
     * ("puedo 8 o 9 al día", "10 times"); "every 3 hours" is 8, "every 2.5 hours" the nearest choice (the larger of
     * two as near). A number of days or hours first ("3 days") is none.
     */
    private Optional<Integer> sessions(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            int at = i;
            Optional<List<String>> before = every.stream().filter(phrase -> startsAt(words, at, phrase)).findFirst();
            if (before.isEmpty()) {
                continue;
            }
            int after = i + before.get().size();
            Optional<Integer> hours = after < words.size() ? number(words.get(after)) : Optional.empty();
            if (hours.isPresent() && hours.get() > 0
                    && hourWords.stream().anyMatch(phrase -> startsAt(words, after + 1, phrase))) {
                return nearestSessions(24.0 / hours.get());
            }
        }
        Optional<Integer> first = number(words.get(0));
        if (first.isPresent() && (words.size() == 1 || !units.containsKey(words.get(1))
                && !hourWords.contains(List.of(words.get(1))))) {
            return first;
        }
        for (int i = 0; i < words.size(); i++) {
            Optional<Integer> count = number(words.get(i));
            for (int j = i + 1; count.isPresent() && j <= i + PER_DAY_REACH && j < words.size(); j++) {
                int from = j;
                if (perDay.stream().anyMatch(phrase -> startsAt(words, from, phrase))) {
                    return count;
                }
            }
        }
        return Optional.empty();
    }

    /** How many words after a number its "al día" may come ("8 o 9 al día"). */
    private static final int PER_DAY_REACH = 3;
    private static final int[] SESSION_CHOICES = {6, 8, 10, 12};

    private static Optional<Integer> nearestSessions(double count) {
        int best = -1;
        for (int choice : SESSION_CHOICES) {
            if (Math.abs(choice - count) <= 1 && (best < 0 || Math.abs(choice - count) <= Math.abs(best - count))) {
                best = choice;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private static boolean startsAt(List<String> words, int at, List<String> phrase) {
        return at >= 0 && at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase);
    }

    private Optional<Integer> number(String word) {
        if (word.matches("\\d{1,3}")) {
            return Optional.of(Integer.parseInt(word));
        }
        return Optional.ofNullable(numbers.get(word));
    }

    /** A phrase's words may be this many words apart more than the phrase is long, in any order. */
    private static final int NEAR_SLACK = 2;

    /** Whether every word of {@code phrase} is in {@code words}, all within the phrase's length and a little more. */
    private static boolean near(List<String> words, List<String> phrase) {
        int span = phrase.size() + NEAR_SLACK;
        for (int start = 0; start < words.size(); start++) {
            List<String> window = words.subList(start, Math.min(words.size(), start + span));
            if (window.containsAll(phrase) && phrase.contains(words.get(start))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** {@code words} without the determiners, unless that leaves none. */
    private List<String> withoutDeterminers(List<String> words) {
        List<String> kept = words.stream().filter(word -> !determiners.contains(word)).toList();
        return kept.isEmpty() ? words : kept;
    }

    private static List<List<String>> split(String list) {
        return Arrays.stream(list.split(",")).map(TypedAnswers::words).filter(w -> !w.isEmpty()).toList();
    }

    private static void pairs(String list, Map<String, Integer> into) {
        for (String pair : list.split(",")) {
            String[] parts = pair.split("=");
            if (parts.length == 2) {
                into.put(String.join(" ", words(parts[0])), Integer.parseInt(parts[1].strip()));
            }
        }
    }

    /** The words of {@code text}; a Spanish verb without the pronoun written on ("calmarse" is "calmar"). */
    private static List<String> words(String text) {
        return Words.of(text).stream().map(SpanishEnclitics::strip).toList();
    }
}
