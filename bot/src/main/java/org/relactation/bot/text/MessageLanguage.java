package org.relactation.bot.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import org.relactation.bot.content.ContentCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language a message is written in, when that is clear: a parent whose Telegram is in English may write in
 * Spanish, and is answered in Spanish. Two signals, in order:
 * <ol>
 *   <li>the bot's own words: every word of content/LANG/ that only one language uses ("pumped", "undo",
 *   "domperidone" against "extraje", "deshacer", "domperidona"), which knows this domain's words where a general
 *   detector does not, and wins when one language has more of them;</li>
 *   <li>otherwise a general short-text detector (optimaize n-gram profiles), trusted only when it is very sure
 *   and the message has enough letters to judge.</li>
 * </ol>
 * Empty when neither is clear ("ok", "no", "20", an emoji, a place name): the parent's own language is then the
 * one to use. Thread-safe.
 */
public final class MessageLanguage {
    /** The general detector must be at least this sure. */
    static final double MIN_PROBABILITY = 0.9;
    /** Fewer letters than this are too few for n-grams ("no", "ok ok", "vale"). */
    static final int MIN_LETTERS = 12;

    private final List<String> languages;
    private final Map<String, Set<String>> ownWords;
    private final LanguageDetector detector;
    private final TextObjectFactory textObjects = CommonTextObjectFactories.forDetectingShortCleanText();

    public MessageLanguage(ContentCatalog content) {
        this.languages = content.languages();
        Map<String, Set<String>> words = new HashMap<>();
        for (String language : languages) {
            Set<String> all = new HashSet<>();
            content.texts(language).under("").values().forEach(text -> all.addAll(letterWords(text)));
            words.put(language, all);
        }
        Map<String, Set<String>> distinct = new HashMap<>();
        for (String language : languages) {
            Set<String> own = new HashSet<>(words.get(language));
            languages.stream().filter(other -> !other.equals(language)).forEach(other -> own.removeAll(words.get(other)));
            distinct.put(language, Set.copyOf(own));
        }
        this.ownWords = Map.copyOf(distinct);
        this.detector = detector(languages);
    }

    /** The language {@code message} is clearly written in, among the bot's languages; empty when unclear. */
    public Optional<String> of(String message) {
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        List<String> words = letterWords(message);
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            ownWords.forEach((language, own) -> {
                if (own.contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            });
        }
        Optional<Map.Entry<String, Integer>> best = counts.entrySet().stream().max(Map.Entry.comparingByValue());
        if (best.isPresent()) {
            int top = best.get().getValue();
            boolean alone = counts.values().stream().filter(count -> count == top).count() == 1;
            if (alone) {
                return Optional.of(best.get().getKey());
            }
        }
        int letters = (int) message.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = detector.getProbabilities(textObjects.forText(message));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        String language = found.get(0).getLocale().getLanguage();
        return languages.contains(language) ? Optional.of(language) : Optional.empty();
    }

    private static List<String> letterWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : Words.of(text)) {
            if (word.length() > 1 && word.codePoints().allMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        return words;
    }

    private static LanguageDetector detector(List<String> languages) {
        try {
            List<LanguageProfile> profiles = new ArrayList<>();
            for (String language : languages) {
                profiles.add(new LanguageProfileReader().readBuiltIn(LdLocale.fromString(language)));
            }
            return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the language profiles", e);
        }
    }
}
