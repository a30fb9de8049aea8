package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;
import org.relactation.bot.content.ContentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relactation.bot.guidance.Fixtures.CARDS;

class GuideCardsTest {
    @Test
    void aCardHasItsTextsInTheParentsLanguage() {
        GuideCards.Card en = CARDS.card("en", "stimulation");
        GuideCards.Card es = CARDS.card("es", "stimulation");

        assertThat(en.title()).contains("How often");
        assertThat(es.title()).contains("Cada cuánto");
        assertThat(en.related()).isEqualTo(es.related()).contains("pumping");
    }

    @Test
    void anUnknownLanguageGetsTheFallbackAndAnUnknownIdNothing() {
        assertThat(CARDS.card("fr", "pumping")).isEqualTo(CARDS.card("en", "pumping"));
        assertThat(CARDS.find("en", "no_such_card")).isEmpty();
        assertThat(CARDS.exists("pumping")).isTrue();
        assertThat(CARDS.exists("no_such_card")).isFalse();
        assertThatThrownBy(() -> CARDS.card("en", "no_such_card")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validContentBuilds() {
        GuideCards cards = build(content());

        assertThat(cards.ids()).containsExactly("alpha", "beta");
        assertThat(cards.card("es", "beta").title()).isEqualTo("Beta es");
    }

    @Test
    void aRelatedCardThatDoesNotExistStopsStartUp() {
        Map<String, Map<String, String>> content = content();
        content.get("es").put("guide.cards.alpha.related", "gamma");

        assertThatThrownBy(() -> build(content)).isInstanceOf(ContentException.class)
                .hasMessageContaining("es card 'alpha' relates to unknown card 'gamma'");
    }

    @Test
    void badIdsStopStartUp() {
        Map<String, Map<String, String>> content = content();
        content.get("en").put("guide.order", "alpha, Beta-2, alpha, a_very_long_card_identifier");

        assertThatThrownBy(() -> build(content)).isInstanceOf(ContentException.class)
                .hasMessageContaining("card id 'Beta-2' must be [a-z_]")
                .hasMessageContaining("card id 'alpha' is listed twice")
                .hasMessageContaining("card id 'a_very_long_card_identifier' must be [a-z_], 1 to 20 characters");
    }

    @Test
    void aTranslatedOrderStopsStartUp() {
        Map<String, Map<String, String>> content = content();
        content.get("es").put("guide.order", "alfa, beta");

        assertThatThrownBy(() -> build(content)).isInstanceOf(ContentException.class)
                .hasMessageContaining("es 'guide.order' differs from en's");
    }

    @Test
    void aLongTitleOrAMissingFieldStopsStartUp() {
        Map<String, Map<String, String>> content = content();
        content.get("en").put("guide.cards.alpha.title", "🌱 " + "x".repeat(31));
        content.get("es").remove("guide.cards.beta.more");

        assertThatThrownBy(() -> build(content)).isInstanceOf(ContentException.class)
                .hasMessageContaining("en card 'alpha' title is 33 characters, over 32")
                .hasMessageContaining("es card 'beta' lacks [more]");
    }

    @Test
    void aCardMustRelateToAnotherCard() {
        Map<String, Map<String, String>> content = content();
        content.get("en").put("guide.cards.alpha.related", "alpha");
        content.get("en").put("guide.cards.beta.related", " ");

        assertThatThrownBy(() -> build(content)).isInstanceOf(ContentException.class)
                .hasMessageContaining("en card 'alpha' relates to itself")
                .hasMessageContaining("en card 'beta' has no related cards");
    }

    @Test
    void stepsAndFacetsAreReadInOrder() {
        Map<String, Map<String, String>> content = content();
        for (String language : List.of("en", "es")) {
            content.get(language).put("guide.cards.alpha.steps", "wash hands\n\nmassage\n");
            content.get(language).put("guide.cards.alpha.facets.fridge.title", "In the fridge");
            content.get(language).put("guide.cards.alpha.facets.fridge.text", "Four days.");
            content.get(language).put("guide.cards.alpha.facets.fridge.questions", "how long in the fridge");
        }
        GuideCards cards = build(content);

        GuideCards.Card alpha = cards.card("en", "alpha");
        assertThat(alpha.steps()).containsExactly("wash hands", "massage");
        assertThat(alpha.facet("fridge")).hasValueSatisfying(facet -> assertThat(facet.text()).isEqualTo("Four days."));
        assertThat(cards.facetQuestions("es", "alpha")).containsEntry("fridge", List.of("how long in the fridge"));
        assertThat(cards.card("en", "beta").facets()).isEmpty();
        assertThat(cards.sections("es")).singleElement().satisfies(section ->
                assertThat(section.cardIds()).containsExactly("alpha", "beta"));
    }

    @Test
    void aCardWithoutSourcesOrHelpOrAnIncompleteFacetStopsStartUp() {
        Map<String, Map<String, String>> content = content();
        content.get("en").put("guide.cards.alpha.sources", " , ");
        content.get("es").remove("guide.cards.beta.help");
        content.get("en").put("guide.cards.beta.facets.Bad.title", "x");

        assertThatThrownBy(() -> build(content)).isInstanceOf(ContentException.class)
                .hasMessageContaining("en card 'alpha' names no sources")
                .hasMessageContaining("es card 'beta' lacks [help]")
                .hasMessageContaining("en card 'beta' facet 'Bad': ids are [a-z0-9_]")
                .hasMessageContaining("en card 'beta' facet 'Bad' lacks [text, questions]");
    }

    @Test
    void everyCardIsInExactlyOneMenuSection() {
        Map<String, Map<String, String>> content = content();
        content.get("en").put("guide.sections.basics.cards", "alpha, alpha, gamma");
        content.get("es").put("guide.sections.basics.cards", "alpha, alpha, gamma");

        assertThatThrownBy(() -> build(content)).isInstanceOf(ContentException.class)
                .hasMessageContaining("en section 'basics' lists unknown card 'gamma'")
                .hasMessageContaining("en card 'alpha' is in 2 menu sections, not 1")
                .hasMessageContaining("en card 'beta' is in 0 menu sections, not 1");
    }

    private static GuideCards build(Map<String, Map<String, String>> content) {
        return new GuideCards("en", List.of("en", "es"), content::get);
    }

    private static Map<String, Map<String, String>> content() {
        Map<String, Map<String, String>> content = new HashMap<>();
        for (String language : List.of("en", "es")) {
            Map<String, String> texts = new HashMap<>();
            texts.put("guide.order", "alpha, beta");
            texts.put("guide.sections.basics.title", "Basics " + language);
            texts.put("guide.sections.basics.cards", "alpha, beta");
            for (String id : List.of("alpha", "beta")) {
                String prefix = "guide.cards." + id + ".";
                texts.put(prefix + "title", Character.toUpperCase(id.charAt(0)) + id.substring(1) + " " + language);
                texts.put(prefix + "text", "One. Two.");
                texts.put(prefix + "more", "Three. Four.");
                texts.put(prefix + "help", "Call someone.");
                texts.put(prefix + "sources", "NHS");
                texts.put(prefix + "related", id.equals("alpha") ? "beta" : "alpha");
                texts.put(prefix + "questions", "what is " + id + "\nhow does " + id + " work");
            }
            content.put(language, texts);
        }
        return content;
    }
}
