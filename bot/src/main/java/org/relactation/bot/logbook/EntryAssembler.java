package org.relactation.bot.logbook;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a read message is and builds the entry, or says why it cannot.
 *
 * <p>What kind: a session (a method, "done", a duration, or a volume without a supplement word), a supplement
 * (formula, donor milk, or a giving word such as "gave" or "biberón"; the parent's own milk only with a giving
 * word) or nappies. Two kinds in one message are rejected rather than half-stored, except that a supplementer
 * session keeps what it delivered ("SNS 30 ml formula"). A duration or volume alone ("15 min", "20 ml") is a
 * session with the parent's default method: they tapped "done" and typed the amount.
 *
 * <p>What is not a log: without any number or time, every word must be a log word ("done", "nursed left",
 * "wet nappy"), unless the message opens with a whole log and sets the parent's words apart after a break
 * ({@link LogThenComment}: "done, but I have a fever"); so "I'm done with pumping" or "pumping hurts" are left to
 * the rest of the bot. With a number or time, up to {@value LogLimits#MAX_NOTE_WORDS} other words become the
 * note.
 *
 * <p>A weight ("4.2 kg", "pesa 3.900") is an entry of its own kind; several times listed ("pumped at 1, 3 and 5")
 * are one session or feed each ({@link #several}).
 *
 * <p>Amounts of one kind add up ("L 10 R 8" is 18 minutes on both sides), and what each side gave is kept
 * beside the total when the message says it side by side (see {@link #bySide}); "pumped" named with "double" or
 * "by hand" is that kind of pumping; any other second method word stays in the note.
 */
final class EntryAssembler {
    private static final ParseResult NOT_A_LOG = new ParseResult.NotALog();
    private static final Set<Method> PUMP_KINDS = EnumSet.of(Method.HAND, Method.DOUBLE_PUMP);

    private final String text;
    private final Reading reading;
    private final EventTime time;
    private final boolean[] used;

    /** "nursed before bed", "le di pecho antes de dormir": a told session carries this many words of its own. */
    static final int TOLD_NOTE_WORDS = 4;

    private final boolean told;
    /** The words saying an amount was per breast: "each side", and "each" unless several times are listed. */
    private List<Found<Sense>> perSide = List.of();
    EntryAssembler(String text, Reading reading, ZoneId zone, Instant now) {
        this(text, reading, zone, now, false);
    }

    /** @param told whether the message opens by telling a session was done ({@link LogVocabulary#tells}) */
    EntryAssembler(String text, Reading reading, ZoneId zone, Instant now, boolean told) {
        this.told = told;
        this.text = text;
        this.reading = reading;
        this.time = new EventTime(reading, text, zone, now);
        this.used = new boolean[reading.pieces.size()];
    }

    ParseResult assemble() {
        Method method = chosenMethod();
        List<EntryKind> kinds = kinds(method);
        if (kinds.isEmpty() || reading.nappyDenied && method == null && reading.done.isEmpty()) {
            return NOT_A_LOG; // "no poop in 2 days" tells what did not happen, and logs nothing
        }
        if (spanOnly(method)) {
            return NOT_A_LOG; // "pumping for 2 weeks and still nothing": the parent's story, no session
        }
        if (perDay()) {
            return NOT_A_LOG; // "5 wet nappies in 24h", "8 sesiones en un día": a rate, no entry
        }
        int words = reading.freeWords();
        if (reading.storyWords() > LogLimits.MAX_NOTE_WORDS || words > 0 && !reading.hasDetail()
                && !LogThenComment.opens(reading, text) && !(told && words <= TOLD_NOTE_WORDS)) {
            return NOT_A_LOG;
        }
        if (kinds.size() > 1) {
            return new ParseResult.Rejected(Rejection.MIXED_KINDS, Map.of("kinds", List.copyOf(kinds)));
        }
        List<Found<ClockTime>> listed = time.listed();
        if (!listed.isEmpty()) {
            return several(kinds.get(0), method == null ? Method.DEFAULT : method, listed);
        }
        perSide = join(reading.perSide, reading.each);
        boolean counted = kinds.get(0) == EntryKind.SESSION || kinds.get(0) == EntryKind.SUPPLEMENT;
        if (counted && reading.times.stream().anyMatch(found -> found.value() > 1)) {
            return new ParseResult.Rejected(Rejection.SEVERAL,
                    Map.of("count", Values.whole(reading.times.get(0).value())));
        }
        return switch (kinds.get(0)) {
            case SESSION -> session(method == null ? Method.DEFAULT : method);
            case SUPPLEMENT -> supplement();
            case NAPPIES -> nappies();
            case WEIGHT -> weight();
        };
    }

    /**
     * A span of days or more with a method named in passing and nothing measured, timed or told: "pumping for 2
     * weeks", "llevo un mes con el sacaleches".
     */
    private boolean spanOnly(Method method) {
        return !reading.spans.isEmpty() && !told && reading.done.isEmpty() && reading.durations.isEmpty()
                && reading.volumes.isEmpty() && reading.clocks.isEmpty() && reading.agos.isEmpty()
                && reading.sessionNumbers.isEmpty() && reading.supplementNumbers.isEmpty()
                && reading.nappies.isEmpty() && reading.weights.isEmpty() && reading.drops.isEmpty()
                && reading.days.isEmpty() && reading.dayPart == null && method != null;
    }

    /** A span of a day at most after a preposition ("in 24h", "en un día"): what is counted is a rate. */
    private boolean perDay() {
        return reading.spans.stream().anyMatch(span -> span.value() <= DurationReader.DAY && span.from() > 0
                && reading.words != null && reading.words.isPreposition(reading.pieces.get(span.from() - 1)));
    }

    private List<EntryKind> kinds(Method method) {
        boolean supplement = !reading.givers.isEmpty()
                || reading.supplementTypes.stream().anyMatch(found -> found.value() != Supplement.EXPRESSED);
        // "nursed 20 min, no formula after", "mamó 15 min sin fórmula": a feed denied is none (its words, the note)
        supplement = supplement && !feedDenied();
        boolean weight = !reading.weights.isEmpty();
        // "le di con cuchara los 20 ml que me saqué", "30 ml formula after the breast": the session words only say
        // which milk or when; the feed is what is told
        boolean context = supplement && sessionWordsInContext() && reading.durations.isEmpty()
                && reading.sessionNumbers.isEmpty() && reading.done.isEmpty() && reading.drops.isEmpty();
        // "4.2 kg at 6 weeks": beside a weight, a length alone is the baby's age, not a session.
        boolean session = !context && (!reading.done.isEmpty() && !doneIsTheirs() || method != null)
                || !reading.durations.isEmpty() && !weight
                || !reading.drops.isEmpty()
                || !reading.sessionNumbers.isEmpty() || !reading.volumes.isEmpty() && !supplement
                || countsListedTimes() && !supplement && reading.nappies.isEmpty() && !weight;
        List<EntryKind> kinds = new ArrayList<>();
        if (session) {
            kinds.add(EntryKind.SESSION);
        }
        if (supplement && method != Method.SUPPLEMENTER) {
            kinds.add(EntryKind.SUPPLEMENT);
        }
        if (!reading.nappies.isEmpty()) {
            kinds.add(EntryKind.NAPPIES);
        }
        if (weight) {
            kinds.add(EntryKind.WEIGHT);
        }
        return kinds;
    }

    /** Whether every word of a feed in the message is denied, and no amount is given for one. */
    private boolean feedDenied() {
        List<Found<?>> words = new ArrayList<>(reading.givers);
        words.addAll(reading.supplementTypes);
        return !words.isEmpty() && reading.supplementNumbers.isEmpty()
                && words.stream().allMatch(found -> reading.denied(found.from()));
    }

    /**
     * "bottle done, 60ml formula", "le di 30 ml de fórmula, listo", "2 wet nappies, done": a "done" after a feed,
     * nappies or a weight is theirs, no session of its own ("done, then 30ml formula" still tells a session first).
     */
    private boolean doneIsTheirs() {
        if (reading.done.isEmpty()) {
            return false;
        }
        int told = Integer.MAX_VALUE;
        for (List<? extends Found<?>> found : List.of(reading.givers, reading.nappies, reading.weights,
                reading.supplementTypes.stream().filter(type -> type.value() != Supplement.EXPRESSED).toList())) {
            for (Found<?> one : found) {
                told = Math.min(told, one.from());
            }
        }
        return reading.done.get(0).from() > told;
    }

    /** Whether every session word has a word right before it that makes it context ({@link LogVocabulary#givesContext}). */
    private boolean sessionWordsInContext() {
        return !reading.methods.isEmpty() && reading.words != null && reading.methods.stream().allMatch(found -> {
            // the small words right before it too: "después del pecho"
            for (int i = found.from() - 1; i >= 0; i--) {
                Piece before = reading.pieces.get(i);
                if (reading.words.givesContext(before)) {
                    return true;
                }
                if (!before.sense().isFiller()) {
                    return false;
                }
            }
            return false;
        });
    }

    /** "x2 tonight (1am and 4am)": a count and as many times listed tell sessions, as "done" would. */
    private boolean countsListedTimes() {
        return reading.times.size() == 1 && Values.whole(reading.times.get(0).value()) == time.listed().size();
    }

    private ParseResult session(Method method) {
        List<Found<Double>> minutes = sessionMinutes(method);
        List<Found<Double>> ml = sessionMl(method);
        ParseResult.Rejected problem = firstNonNull(negative("minutes", minutes), negative("ml", ml),
                strayUnit(false), strayUnit(true));
        if (problem != null) {
            return problem;
        }
        EventTime.Outcome when = time.resolve();
        if (isEarly(when)) {
            return when.rejection();
        }
        ParseResult built = sessionDraft(method, minutes, ml, when, side());
        if (!(built instanceof ParseResult.Parsed draft)) {
            return built;
        }
        useSession(method);
        use(minutes);
        use(ml);
        return parsed(draft.entry());
    }

    private List<Found<Double>> sessionMinutes(Method method) {
        return numberIsTheAmount(method) ? reading.durations : join(reading.durations, reading.sessionNumbers);
    }

    /**
     * Through an at-breast supplementer, a bare number next to a supplement word is ml given too; after a way of
     * expressing, with the length said in its unit, the bare number is what came ({@link #numberIsTheAmount}).
     */
    private List<Found<Double>> sessionMl(Method method) {
        if (numberIsTheAmount(method)) {
            return join(reading.volumes, reading.sessionNumbers);
        }
        return method == Method.SUPPLEMENTER ? join(reading.volumes, reading.supplementNumbers) : reading.volumes;
    }

    /**
     * "me saqué 12 en 20 min", "pumped 12 in 20 min": a bare number after a way of expressing is minutes only when
     * no length is said in its unit; with one, and no amount in a unit, the number is the ml that came (never
     * 32 minutes).
     */
    private boolean numberIsTheAmount(Method method) {
        // with a side named, a bare number takes the unit said before it ("L 10 min R 8" is 18 minutes)
        return method != null && method.expresses() && !reading.durations.isEmpty()
                && !reading.sessionNumbers.isEmpty() && reading.volumes.isEmpty() && reading.sides.isEmpty();
    }

    /** Marks the words that made a session what it is: its method, sides, "each side", how many. */
    private void useSession(Method method) {
        use(reading.done);
        reading.methods.stream().filter(found -> found.value() == method
                || found.value() == Method.PUMP && PUMP_KINDS.contains(method)).forEach(this::use);
        use(reading.sides);
        use(reading.perSide);
        use(reading.each);
        use(reading.times);
    }

    /** One session of these amounts at this time, or why it cannot be; the note is added by the caller. */
    private ParseResult sessionDraft(Method method, List<Found<Double>> minutes, List<Found<Double>> ml,
                                     EventTime.Outcome when, Side side) {
        Integer totalMinutes = perSide(total(minutes), minutes);
        Integer totalMl = perSide(total(ml), ml);
        if (totalMinutes != null && totalMinutes == 0 && totalMl != null && totalMl > 0) {
            return new ParseResult.Rejected(Rejection.ZERO_MINUTES_WITH_VOLUME, Map.of("minutes", 0, "ml", totalMl));
        }
        if (totalMl != null && totalMl > LogLimits.MAX_ML) {
            return new ParseResult.Rejected(Rejection.TOO_MUCH_VOLUME, Map.of("ml", totalMl));
        }
        if (totalMinutes != null && totalMinutes > LogLimits.MAX_MINUTES) {
            return new ParseResult.Rejected(Rejection.TOO_LONG, Map.of("minutes", totalMinutes));
        }
        if (when.rejection() != null) {
            return when.rejection();
        }
        int[] minutesBySide = bySide(minutes, totalMinutes);
        int[] mlBySide = bySide(ml, totalMl);
        return new ParseResult.Parsed(new LogEntryDraft(EntryKind.SESSION, method, side, totalMinutes, totalMl,
                when.at(), when.given(), null, null, null, null, left(mlBySide), right(mlBySide), left(minutesBySide),
                right(minutesBySide)));
    }

    private ParseResult supplement() {
        List<Found<Double>> ml = join(reading.volumes, reading.supplementNumbers);
        ParseResult.Rejected problem = firstNonNull(negative("ml", ml), strayUnit(true));
        if (problem != null) {
            return problem;
        }
        EventTime.Outcome when = time.resolve();
        if (isEarly(when)) {
            return when.rejection();
        }
        ParseResult built = supplementDraft(ml, when);
        if (!(built instanceof ParseResult.Parsed draft)) {
            return built;
        }
        useSupplement(draft.entry().supplement());
        use(ml);
        return parsed(draft.entry());
    }

    private Supplement supplementType() {
        if (reading.supplementTypes.isEmpty() && sessionWordsInContext()
                && reading.methods.stream().allMatch(found -> found.value().expresses())) {
            return Supplement.EXPRESSED; // "los 20 ml que me saqué": the parent's own milk
        }
        return reading.supplementTypes.isEmpty() ? Supplement.OTHER : reading.supplementTypes.get(0).value();
    }

    private void useSupplement(Supplement type) {
        reading.supplementTypes.stream().filter(found -> found.value() == type).forEach(this::use);
        use(reading.givers);
        use(reading.times);
        use(reading.each);
    }

    private ParseResult supplementDraft(List<Found<Double>> ml, EventTime.Outcome when) {
        Integer totalMl = total(ml);
        if (totalMl != null && totalMl > LogLimits.MAX_ML) {
            return new ParseResult.Rejected(Rejection.TOO_MUCH_VOLUME, Map.of("ml", totalMl));
        }
        if (when.rejection() != null) {
            return when.rejection();
        }
        return new ParseResult.Parsed(new LogEntryDraft(EntryKind.SUPPLEMENT, null, null, null, totalMl, when.at(),
                when.given(), supplementType(), null, null, null));
    }

    /**
     * "pumped at 1, 3 and 5, 20 min each", "di el pecho a la 1 y a las 4": a session or a feed at each time listed,
     * in order. The amounts go to each one when there are as many as times (in order: "at 1 20 min, at 4 15 min"),
     * or all to every one with "each" ("20 min cada una"); an amount said once for them all ("60 ml in total") is
     * put on none, and the reply says so, since splitting it would invent what the parent did not say. Sides go
     * in order when one is named for each time. A count that disagrees with the times ("x3 at 1 and 4"), nappies
     * at several times, and more than {@value LogLimits#MAX_AT_ONCE} times are asked for one at a time; any amount
     * or time that cannot be logged stops the whole message, so that nothing is half stored.
     */
    private ParseResult several(EntryKind kind, Method method, List<Found<ClockTime>> clocks) {
        int count = clocks.size();
        boolean countAgrees = reading.times.isEmpty()
                || reading.times.size() == 1 && Values.whole(reading.times.get(0).value()) == count;
        if (kind == EntryKind.NAPPIES || kind == EntryKind.WEIGHT || !countAgrees || count > LogLimits.MAX_AT_ONCE) {
            return new ParseResult.Rejected(Rejection.SEVERAL, Map.of("count", count));
        }
        perSide = reading.perSide;
        boolean session = kind == EntryKind.SESSION;
        List<Found<Double>> minutes = session ? sessionMinutes(method) : List.of();
        List<Found<Double>> ml = session ? sessionMl(method) : join(reading.volumes, reading.supplementNumbers);
        ParseResult.Rejected problem = firstNonNull(negative("minutes", minutes), negative("ml", ml),
                strayUnit(false), strayUnit(true));
        if (problem != null) {
            return problem;
        }
        List<EventTime.Outcome> whens = time.resolveList(clocks);
        if (whens.size() != count) {
            return whens.get(0).rejection();
        }
        List<List<Found<Double>>> minutesEach = share(minutes, count);
        List<List<Found<Double>>> mlEach = share(ml, count);
        List<Side> sides = sidesInOrder(count);
        List<LogEntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ParseResult built = session ? sessionDraft(method, minutesEach.get(i), mlEach.get(i), whens.get(i),
                    sides.get(i)) : supplementDraft(mlEach.get(i), whens.get(i));
            if (!(built instanceof ParseResult.Parsed draft)) {
                return built;
            }
            drafts.add(draft.entry());
        }
        if (session) {
            useSession(method);
        } else {
            useSupplement(drafts.get(0).supplement());
        }
        use(minutes);
        use(ml);
        // "tonight (1am and 4am)": a part of the day only helped place the times.
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (reading.is(i, Sense.AM) || reading.is(i, Sense.PM)) {
                used[i] = true;
            }
        }
        LogEntryDraft first = ((ParseResult.Parsed) parsed(drafts.get(0))).entry();
        drafts.set(0, first);
        return new ParseResult.Several(drafts, unsplit(minutes, minutesEach), unsplit(ml, mlEach));
    }

    /**
     * The amounts of each of {@code count} entries: one each, in order, when there are as many; all of them to every
     * one with "each" or "each side"; none (said once for them all) otherwise.
     */
    private List<List<Found<Double>>> share(List<Found<Double>> amounts, int count) {
        List<List<Found<Double>>> each = new ArrayList<>();
        List<Found<Double>> ordered = amounts.stream().sorted(Comparator.comparingInt(Found::from)).toList();
        for (int i = 0; i < count; i++) {
            each.add(amounts.size() == count ? List.of(ordered.get(i))
                    : reading.each.isEmpty() && perSide.isEmpty() ? List.of() : amounts);
        }
        return each;
    }

    /** The total of amounts that went to no entry, or null. */
    private static Integer unsplit(List<Found<Double>> amounts, List<List<Found<Double>>> each) {
        return amounts.isEmpty() || !each.get(0).isEmpty() ? null : total(amounts);
    }

    /** "nursed left at 1 and right at 4": a side for each time, in order; otherwise the one side of them all. */
    private List<Side> sidesInOrder(int count) {
        boolean inOrder = reading.sides.size() == count && perSide.isEmpty()
                && reading.sides.stream().noneMatch(found -> found.value() == Side.BOTH);
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sides.add(inOrder ? reading.sides.get(i).value() : side());
        }
        return sides;
    }

    private ParseResult nappies() {
        List<Found<Double>> wet = counts(NappyKind.WET);
        List<Found<Double>> dirty = counts(NappyKind.DIRTY);
        ParseResult.Rejected problem = firstNonNull(negative("nappies", wet), negative("nappies", dirty),
                strayUnit(true));
        if (problem != null) {
            return problem;
        }
        EventTime.Outcome when = time.resolve();
        if (isEarly(when)) {
            return when.rejection();
        }
        Integer totalWet = total(wet);
        Integer totalDirty = total(dirty);
        long all = (totalWet == null ? 0L : totalWet) + (totalDirty == null ? 0L : totalDirty);
        if (all > LogLimits.MAX_NAPPIES) {
            return new ParseResult.Rejected(Rejection.TOO_MANY_NAPPIES, Map.of("nappies", Values.whole(all)));
        }
        if (when.rejection() != null) {
            return when.rejection();
        }
        use(reading.nappies);
        use(reading.times);
        if (told && !reading.nappies.isEmpty()) {
            // "he also had a huge dirty diaper", "massive blowout": the words leading up to it are no note.
            for (int i = 0; i < reading.nappies.get(0).from(); i++) {
                used[i] = true;
            }
        }
        return parsed(new LogEntryDraft(EntryKind.NAPPIES, null, null, null, null, when.at(), when.given(), null,
                totalWet, totalDirty, null));
    }

    /**
     * The baby's weight, in whole grams and the unit it was given in, at the time said or now. One weight a message:
     * "was 3.9, now 4.2 kg" is asked about rather than guessed. A weight outside {@link LogLimits#MIN_GRAMS} to
     * {@link LogLimits#MAX_GRAMS} is a typo or the wrong unit, and is refused.
     */
    private ParseResult weight() {
        if (reading.weights.size() > 1) {
            return new ParseResult.Rejected(Rejection.SEVERAL_WEIGHTS, Map.of("count", reading.weights.size()));
        }
        Found<WeightReader.Weight> weight = reading.weights.get(0);
        ParseResult.Rejected problem = strayUnit(true);
        if (problem != null) {
            return problem;
        }
        EventTime.Outcome when = time.resolve();
        if (isEarly(when)) {
            return when.rejection();
        }
        int grams = Values.whole(weight.value().grams());
        if (grams < LogLimits.MIN_GRAMS || grams > LogLimits.MAX_GRAMS) {
            return new ParseResult.Rejected(Rejection.UNLIKELY_WEIGHT, Map.of("grams", grams));
        }
        if (when.rejection() != null) {
            return when.rejection();
        }
        use(weight);
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (reading.is(i, Sense.WEIGHED)) {
                used[i] = true;
            }
        }
        return parsed(new LogEntryDraft(EntryKind.WEIGHT, null, null, null, null, when.at(), when.given(), null,
                null, null, null, null, null, null, null, grams, weight.value().unit()));
    }

    /** The session method: the first named, except that "pumped" with "double" or "by hand" is that pumping. */
    private Method chosenMethod() {
        if (reading.methods.isEmpty()) {
            return null;
        }
        Method first = reading.methods.get(0).value();
        if (first != Method.PUMP) {
            return first;
        }
        return reading.methods.stream().map(Found::value).filter(PUMP_KINDS::contains).findFirst().orElse(first);
    }

    /** "10 min each side": one amount said per breast counts twice ("L 10 R 8" is already both). */
    private Integer perSide(Integer total, List<Found<Double>> amounts) {
        boolean perBreast = total != null && amounts.size() == 1 && !perSide.isEmpty();
        return perBreast ? Integer.valueOf(total * 2) : total;
    }

    /**
     * Left and right of {@code total}, when the message gives one amount per breast: "L 20 R 15 ml", "10 min izq
     * 8 der", "20 ml del izquierdo y 15 del derecho" (one left and one right word, each with its own amount,
     * sides named before their amounts or after them), or one amount "each side". Null otherwise. The right
     * side is the total less the left, so the two add up to the total whatever the rounding.
     */
    private int[] bySide(List<Found<Double>> amounts, Integer total) {
        if (total == null) {
            return null;
        }
        if (amounts.size() == 1 && !perSide.isEmpty()) {
            return new int[] {total / 2, total - total / 2};
        }
        List<Found<Side>> left = reading.sides.stream().filter(found -> found.value() == Side.LEFT).toList();
        List<Found<Side>> right = reading.sides.stream().filter(found -> found.value() == Side.RIGHT).toList();
        if (amounts.size() != 2 || left.size() != 1 || right.size() != 1
                || reading.sides.stream().anyMatch(found -> found.value() == Side.BOTH)) {
            return null;
        }
        List<Found<Double>> ordered = amounts.stream().sorted(Comparator.comparingInt(Found::from))
                .toList();
        boolean sidesFirst = Math.min(left.get(0).from(), right.get(0).from()) < ordered.get(0).from();
        Found<Side> first = owner(ordered.get(0), sidesFirst);
        Found<Side> second = owner(ordered.get(1), sidesFirst);
        if (first == null || second == null || first.value() == second.value()) {
            return null;
        }
        int leftAmount = Values.whole((first.value() == Side.LEFT ? ordered.get(0) : ordered.get(1)).value());
        return leftAmount > total ? null : new int[] {leftAmount, total - leftAmount};
    }

    /** The side word an amount belongs to: the nearest before it when sides come first, else the nearest after. */
    private Found<Side> owner(Found<Double> amount, boolean sidesFirst) {
        Found<Side> owner = null;
        for (Found<Side> side : reading.sides) {
            if (sidesFirst && side.to() <= amount.from() && (owner == null || side.from() > owner.from())
                    || !sidesFirst && side.from() >= amount.to() && (owner == null || side.from() < owner.from())) {
                owner = side;
            }
        }
        return owner;
    }

    private static Integer left(int[] bySide) {
        return bySide == null ? null : bySide[0];
    }

    private static Integer right(int[] bySide) {
        return bySide == null ? null : bySide[1];
    }

    /** Both when both, left and right, or "each side" are named; the one side named; null when none. */
    private Side side() {
        if (!perSide.isEmpty()) {
            return Side.BOTH;
        }
        Set<Side> sides = EnumSet.noneOf(Side.class);
        reading.sides.forEach(found -> sides.add(found.value()));
        if (sides.contains(Side.BOTH) || sides.contains(Side.LEFT) && sides.contains(Side.RIGHT)) {
            return Side.BOTH;
        }
        return sides.isEmpty() ? null : sides.iterator().next();
    }

    private List<Found<Double>> counts(NappyKind kind) {
        return reading.nappies.stream().filter(found -> found.value().kind() == kind)
                .map(found -> new Found<>(found.value().count(), found.from(), found.to())).toList();
    }

    /** The early time problems come before value limits: a negative offset, or a time that cannot be read. */
    private static boolean isEarly(EventTime.Outcome when) {
        return when.rejection() != null && (when.rejection().reason() == Rejection.NEGATIVE
                || when.rejection().reason() == Rejection.UNREADABLE_TIME);
    }

    private static ParseResult.Rejected negative(String name, List<Found<Double>> amounts) {
        return amounts.stream().filter(found -> found.value() < 0).findFirst()
                .map(found -> new ParseResult.Rejected(Rejection.NEGATIVE, Map.of(name, Values.whole(found.value()))))
                .orElse(null);
    }

    /** A duration word without its number: about a time ("a few minutes ago") or, in a session, a length. */
    private ParseResult.Rejected strayUnit(boolean aboutTime) {
        return reading.strayUnits.stream().filter(found -> found.value() == aboutTime).findFirst()
                .map(found -> new ParseResult.Rejected(aboutTime ? Rejection.UNREADABLE_TIME
                        : Rejection.UNREADABLE_DURATION, Map.of("text", words(found))))
                .orElse(null);
    }

    /** The words just before a stray unit, as typed: "a few minutes", not just "minutes". */
    private String words(Found<?> found) {
        int from = found.from();
        while (from > 0 && from > found.from() - 2 && isContext(reading.pieces.get(from - 1))) {
            from--;
        }
        int to = reading.is(found.to(), Sense.AGO) ? found.to() + 1 : found.to();
        return text.substring(reading.pieces.get(from).start(), reading.pieces.get(to - 1).end());
    }

    private static boolean isContext(Piece piece) {
        return piece.is(Sense.WORD) || piece.is(Sense.FILLER) || piece.is(Sense.AGO_BEFORE);
    }

    private ParseResult parsed(LogEntryDraft draft) {
        time.used().forEach(this::use);
        use(reading.articles); // "le di una de fórmula": an article, whatever was logged, is no note
        if (doneIsTheirs()) {
            use(reading.done); // "bottle done": it says the feed is over, no note
        }
        String note = NoteWriter.write(text, reading.pieces, used);
        return new ParseResult.Parsed(new LogEntryDraft(draft.kind(), draft.method(), draft.side(), draft.minutes(),
                draft.ml(), draft.at(), draft.timeGiven(), draft.supplement(), draft.wet(), draft.dirty(), note,
                draft.leftMl(), draft.rightMl(), draft.leftMinutes(), draft.rightMinutes(), draft.grams(),
                draft.weightUnit()));
    }

    private void use(Found<?> found) {
        for (int i = found.from(); i < found.to(); i++) {
            used[i] = true;
        }
        // "like 15 min", "como media onza": the word that makes a number "about" goes with it, not to the note; "only 2"
        // stays, it says how little
        int before = found.from() - 1;
        if (before >= 0 && reading.words != null && reading.pieces.get(found.from()).is(Sense.NUMBER)
                && reading.words.hedges(reading.pieces.get(before))) {
            used[before] = true;
        }
    }

    private void use(List<? extends Found<?>> found) {
        found.forEach(this::use);
    }

    private static Integer total(List<Found<Double>> amounts) {
        if (amounts.isEmpty()) {
            return null;
        }
        return Values.whole(amounts.stream().mapToDouble(Found::value).sum());
    }

    private static <T> List<T> join(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
