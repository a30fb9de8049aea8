package org.relactation.bot.safety;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The warnings in content/: one per sign in every language, short for every country, no dose anywhere. */
class SafetyContentTest {
    private static final ContentCatalog CATALOG = ContentCatalog.load();
    private static final RedFlagDetector DETECTOR = new RedFlagDetector(CATALOG);
    private static final HelpLines LINES = new HelpLines(CATALOG);
    /** A medicine's amount: a number with a unit of mass, or a count of pills or capsules. */
    private static final Pattern DOSE = Pattern.compile("(?iu)\\d+([.,]\\d+)?\\s*(mg|mcg|µg|ug|milligrams?|"
            + "miligramos?|micrograms?|microgramos?|grams? of|gramos de|pills?|tablets?|capsules?|pastillas?|"
            + "comprimidos?|c[aá]psulas?|tabletas?|drops? of|gotas de)\\b");

    @Test
    void everySignHasAWarningWithSourcesInEveryLanguage() {
        for (String language : CATALOG.languages()) {
            Texts texts = CATALOG.texts(language);
            for (Sign sign : DETECTOR.signs()) {
                assertThat(texts.get("warnings.signs." + sign.key() + ".sources")).as(language + " " + sign.key())
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyWarningIsUnder350CharactersWithTheLinesOfEveryCountry() {
        for (String language : CATALOG.languages()) {
            Texts texts = CATALOG.texts(language);
            for (String country : Stream.concat(LINES.countries().stream(), Stream.of(HelpLines.DEFAULT)).toList()) {
                Map<String, String> values = LINES.values(texts, country);
                for (Sign sign : DETECTOR.signs()) {
                    String warning = SafetyNet.render(texts, sign, values);
                    assertThat(warning).as(language + " " + country + " " + sign.key()).hasSizeLessThan(350)
                            .doesNotContain("{").doesNotContain("}").doesNotContain("<");
                }
            }
        }
    }

    @Test
    void theLinesAreThoseOfTheBrief() {
        Map<String, List<String>> numbers = Map.of(
                "GB", List.of("999", "111", "116 123", "85258"),
                "IE", List.of("112", "999", "116 123"),
                "US", List.of("911", "988", "1-833-852-6262"),
                "CA", List.of("911", "811", "988"),
                "AU", List.of("000", "1800 022 222", "13 11 14", "1300 726 306"),
                "ES", List.of("112", "024"),
                "MX", List.of("911", "800 911 2000"),
                "CL", List.of("131", "600 360 7777", "*4141"),
                "AR", List.of("911", "107", "135"));
        assertThat(LINES.countries()).containsExactlyInAnyOrderElementsOf(numbers.keySet());
        for (String language : CATALOG.languages()) {
            numbers.forEach((country, expected) -> assertThat(String.join(" ",
                    LINES.values(CATALOG.texts(language), country).values())).as(language + " " + country)
                    .contains(expected));
            assertThat(LINES.values(CATALOG.texts(language), HelpLines.DEFAULT).get("crisis"))
                    .contains("findahelpline.com");
        }
    }

    @Test
    void theCountryComesFromWhatWasWrittenThenTheZoneThenTheTelegramLanguage() {
        assertThat(LINES.country(List.of("MX"), "Europe/London", "en")).isEqualTo("MX");
        assertThat(LINES.country(List.of(), "Europe/London", "en")).isEqualTo("GB");
        assertThat(LINES.country(List.of(), "Atlantic/Canary", null)).isEqualTo("ES");
        assertThat(LINES.country(List.of(), "America/Argentina/Cordoba", null)).isEqualTo("AR");
        assertThat(LINES.country(List.of(), "Australia/Perth", null)).isEqualTo("AU");
        assertThat(LINES.country(List.of(), "America/Cancun", null)).isEqualTo("MX");
        assertThat(LINES.country(List.of(), "UTC", "es-CL")).isEqualTo("CL");
        assertThat(LINES.country(List.of("FR"), "Europe/Paris", "fr")).isEqualTo(HelpLines.DEFAULT);
        assertThat(LINES.country(List.of(), "Not/AZone", null)).isEqualTo(HelpLines.DEFAULT);
    }

    @Test
    void noContentFileStatesADose() throws IOException, URISyntaxException {
        Path content = Path.of(ContentCatalog.class.getClassLoader().getResource("content/index.yaml").toURI())
                .getParent();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    assertThat(DOSE.matcher(lines.get(i)).find()).as(file.getFileName() + ":" + (i + 1) + " "
                            + lines.get(i)).isFalse();
                }
            }
        }
    }

    @Test
    void theDoseCheckFindsDoses() {
        assertThat(DOSE.matcher("take 10 mg three times a day").find()).isTrue();
        assertThat(DOSE.matcher("tomar 2 pastillas").find()).isTrue();
        assertThat(DOSE.matcher("dos cápsulas").find()).isFalse();
        assertThat(DOSE.matcher("3 cápsulas de fenogreco").find()).isTrue();
        assertThat(DOSE.matcher("38 °C (100.4 °F)").find()).isFalse();
    }
}
