package org.relactation.bot.encouragement;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every encouragement has several wordings in every language, and the pick changes every day. */
class VariantsTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();
    private static final List<String> FAMILIES = Stream.concat(
            Stream.of(Milestone.values()).map(Milestone::textFamily).distinct(),
            Stream.of("hello", "empty", "lighter", "close").map(kind -> "encouragement.morning." + kind)).toList();

    @Test
    void everyFamilyHasAtLeastThreeVariantsInEveryLanguage() {
        for (String language : CONTENT.languages()) {
            for (String family : FAMILIES) {
                assertThat(Variants.count(CONTENT.texts(language), family)).as(language + " " + family)
                        .isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void consecutiveDaysNeverPickTheSameVariant() {
        Texts texts = CONTENT.texts("en");
        for (String family : FAMILIES) {
            for (long parent = 0; parent < 50; parent++) {
                LocalDate day = LocalDate.of(2026, 1, 1);
                for (int i = 0; i < 60; i++, day = day.plusDays(1)) {
                    assertThat(Variants.key(texts, family, day.plusDays(1), parent))
                            .isNotEqualTo(Variants.key(texts, family, day, parent));
                }
            }
        }
    }

    @Test
    void theWordsNeverScold() {
        Map<String, List<String>> scolding = Map.of(
                "en", List.of("should", "must", "only", "missed", "behind", "again?"),
                "es", List.of("deberías", "debes", "tienes que", "hay que", "te saltaste", "atrasada", "otra vez?"));
        assertThat(scolding.keySet()).containsExactlyInAnyOrderElementsOf(CONTENT.languages());
        for (String language : CONTENT.languages()) {
            Texts texts = CONTENT.texts(language);
            for (String family : FAMILIES) {
                assertThat(Variants.count(texts, family)).as(language + " " + family).isPositive();
                for (int i = 1; i <= Variants.count(texts, family); i++) {
                    assertThat(texts.get(family + "." + i).toLowerCase(Locale.ROOT))
                            .as(language + " " + family + "." + i).doesNotContain(scolding.get(language));
                }
            }
        }
    }
}
