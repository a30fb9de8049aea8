package org.relactation.bot.logbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds nappy counts: "3 wet nappies", "2 dirty", "wet nappy" (one), "3 pañales mojados", "3 wet 1 dirty",
 * and the same with numbers after the words ("wet 3 dirty 1"), or the kind after the nappy word ("3 pañales wet"). Whether numbers come before or after is decided
 * once, by the first nappy word, so "wet 3 dirty 1" does not give the 3 to "dirty".
 *
 * <p>A plain "nappies" counts as wet, since every changed nappy is at least wet ("changed 3 nappies",
 * "3 pañales, 1 con caca" is 3 wet and 1 dirty), unless wet ones are counted too ("nappies: 2 wet, 1 dirty"),
 * or it has no number of its own next to other nappy words ("nappy: dirty" is one dirty nappy). Nappies in the
 * plural without a number count nothing ("casi no moja pañales"), and so does one denied by a negation just before it
 * ("no poop since yesterday", "sin caca"): {@link Reading#nappyDenied} then tells the message is no log of nappies.
 */
final class NappyReader {
    private NappyReader() {
    }

    static void read(Reading reading) {
        List<Integer> named = new ArrayList<>();
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (reading.is(i, Sense.NAPPY)) {
                (reading.pieces.get(i).value() == NappyKind.ANY ? plain : named).add(i);
            }
        }
        if (named.isEmpty() && plain.isEmpty()) {
            return;
        }
        int first = named.isEmpty() ? plain.get(0) : named.get(0);
        boolean numberFirst = numberBefore(reading, first) != null || numberAfter(reading, first) == null;
        boolean wetNamed = false;
        for (int word : named) {
            NappyKind kind = (NappyKind) reading.pieces.get(word).value();
            wetNamed |= kind == NappyKind.WET;
            Integer number = numberFirst ? numberBefore(reading, word) : numberAfter(reading, word);
            int plainBefore = word - 1;
            if (number == null && plain.contains(plainBefore) && numberBefore(reading, plainBefore) != null) {
                // "3 pañales wet", "2 nappies dirty": the kind said after the nappy word, in either language
                plain.remove(Integer.valueOf(plainBefore));
                reading.claim(plainBefore, word);
                number = numberBefore(reading, plainBefore);
            }
            count(reading, word, kind, number);
        }
        for (int word : plain) {
            Integer number = numberFirst ? numberBefore(reading, word) : numberAfter(reading, word);
            boolean counts = named.isEmpty() || !wetNamed && number != null;
            count(reading, word, counts ? NappyKind.WET : NappyKind.ANY, counts ? number : null);
        }
    }

    private static void count(Reading reading, int word, NappyKind kind, Integer number) {
        if (reading.denied(number == null ? word : Math.min(word, number))) {
            // "no poop since yesterday", "sin pañales mojados": no nappy to log, and nothing else said by it.
            reading.nappyDenied = true;
            return;
        }
        if (number == null && kind != NappyKind.ANY && reading.times.size() == 1 && onlyNappyWord(reading, word)) {
            // "pañal mojado x5", "dirty diaper 2 times": the count is the times.
            Found<Double> times = reading.times.get(0);
            reading.nappies.add(new Found<>(new NappyCount(kind, times.value(), true), word, word + 1));
            reading.claim(word, word + 1);
            return;
        }
        if (number == null && kind != NappyKind.ANY && plural(reading.pieces.get(word).text())) {
            // "no moja pañales", "hardly any wet nappies": nappies without a number count nothing.
            return;
        }
        if (number == null && kind != NappyKind.ANY && reading.nappies.stream()
                .anyMatch(found -> found.value().kind() == kind && !found.value().numbered())) {
            // "he pooped, huge blowout": two words for one nappy, the second counting nothing more
            reading.nappies.add(new Found<>(new NappyCount(kind, 0, false), word, word + 1));
            reading.claim(word, word + 1);
            return;
        }
        if (number == null) {
            NappyCount one = new NappyCount(kind, kind == NappyKind.ANY ? 0 : 1, false);
            reading.nappies.add(new Found<>(one, word, word + 1));
            reading.claim(word, word + 1);
            return;
        }
        double count = reading.pieces.get(number).number().value();
        int from = Math.min(number, word);
        int to = Math.max(number, word) + 1;
        reading.nappies.add(new Found<>(new NappyCount(kind, count, true), from, to));
        reading.claim(from, to);
    }

    private static boolean onlyNappyWord(Reading reading, int word) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (i != word && reading.is(i, Sense.NAPPY)) {
                return false;
            }
        }
        return true;
    }

    /** "nappies", "pañales", "wet diapers": a plural, whose count the parent did not give. */
    private static boolean plural(String text) {
        return text.toLowerCase(Locale.ROOT).endsWith("s");
    }

    private static Integer numberBefore(Reading reading, int word) {
        return reading.freeNumber(word - 1) ? word - 1 : null;
    }

    private static Integer numberAfter(Reading reading, int word) {
        return reading.freeNumber(word + 1) ? word + 1 : null;
    }
}
