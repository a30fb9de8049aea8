package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpanishVerbFilterTest {

    @Test
    void theFormsOfAVerbShareItsRoot() {
        assertThat(SpanishVerbFilter.root("frustrar")).isEqualTo("frustr");
        assertThat(SpanishVerbFilter.root("frustrada")).isEqualTo("frustr");
        assertThat(SpanishVerbFilter.root("descansando")).isEqualTo("descans");
        assertThat(SpanishVerbFilter.root("preocupadas")).isEqualTo("preocup");
        assertThat(SpanishVerbFilter.root("durmiendo")).isEqualTo("durm");
    }

    @Test
    void thePastTensesAParentTellsHerStoryInShareTheRootToo() {
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of());
        assertThat(spanish.terms("separaron")).isEqualTo(spanish.terms("separada"));
        assertThat(spanish.terms("internaron")).isEqualTo(spanish.terms("internada"));
        assertThat(spanish.terms("volvieron")).isEqualTo(spanish.terms("volver"));
        assertThat(spanish.terms("esperaba")).isEqualTo(spanish.terms("esperar"));
        // A short root stays whole, as in the infinitive: "dejaron" is no "deja" of another word.
        assertThat(SpanishVerbFilter.root("dieron")).isEqualTo("dieron");
    }

    @Test
    void aVerbInUirWithAYIsItsInfinitive() {
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of());
        assertThat(spanish.terms("obstruyan")).isEqualTo(spanish.terms("obstruir"));
        assertThat(spanish.terms("disminuye")).isEqualTo(spanish.terms("disminuir"));
        assertThat(spanish.terms("disminuyendo")).isEqualTo(spanish.terms("disminuir"));
        // No "-uir" verb: the "y" stays.
        for (String word : List.of("ayuda", "apoyo", "playa")) {
            assertThat(SpanishVerbFilter.root(word)).as(word).isEqualTo(word);
        }
    }

    @Test
    void aShortRootOrAnIdoParticipleStaysWhole() {
        for (String word : List.of("dar", "sacar", "mamando", "nada", "cada", "lado", "dormido", "leche")) {
            assertThat(SpanishVerbFilter.root(word)).as(word).isEqualTo(word);
        }
    }

    @Test
    void aStemChangingVerbInThePresentTenseHasItsInfinitivesVowel() {
        assertThat(SpanishVerbFilter.root("pierdo")).isEqualTo("perdo");
        assertThat(SpanishVerbFilter.root("duermen")).isEqualTo("dormen");
        assertThat(SpanishVerbFilter.root("vuelve")).isEqualTo("volve");
        assertThat(SpanishVerbFilter.root("empiezas")).isEqualTo("empezas");
    }

    @Test
    void aSilentUOrAShortRootKeepsItsDiphthong() {
        for (String word : List.of("guerra", "quedo", "puedo", "duele", "hierba", "cuello", "suelo", "bien", "cuestion", "despues")) {
            assertThat(SpanishVerbFilter.root(word)).as(word).isEqualTo(word);
        }
    }

    @Test
    void theSpanishAnalyzerFindsAStemChangingVerbUnderItsInfinitive() {
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of());
        assertThat(spanish.terms("pierdo")).isEqualTo(spanish.terms("perder"));
        assertThat(spanish.terms("duerme")).isEqualTo(spanish.terms("dormir"));
        assertThat(spanish.terms("vuelve")).isEqualTo(spanish.terms("volver"));
        assertThat(spanish.terms("cuesta")).isEqualTo(spanish.terms("costar"));
        assertThat(spanish.terms("hierba")).isEqualTo(spanish.terms("hierbas"));
    }

    @Test
    void aRootThatEndsLikeAPluralKeepsItsLastLetters() {
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of());
        assertThat(spanish.terms("empezar")).isEqualTo(spanish.terms("empiezo")).isNotEqualTo(List.of("emp"));
        assertThat(spanish.terms("interesar")).isEqualTo(spanish.terms("interesa"));
        assertThat(spanish.terms("rechazar")).isEqualTo(spanish.terms("rechaza"));
    }

    @Test
    void theSpanishAnalyzerFindsTheParticipleUnderTheInfinitive() {
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of());
        assertThat(spanish.terms("frustrarme")).isEqualTo(spanish.terms("frustrada"));
        assertThat(spanish.terms("descansando")).isEqualTo(spanish.terms("descansar"));
    }

    @Test
    void aQuestionInTheVerbFindsTheCardThatUsesTheParticiple() {
        assertThat(Fixtures.MATCHER.match("es", "cómo hago para no frustrarme tanto"))
                .map(QuestionMatcher.Match::cardId).contains("feelings");
    }
}
