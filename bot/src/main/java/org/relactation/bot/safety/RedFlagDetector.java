package org.relactation.bot.safety;

import org.relactation.bot.content.ContentCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds warning signs in any message, whatever else it is (a log, a question, an onboarding answer), in every
 * language the bot has, whatever the parent's Telegram language. The words come from content (safety.words.* per
 * language) and the signs from content/safety-signs.yaml, so the rules read as the parents write:
 * <ul>
 *   <li>a sign's concepts may come in any order within a sentence ("hot red patch left boob");</li>
 *   <li>a negation reaches only the concepts after it in its own clause, and not past a few words ("no fever but
 *       my breast is red and hot" is still a sign; "no fever, just tired" is not);</li>
 *   <li>a clause about the past ("had mastitis last year"), a sign said to be over ("it bled, but it has healed")
 *       or a general question ("how do I prevent mastitis") does not count, except for the signs marked so
 *       (thoughts of suicide count however they are put);</li>
 *   <li>a concept said of the other person does not count for a sign ("I'm so sleepy" is not a sleepy baby);</li>
 *   <li>numbers count: a temperature of 38 °C or 100.4 °F is a fever, a small count of wet nappies in a day is a
 *       sign, and a baby's age turns a fever into an emergency under 3 months.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class RedFlagDetector {
    static final String HEDGE = "hedge";
    static final String PAST = "past";
    static final String RESOLVED = "resolved";
    static final String ASKED = "hypothetical";
    static final String SELF = "self";
    static final String LANGUAGE_HINT = "language_hint";
    static final String OBJECT_MARKER = "object_marker";
    static final String PARTNER = "partner";
    static final String SHE = "she";
    /** Someone else spoken of ("my husband nearly fainted"): a sign said of them is nobody's here. */
    static final String OTHER = "someone_else";
    static final String SPEECH = "speech";
    /** How close a negation must come before the concepts of a pattern made with it ("no wet nappies"). */
    static final int OWN_NEGATION_REACH = 4;

    private final Vocabulary vocabulary;
    private final SignBook book;
    private final String fallbackLanguage;
    /** Each pattern of the sign book taken apart once, not for every message. */
    private final Map<List<String>, Parts> parts = new HashMap<>();

    /**
     * A pattern taken apart: whether it holds its own negation; the concepts that must be in one sentence (with
     * "said of" marks taken off); those of them that must be said of the sign's person; those that may be anywhere
     * in the message; and those that must not be in the sentence.
     */
    private record Parts(boolean ownNegation, List<String> concepts, Set<String> strict, List<String> anywhere,
                         List<String> absent) {
        static Parts of(List<String> pattern) {
            return new Parts(pattern.contains(SignBook.NEGATION),
                    pattern.stream().filter(c -> !c.equals(SignBook.NEGATION)
                            && !c.startsWith(SignBook.ABSENT) && !c.startsWith(SignBook.ANYWHERE))
                            .map(c -> c.startsWith(SignBook.SAID_OF) ? c.substring(1) : c).toList(),
                    Set.copyOf(pattern.stream().filter(c -> c.startsWith(SignBook.SAID_OF))
                            .map(c -> c.substring(1)).toList()),
                    pattern.stream().filter(c -> c.startsWith(SignBook.ANYWHERE)).map(c -> c.substring(1)).toList(),
                    pattern.stream().filter(c -> c.startsWith(SignBook.ABSENT)).map(c -> c.substring(1)).toList());
        }
    }

    /** What was found in one message, most urgent first, and the language the message seems written in. */
    public record Detection(List<Sign> signs, String language, OptionalInt babyAgeDays, List<String> countriesNamed) {
        public boolean isEmpty() {
            return signs.isEmpty();
        }

        public boolean has(String key) {
            return signs.stream().anyMatch(s -> s.key().equals(key));
        }
    }

    public RedFlagDetector(ContentCatalog catalog) {
        this.vocabulary = Vocabulary.load(catalog);
        Set<String> known = new HashSet<>(vocabulary.concepts());
        known.addAll(List.of(HEDGE, PAST, RESOLVED, ASKED, SELF));
        this.book = SignBook.load(known);
        this.fallbackLanguage = catalog.fallbackLanguage();
        book.signs().forEach(sign -> sign.patterns().forEach(pattern -> parts.computeIfAbsent(pattern, Parts::of)));
    }

    public Sign sign(String key) {
        return book.get(key);
    }

    public List<Sign> signs() {
        return book.signs();
    }

    /**
     * @param message        what the parent wrote (text or caption)
     * @param parentLanguage their language, for a message whose own language is unclear ("38.5", "ok")
     */
    public Detection detect(String message, String parentLanguage) {
        String fallback = parentLanguage == null ? fallbackLanguage : parentLanguage;
        if (message == null || message.isBlank()) {
            return new Detection(List.of(), fallback, OptionalInt.empty(), List.of());
        }
        MessageScan scan = MessageScan.of(message, vocabulary);
        String language = language(scan, fallback);
        Reading reading = new Reading(scan, language);
        Set<Sign> found = new LinkedHashSet<>();
        for (Sign sign : book.signs()) {
            for (List<String> pattern : sign.patterns()) {
                if (reading.matches(sign, parts.get(pattern))) {
                    found.add(sign);
                    break;
                }
            }
        }
        Set<String> replaced = new HashSet<>();
        found.forEach(sign -> replaced.addAll(sign.replaces()));
        List<Sign> signs = new ArrayList<>(found.stream().filter(s -> !replaced.contains(s.key())).toList());
        signs.sort(Comparator.comparing(Sign::urgency));
        List<String> countries = scan.all().stream().map(Occurrence::concept)
                .filter(c -> c.startsWith(HelpLines.NAMED)).map(c -> c.substring(HelpLines.NAMED.length()))
                .distinct().toList();
        return new Detection(List.copyOf(signs), language, scan.babyAgeDays(), countries);
    }

    /** The language most of the message's known words belong to; the parent's when it is a tie. */
    private static String language(MessageScan scan, String fallback) {
        Map<String, Integer> votes = new HashMap<>();
        Set<String> counted = new HashSet<>();
        for (Occurrence occurrence : scan.all()) {
            if (occurrence.language() != null
                    && counted.add(occurrence.language() + ":" + occurrence.first() + ":" + occurrence.last())) {
                votes.merge(occurrence.language(), 1, Integer::sum);
            }
        }
        int own = votes.getOrDefault(fallback, 0);
        return votes.entrySet().stream().filter(e -> e.getValue() > own)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
    }

    /** The evaluation of one scanned message: negations, past and general clauses, and who is spoken of. */
    private static final class Reading {
        private final MessageScan scan;
        private final List<Occurrence> cues = new ArrayList<>();
        private final Set<Integer> pastClauses = new HashSet<>();
        private final Set<Integer> resolvedSentences = new HashSet<>();
        private final Set<Integer> askedClauses = new HashSet<>();
        private final List<Occurrence> subjects = new ArrayList<>();
        private final Set<Integer> possessives = new HashSet<>();

        Reading(MessageScan scan, String language) {
            this.scan = scan;
            List<Occurrence> hedges = scan.of(HEDGE);
            for (Occurrence cue : scan.of(SignBook.NEGATION)) {
                // "not sure if", "can't cope": a negation inside a longer phrase is that phrase's, not a negation.
                boolean inside = scan.all().stream().anyMatch(o -> o != cue && o.last() > o.first()
                        && !o.concept().equals(SignBook.NEGATION) && !o.concept().equals(MessageScan.CLAUSE_BREAK)
                        && !o.concept().equals(MessageScan.SENTENCE_BREAK) && !o.concept().equals(LANGUAGE_HINT)
                        && o.first() <= cue.first() && o.last() >= cue.last());
                if (!inside && hedges.stream().noneMatch(h -> h.covers(cue.first()))) {
                    cues.add(cue);
                }
            }
            scan.of(PAST).forEach(o -> pastClauses.add(clause(o)));
            // "my nipple bled but it has healed": what is over is over in its sentence and the one before.
            scan.of(RESOLVED).forEach(o -> {
                resolvedSentences.add(sentence(o));
                resolvedSentences.add(sentence(o) - 1);
            });
            scan.of(ASKED).forEach(o -> askedClauses.add(clause(o)));
            // Who is spoken of, in the message's own language: the English "he" is not the Spanish "he" (have).
            // "my baby", "mi bebé", "my wife": a possessive belongs to the person after it. When a partner writes
            // about the mother ("my wife... her chest hurts"), "she" and "her" are the parent, not the baby.
            boolean partnerWrites = !scan.of(PARTNER).isEmpty();
            List<Occurrence> others = new ArrayList<>(scan.of(MessageScan.BABY));
            others.addAll(scan.of(PARTNER));
            others.addAll(scan.of(OTHER));
            for (Occurrence self : scan.of(SELF).stream().filter(o -> ownLanguage(o, language)).toList()) {
                if (others.stream().noneMatch(other -> other.first() == self.last() + 1)) {
                    subjects.add(self);
                } else {
                    possessives.add(self.last());
                }
            }
            for (Occurrence baby : scan.of(MessageScan.BABY).stream().filter(o -> ownLanguage(o, language)).toList()) {
                boolean pronoun = scan.of(SHE).stream().anyMatch(she -> she.first() == baby.first());
                if (pronoun && partnerWrites) {
                    subjects.add(new Occurrence(SELF, baby.first(), baby.last(), baby.language()));
                } else {
                    subjects.add(baby);
                }
            }
            // "the nurse says she lost weight": who reports something is not who it is about.
            List<Occurrence> speech = scan.of(SPEECH);
            subjects.addAll(scan.of(OTHER).stream().filter(o -> ownLanguage(o, language))
                    .filter(o -> speech.stream().noneMatch(v -> v.first() > o.last() && v.first() <= o.last() + 2))
                    .toList());
            subjects.sort(Comparator.comparingInt(Occurrence::first));
        }

        /** A concept's occurrences; "a+b" is a followed closely by b in one clause ("se puso+azul"). */
        private List<Occurrence> occurrencesOf(String concept) {
            int plus = concept.indexOf(SignBook.THEN);
            if (plus < 0) {
                return scan.of(concept);
            }
            List<Occurrence> joined = new ArrayList<>();
            for (Occurrence first : scan.of(concept.substring(0, plus))) {
                for (Occurrence second : scan.of(concept.substring(plus + 1))) {
                    if (second.first() > first.last() && second.first() - first.last() <= SignBook.THEN_REACH
                            && clause(first) == clause(second)) {
                        joined.add(new Occurrence(concept, first.first(), second.last(), first.language()));
                    }
                }
            }
            return joined;
        }

        private static boolean ownLanguage(Occurrence occurrence, String language) {
            return occurrence.language() == null || occurrence.language().equals(language);
        }

        boolean matches(Sign sign, Parts pattern) {
            boolean ownNegation = pattern.ownNegation();
            List<String> concepts = pattern.concepts();
            Set<String> strict = pattern.strict();
            List<Occurrence> firsts = occurrencesOf(concepts.get(0));
            if (firsts.isEmpty()) {
                return false; // the most common case by far: no sentence to look in
            }
            for (String wide : pattern.anywhere()) {
                if (scan.of(wide).stream().noneMatch(o -> live(sign, o, false, false))) {
                    return false;
                }
            }
            List<String> absent = pattern.absent();
            Set<Integer> sentences = new LinkedHashSet<>();
            firsts.forEach(o -> sentences.add(sentence(o)));
            for (int sentence : sentences) {
                if (absent.stream().anyMatch(c -> scan.of(c).stream().anyMatch(o -> sentence(o) == sentence))) {
                    continue;
                }
                List<Occurrence> used = new ArrayList<>();
                boolean all = true;
                for (String concept : concepts) {
                    List<Occurrence> live = occurrencesOf(concept).stream()
                            .filter(o -> sentence(o) == sentence
                                    && live(sign, o, ownNegation, strict.contains(concept)))
                            .toList();
                    if (live.isEmpty()) {
                        all = false;
                        break;
                    }
                    used.addAll(live);
                }
                if (all && (!ownNegation || negatedJustBefore(used))) {
                    return true;
                }
            }
            return false;
        }

        private boolean live(Sign sign, Occurrence occurrence, boolean ownNegation, boolean strict) {
            int clause = clause(occurrence);
            if (!sign.evenAsked() && (pastClauses.contains(clause) || askedClauses.contains(clause)
                    || resolvedSentences.contains(sentence(occurrence)))) {
                return false;
            }
            if (!ownNegation && negated(occurrence, sign.negationReach())) {
                return false;
            }
            if (sign.who() == Sign.Who.ANY || isSubject(occurrence)) {
                return true;
            }
            String wanted = sign.who() == Sign.Who.BABY ? MessageScan.BABY : SELF;
            String subject = subjectOf(occurrence);
            if (subject == null && strict) {
                subject = nearestInMessage(occurrence);
            }
            return subject == null ? !strict : subject.equals(wanted);
        }

        private static boolean isSubject(Occurrence occurrence) {
            return occurrence.concept().equals(SELF) || occurrence.concept().equals(MessageScan.BABY)
                    || occurrence.concept().equals(MessageScan.YOUNG_BABY);
        }

        private boolean negated(Occurrence occurrence, int reach) {
            for (Occurrence cue : cues) {
                if (cue.last() < occurrence.first() && clause(cue) == clause(occurrence)
                        && occurrence.first() - cue.last() <= reach) {
                    return true;
                }
            }
            return false;
        }

        /** A negation of the pattern's own ("no wet nappies"): right before one of its concepts, same clause. */
        private boolean negatedJustBefore(List<Occurrence> used) {
            for (Occurrence cue : cues) {
                for (Occurrence occurrence : used) {
                    if (!isSubject(occurrence) && cue.last() < occurrence.first()
                            && clause(cue) == clause(occurrence)
                            && occurrence.first() - cue.last() <= OWN_NEGATION_REACH) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whom a concept is said of: the nearest "I/my" or baby word before it in its clause, else after it in the
         * clause (unless after a preposition: "vomit from my newborn"), else before it in its sentence; null when the
         * sentence does not say.
         */
        private String subjectOf(Occurrence occurrence) {
            String inClause = nearest(occurrence, true);
            return inClause != null ? inClause : nearest(occurrence, false);
        }

        /** The nearest person spoken of anywhere in the message, before the concept first. */
        private String nearestInMessage(Occurrence occurrence) {
            Occurrence before = null;
            Occurrence after = null;
            for (Occurrence subject : subjects) {
                if (subject.last() < occurrence.first()) {
                    before = subject;
                } else if (after == null && subject.first() > occurrence.last() && !object(subject)) {
                    after = subject;
                }
            }
            return who(before != null ? before : after);
        }

        private String nearest(Occurrence occurrence, boolean sameClause) {
            Occurrence before = null;
            Occurrence after = null;
            for (Occurrence subject : subjects) {
                boolean together = sameClause ? clause(subject) == clause(occurrence)
                        : segment(subject) == segment(occurrence);
                if (!together || (subject.first() >= occurrence.first() && subject.last() <= occurrence.last())) {
                    continue;
                }
                if (subject.last() < occurrence.first()) {
                    before = subject;
                } else if (sameClause && after == null && subject.first() > occurrence.last() && !object(subject)) {
                    after = subject;
                }
            }
            return who(before != null ? before : after);
        }

        /** SELF, BABY or OTHER for a subject found, null for none. */
        private static String who(Occurrence subject) {
            if (subject == null) {
                return null;
            }
            return switch (subject.concept()) {
                case SELF -> SELF;
                case OTHER -> OTHER;
                default -> MessageScan.BABY;
            };
        }

        /** A person named after a preposition is not who the sentence speaks of ("no disfruto de mi bebé"). */
        private boolean object(Occurrence subject) {
            int before = subject.first() - 1;
            if (before >= 0 && possessives.contains(before)) {
                before--;
            }
            int marker = before;
            return marker >= 0 && scan.of(OBJECT_MARKER).stream().anyMatch(o -> o.last() == marker);
        }

        private int clause(Occurrence occurrence) {
            return scan.token(occurrence.first()).clause();
        }

        private int segment(Occurrence occurrence) {
            return scan.token(occurrence.first()).segment();
        }

        private int sentence(Occurrence occurrence) {
            return scan.token(occurrence.first()).sentence();
        }
    }
}
