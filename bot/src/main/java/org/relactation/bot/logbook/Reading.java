package org.relactation.bot.logbook;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the readers found in one message, and which pieces they have already claimed so that no number
 * is read twice ("14:30" is a time, so its "30" is not also 30 minutes).
 */
final class Reading {
    final List<Piece> pieces;
    /** The words that join times into a list; null reads no list ({@link LogVocabulary#listsTimes}). */
    final LogVocabulary words;
    private final boolean[] claimed;

    final List<Found<Sense>> done = new ArrayList<>();
    final List<Found<Method>> methods = new ArrayList<>();
    final List<Found<Side>> sides = new ArrayList<>();
    /** "each side": the amounts were per breast. */
    final List<Found<Sense>> perSide = new ArrayList<>();
    /** "each", "cada una": per session when several times are listed, else per breast like {@link #perSide}. */
    final List<Found<Sense>> each = new ArrayList<>();
    /** "a few drops": a session, what came out too little to measure. */
    final List<Found<Sense>> drops = new ArrayList<>();
    /** "x3", "3 times": how many, as typed. */
    final List<Found<Double>> times = new ArrayList<>();
    /** "una", "one" with no unit after it ("hice una sesión"): an article, no amount; never a note. */
    final List<Found<Double>> articles = new ArrayList<>();
    /** Session lengths with a unit, in minutes. */
    final List<Found<Double>> durations = new ArrayList<>();
    /** Bare numbers right after a method, side or "done": minutes ("pumped 15", "L 10 R 8"). */
    final List<Found<Double>> sessionNumbers = new ArrayList<>();
    /** Volumes with a unit, in ml. */
    final List<Found<Double>> volumes = new ArrayList<>();
    /** Bare numbers next to a supplement word: ml ("formula 60", "leche donada 40"). */
    final List<Found<Double>> supplementNumbers = new ArrayList<>();
    final List<Found<Supplement>> supplementTypes = new ArrayList<>();
    final List<Found<Sense>> givers = new ArrayList<>();
    final List<Found<NappyCount>> nappies = new ArrayList<>();
    /** Whether a nappy word was denied ("no poop today"): the message tells there was none. */
    boolean nappyDenied;
    /** The baby's weights ("4.2 kg", "pesa 3.900"). */
    final List<Found<WeightReader.Weight>> weights = new ArrayList<>();
    /** Changes of weight typed with a sign ("+180g"): no weight, left to the note. */
    final List<Found<WeightReader.Weight>> weightChanges = new ArrayList<>();
    final List<Found<ClockTime>> clocks = new ArrayList<>();
    /** "30 min ago", "hace media hora": minutes back from now. */
    final List<Found<Double>> agos = new ArrayList<>();
    final List<Found<DayWord>> days = new ArrayList<>();
    /** Words that only helped place a time: a part of the day away from its time ("por la noche ... a las 11"). */
    final List<Found<Sense>> timeWords = new ArrayList<>();
    /** A part of the day said without any time ("pumped this morning"): about when it was; null if none. */
    Found<LocalTime> dayPart;
    /** Days, weeks or months that are no time back: an age or a span of the parent's story ("for 2 weeks"). */
    final List<Found<Double>> spans = new ArrayList<>();
    /** A duration word with no number we could read; true when it was about a time ("a few minutes ago"). */
    final List<Found<Boolean>> strayUnits = new ArrayList<>();

    Reading(List<Piece> pieces, LogVocabulary words) {
        this.pieces = pieces;
        this.words = words;
        this.claimed = new boolean[pieces.size()];
    }

    /** The piece at {@code i}, or null outside the message. */
    Piece at(int i) {
        return i >= 0 && i < pieces.size() ? pieces.get(i) : null;
    }

    boolean is(int i, Sense sense) {
        Piece piece = at(i);
        return piece != null && piece.is(sense);
    }

    boolean free(int i) {
        return i >= 0 && i < pieces.size() && !claimed[i];
    }

    boolean freeNumber(int i) {
        return free(i) && pieces.get(i).is(Sense.NUMBER);
    }

    void claim(int from, int to) {
        for (int i = from; i < to; i++) {
            claimed[i] = true;
        }
    }

    /** The nearest piece before {@code i} that is not filler, or -1. */
    /** How many words back a negation still denies what it stands before ("hasn't had a wet one"). */
    private static final int DENIAL_REACH = 3;

    /**
     * Whether a negation stands within {@link #DENIAL_REACH} words before piece {@code at}, with only filler or
     * free words between: "no poop since yesterday", "sin pañales mojados", "no formula after".
     */
    boolean denied(int at) {
        for (int i = at - 1; i >= Math.max(0, at - DENIAL_REACH); i--) {
            Piece piece = pieces.get(i);
            if (words.denies(piece)) {
                return true;
            }
            if (!piece.sense().isFiller() && !piece.sense().isFreeText()) {
                return false;
            }
        }
        return false;
    }

    int meaningfulBefore(int i) {
        int j = i - 1;
        while (j >= 0 && pieces.get(j).sense().isFiller()) {
            j--;
        }
        return j;
    }

    /** The nearest piece from {@code i} on that is not filler, or the size of the message. */
    int meaningfulFrom(int i) {
        int j = i;
        while (j < pieces.size() && pieces.get(j).sense().isFiller()) {
            j++;
        }
        return j;
    }

    /** How many of the parent's own words the message has: words the vocabulary does not know, stray numbers. */
    int freeWords() {
        int words = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (isFreeWord(i)) {
                words++;
            }
        }
        return words;
    }

    /** The parent's own words with the pronouns among them ("I", "her"): how long a story is. */
    int storyWords() {
        int words = freeWords();
        for (Piece piece : pieces) {
            words += piece.is(Sense.PRONOUN) ? 1 : 0;
        }
        return words;
    }

    /** A word the vocabulary does not know, or a number no reader took. */
    boolean isFreeWord(int i) {
        Piece piece = pieces.get(i);
        return piece.sense().isFreeText() || piece.is(Sense.NUMBER) && !claimed[i];
    }

    /**
     * Whether the message gives any number, time or attempt at one: what lets a log carry a note. "today" says
     * nothing a log does not already assume, so it does not count; nor does "a" bottle, but "8 sessions" does.
     */
    boolean hasDetail() {
        return !durations.isEmpty() || !sessionNumbers.isEmpty() || !volumes.isEmpty() || !drops.isEmpty()
                || times.stream().anyMatch(found -> found.value() > 1) || !supplementNumbers.isEmpty() || !weights.isEmpty() || !clocks.isEmpty() || !agos.isEmpty() || !strayUnits.isEmpty()
                || days.stream().anyMatch(found -> found.value().lastNight() || found.value().offset() != 0)
                || nappies.stream().anyMatch(found -> found.value().numbered());
    }
}
