package org.relactation.bot.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relactation.bot.guidance.Fixtures.CARDS;
import static org.relactation.bot.guidance.Fixtures.CATALOG;

/** The shipped guide.yaml and safety.yaml: complete, short, plain, safe, and the same in every language. */
class GuideContentTest {
    private static final Pattern DOSE = Pattern.compile(
            "(?i)\\d+(?:[.,]\\d+)?\\s*(mg|mcg|µg|g|ml|iu|ui|micrograms?|milligrams?|microgramos?|miligramos?)\\b");
    private static final Pattern MARKUP = Pattern.compile("[<>*`_\\[\\]]");

    @Test
    void theGuideHasAllTheTopicsInMenuOrder() {
        assertThat(CARDS.ids()).hasSizeGreaterThanOrEqualTo(15).contains("stimulation", "pumping",
                "hand_expression", "compressions", "skin_to_skin", "supplementer", "paced_bottle",
                "reducing_supplements", "breast_refusal", "nursing_strike", "induced_lactation", "medication",
                "feelings", "get_help", "expectations", "enough_milk", "power_pumping");
        assertThat(CARDS.cards("es")).extracting(GuideCards.Card::id).isEqualTo(CARDS.ids());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyCardInTheFileIsInTheMenuOrder(String language) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("content/" + language + "/guide.yaml")) {
            JsonNode cards = new ObjectMapper(new YAMLFactory()).readTree(in).path("guide").path("cards");
            List<String> inFile = new ArrayList<>();
            cards.fieldNames().forEachRemaining(inFile::add);

            assertThat(inFile).containsExactlyInAnyOrderElementsOf(CARDS.ids());
        }
    }

    @Test
    void cardIdsFitInCallbackData() {
        for (String id : CARDS.ids()) {
            assertThat(id).matches("[a-z_]{1,20}");
            assertThat(("guide:more:" + id).getBytes(StandardCharsets.UTF_8).length).as(id).isLessThanOrEqualTo(64);
            assertThat(("guide:card:" + id).getBytes(StandardCharsets.UTF_8).length).as(id).isLessThanOrEqualTo(64);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void cardsAreShortAndPlain(String language) {
        for (GuideCards.Card card : CARDS.cards(language)) {
            String where = language + " " + card.id();
            assertThat(card.title().codePointCount(0, card.title().length())).as(where).isBetween(3, 32);
            assertThat(sentences(card.text())).as(where + " text: " + card.text()).isBetween(2, 6);
            assertThat(sentences(card.more())).as(where + " more: " + card.more()).isBetween(2, 6);
            for (String text : List.of(card.title(), card.text(), card.more())) {
                assertThat(text.length()).as(where).isLessThanOrEqualTo(ContentCatalog.MAX_MESSAGE_LENGTH);
                assertThat(MARKUP.matcher(text).find()).as(where + " has markup: " + text).isFalse();
                assertThat(text).as(where).doesNotContain("{", "}");
            }
            assertThat(card.related()).as(where).isNotEmpty().doesNotContain(card.id()).doesNotHaveDuplicates();
            assertThat(CARDS.ids()).as(where).containsAll(card.related());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyCardHasVariedExampleQuestions(String language) {
        for (String id : CARDS.ids()) {
            List<String> questions = CARDS.questions(language, id);
            assertThat(questions).as(language + " " + id).hasSizeBetween(8, 40).doesNotHaveDuplicates();
        }
    }

    @Test
    void noTextNamesADose() {
        for (String language : CATALOG.languages()) {
            for (GuideCards.Card card : CARDS.cards(language)) {
                for (String text : shown(card)) {
                    // "a heavy wet nappy holds about 45 ml" and "pumped 15 min 20 ml" (how to log) are no doses
                    if (!List.of("enough_milk", "nappies", "tracking").contains(card.id())) {
                        assertThat(DOSE.matcher(text).find()).as(language + " " + card.id() + ": " + text).isFalse();
                    }
                }
            }
            for (String id : List.of("medication", "induced_lactation")) {
                GuideCards.Card card = CARDS.card(language, id);
                assertThat(card.text() + card.more()).as(language + " " + id + " has no numbers near medicines")
                        .doesNotContainPattern("\\d+\\s*(mg|mcg|ml|g)\\b")
                        .doesNotContainPattern("(?i)\\b(mg|tablets?|pastillas?)\\b");
            }
            assertThat(CARDS.card(language, "medication").text() + CARDS.card(language, "medication").more())
                    .as(language + " medication card has no numbers at all").doesNotContainPattern("\\d");
        }
    }

    @Test
    void theMedicationCardSaysWhatTheFactsAsk() {
        String en = all("en", "medication").toLowerCase(Locale.ROOT);
        assertThat(en).contains("domperidone", "metoclopramide", "herbs", "prescriber", "heart-rhythm",
                "depression", "pharmacist", "ibclc", "don't buy medicines online", "comes first");
        String es = all("es", "medication").toLowerCase(Locale.ROOT);
        assertThat(es).contains("domperidona", "metoclopramida", "hierbas", "receta", "ritmo card", "depresión",
                "farmacia", "ibclc", "no compres medicamentos por internet", "lo primero");
    }

    @Test
    void theHelpCardListsContactsByCountry() {
        String en = all("en", "get_help");
        assertThat(en).contains("UK", "US", "Australia", "South Africa", "Ireland", "ilca.org", "llli.org",
                "0300 100 0212", "800-994-9662", "1800 686 268", "0800 012 322", "check");
        String es = all("es", "get_help");
        assertThat(es).contains("Reino Unido", "Estados Unidos", "Australia", "Sudáfrica", "Irlanda", "ilca.org",
                "llli.org", "0300 100 0212", "800-994-9662", "1800 686 268", "0800 012 322", "compruébalos");
    }

    /** Every text of a card a parent can read: its views, steps, help, sources and facets. */
    private static List<String> shown(GuideCards.Card card) {
        List<String> texts = new ArrayList<>(List.of(card.title(), card.text(), card.more(), card.help(),
                card.sources()));
        texts.addAll(card.steps());
        card.facets().forEach(facet -> texts.addAll(List.of(facet.title(), facet.text())));
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyCardNamesItsSourcesSaysWhenToGetHelpAndFitsInOneMessage(String language) {
        for (GuideCards.Card card : CARDS.cards(language)) {
            String where = language + " " + card.id();
            assertThat(card.sources()).as(where).isNotBlank();
            assertThat(sentences(card.help())).as(where + " help: " + card.help()).isBetween(1, 3);
            // The longest view: title, short answer, numbered steps, help and sources.
            int longest = String.join("\n\n", card.title(), card.text(), String.join("\n", card.steps()),
                    card.help(), card.sources()).length() + 100;
            assertThat(longest).as(where).isLessThanOrEqualTo(ContentCatalog.MAX_MESSAGE_LENGTH);
            for (String text : shown(card)) {
                assertThat(MARKUP.matcher(text).find()).as(where + " has markup: " + text).isFalse();
                assertThat(text).as(where).doesNotContain("{", "}");
            }
            card.facets().forEach(facet -> assertThat(sentences(facet.text())).as(where + " " + facet.id())
                    .isBetween(1, 4));
        }
    }

    /** Phone numbers of 7 characters or more ("0300 100 0212", "800-994-9662") and web addresses. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])\\+?\\d[\\d -]{5,}\\d(?![\\w])");
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:org|com|gov|net|uk|ie|au|za|es|mx)\\b(?:/[\\w./-]*)?");

    @Test
    void everyPhoneNumberAndLinkIsWrittenAsTheDomainBriefsGiveIt() throws Exception {
        Path briefs = Path.of("..", "..", "shared", "domain");
        Assumptions.assumeTrue(Files.isDirectory(briefs),
                "the domain briefs are beside the repository (../shared) on CI and in development");
        StringBuilder source = new StringBuilder();
        try (var files = Files.list(briefs)) {
            for (Path file : files.toList()) {
                source.append(Files.readString(file)).append('\n');
            }
        }
        String facts = source.toString().toLowerCase(Locale.ROOT);
        for (String language : CATALOG.languages()) {
            Texts texts = CATALOG.texts(language);
            List<String> all = new ArrayList<>(texts.under("warnings.").values());
            CARDS.cards(language).forEach(card -> all.addAll(shown(card)));
            for (String text : all) {
                Matcher phone = PHONE.matcher(text);
                while (phone.find()) {
                    assertThat(facts).as(language + ": the number " + phone.group() + " in: " + text)
                            .contains(phone.group().strip());
                }
                Matcher link = LINK.matcher(text);
                while (link.find()) {
                    String address = link.group().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "")
                            .replaceFirst("^www\\.", "").replaceFirst("[./]+$", "");
                    assertThat(facts).as(language + ": the address " + link.group() + " in: " + text)
                            .contains(address);
                }
            }
        }
    }

    @Test
    void theDisclaimerIsOneLineOfPlainText() {
        for (String language : CATALOG.languages()) {
            Texts texts = CATALOG.texts(language);
            assertThat(texts.get("safety.disclaimer")).as(language).doesNotContain("\n");
            for (String key : List.of("safety.disclaimer", "guide.menu", "guide.not_sure")) {
                assertThat(MARKUP.matcher(texts.get(key)).find()).as(language + " " + key).isFalse();
            }
        }
    }

    @Test
    void theSpanishIsNeutral() {
        List<String> texts = new ArrayList<>();
        for (GuideCards.Card card : CARDS.cards("es")) {
            texts.addAll(shown(card));
        }
        Texts es = CATALOG.texts("es");
        texts.add(es.get("guide.menu"));
        texts.addAll(es.under("warnings.signs.").values());
        String all = String.join("\n", texts);

        assertThat(all).contains("pañales", "sacaleches", "extractor");
        assertThat(all).as("no vosotros forms, usable in Latin America too")
                .doesNotContainPattern("(?iU)\\b\\w+(áis|éis)\\b").doesNotContainPattern("(?iU)\\bos\\b")
                .doesNotContainPattern("(?iU)\\bvuestr");
    }

    @Test
    void guidanceKeysExistInEveryLanguage() {
        for (String language : CATALOG.languages()) {
            Texts texts = CATALOG.texts(language);
            for (String key : List.of(GuideCards.MENU_KEY, GuideCards.BACK_KEY, GuideCards.MORE_KEY,
                    GuideCards.NOT_SURE_KEY, GuideCards.RELATED_KEY, "safety.disclaimer")) {
                assertThat(texts.has(key)).as(language + " " + key).isTrue();
            }
        }
    }

    /** Sentences, roughly: ends of . ! ? followed by a space or the end, and line breaks (a list line is one). */
    static int sentences(String text) {
        int count = 0;
        for (String line : text.split("\\R")) {
            for (String sentence : line.split("(?<=[.!?])\\s+")) {
                if (!sentence.isBlank()) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String all(String language, String id) {
        GuideCards.Card card = CARDS.card(language, id);
        return card.text() + "\n" + card.more();
    }

    @Test
    void theSentenceCounterCountsRoughlyRight() {
        assertThat(sentences("One. Two! Three?")).isEqualTo(3);
        assertThat(sentences("See ilca.org, or llli.org. Then call.")).isEqualTo(2);
        assertThat(sentences("UK: 0300\nUS: 800\nCheck first.")).isEqualTo(3);
        assertThat(new HashSet<>(List.of(sentences("A."), sentences("A")))).containsExactly(1);
    }
}
