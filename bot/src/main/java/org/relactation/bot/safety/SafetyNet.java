package org.relactation.bot.safety;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Safeguard;
import org.relactation.bot.parent.UserProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The first stage of every inbound message: finds warning signs in a text, a caption or an edit, and answers each
 * (at most {@value #MOST_WARNINGS}, the most urgent first) in the language the message is written in, with the
 * lines of the parent's country. Only when something is found is the parent's record read (their zone, the baby's
 * age): if the database is down, the warning goes out all the same, with the lines of the country the message or
 * the Telegram language gives, or the international wording.
 */
public final class SafetyNet implements Safeguard {
    private static final Logger LOG = LoggerFactory.getLogger(SafetyNet.class);
    static final int MOST_WARNINGS = 2;
    /** The onboarding answers for a baby under 3 months (onboarding/Question.BABY_AGE). */
    private static final Set<String> YOUNG_AGES = Set.of("lt6w", "w6_12");
    private static final String BABY_FEVER = "baby_fever";
    private static final String BABY_FEVER_YOUNG = "baby_fever_young";

    private final ContentCatalog content;
    private final Supplier<RedFlagDetector> detector;
    private final HelpLines lines;
    private final LongFunction<Optional<UserProfile>> profiles;
    private final String defaultLanguage;

    /**
     * @param profiles a parent's stored record by user id (may throw when the database is down)
     */
    public SafetyNet(ContentCatalog content, RedFlagDetector detector, LongFunction<Optional<UserProfile>> profiles,
                     String defaultLanguage) {
        this(content, () -> detector, profiles, defaultLanguage);
    }

    /**
     * A safety net whose detector may still be being built ({@code detector} waits for it): start-up builds it after
     * the first reply, which a command such as /start does not need it for. A text before it is ready waits for it;
     * no text is let through unchecked.
     *
     * @param profiles a parent's stored record by user id (may throw when the database is down)
     */
    public SafetyNet(ContentCatalog content, Supplier<RedFlagDetector> detector,
                     LongFunction<Optional<UserProfile>> profiles, String defaultLanguage) {
        this.content = content;
        this.detector = detector;
        this.lines = new HelpLines(content);
        this.profiles = profiles;
        this.defaultLanguage = defaultLanguage;
    }

    @Override
    public Verdict check(Inbound inbound) {
        String written = inbound.written();
        if (written == null || written.isBlank() || inbound.command() != null) {
            return Verdict.NONE;
        }
        RedFlagDetector detector = this.detector.get();
        RedFlagDetector.Detection found = detector.detect(written,
                content.languageFor(inbound.languageCode(), defaultLanguage));
        if (found.isEmpty()) {
            return Verdict.NONE;
        }
        Optional<UserProfile> parent = profile(inbound.userId());
        List<Sign> signs = ageAware(detector, found, parent);
        String country = lines.country(found.countriesNamed(), parent.map(UserProfile::timezone).orElse(null),
                inbound.languageCode());
        Texts texts = content.texts(found.language());
        Map<String, String> values = lines.values(texts, country);
        List<Action> warnings = new ArrayList<>();
        boolean answered = false;
        for (Sign sign : signs.subList(0, Math.min(MOST_WARNINGS, signs.size()))) {
            warnings.add(new Action.Reply(inbound.chatId(), render(texts, sign, values)));
            answered |= sign.stopsHandling();
        }
        // Neither the words nor the signs: both are health data. That a warning went out is enough to trace it.
        LOG.debug("{} warning(s) for update {}", warnings.size(), inbound.updateId());
        return new Verdict(warnings, answered);
    }

    /** The warning for a sign: its text with the country's lines, and its sources. */
    static String render(Texts texts, Sign sign, Map<String, String> lineValues) {
        String key = "warnings.signs." + sign.key();
        return texts.get(key + ".text", lineValues) + "\n"
                + texts.get("warnings.sources_label", Map.of("sources", texts.get(key + ".sources")));
    }

    /** A fever under 3 months (the age in the message, else the one given at onboarding) is an emergency. */
    private static List<Sign> ageAware(RedFlagDetector detector, RedFlagDetector.Detection found,
                                       Optional<UserProfile> parent) {
        boolean young = found.babyAgeDays().isPresent()
                ? found.babyAgeDays().getAsInt() < MessageScan.YOUNG_DAYS
                : parent.map(p -> p.setup().babyAge()).filter(YOUNG_AGES::contains).isPresent();
        if (!young || !found.has(BABY_FEVER)) {
            return found.signs();
        }
        Sign urgent = detector.sign(BABY_FEVER_YOUNG);
        List<Sign> signs = new ArrayList<>(found.signs().stream().filter(s -> !s.key().equals(BABY_FEVER)).toList());
        signs.add(0, urgent);
        signs.sort(Comparator.comparing(Sign::urgency));
        return signs;
    }

    private Optional<UserProfile> profile(long userId) {
        try {
            return profiles.apply(userId);
        } catch (RuntimeException e) {
            LOG.warn("Parent's record not read for a warning ({}); the warning goes out without it",
                    e.getClass().getName());
            return Optional.empty();
        }
    }
}
