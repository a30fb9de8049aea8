package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpanishEncliticFilterTest {

    @Test
    void aVerbLosesThePronounWrittenOntoIt() {
        assertThat(SpanishEncliticFilter.strip("pesarlo")).isEqualTo("pesar");
        assertThat(SpanishEncliticFilter.strip("sacarme")).isEqualTo("sacar");
        assertThat(SpanishEncliticFilter.strip("bajarle")).isEqualTo("bajar");
        assertThat(SpanishEncliticFilter.strip("preocuparse")).isEqualTo("preocupar");
        assertThat(SpanishEncliticFilter.strip("darmelo")).isEqualTo("darmelo"); // "dar" is too short to tell
        assertThat(SpanishEncliticFilter.strip("ponermela")).isEqualTo("poner");
        assertThat(SpanishEncliticFilter.strip("dandole")).isEqualTo("dando");
    }

    @Test
    void wordsOfTheSameShapeThatAreNoVerbStay() {
        for (String word : List.of("parte", "aparte", "fuerte", "suerte", "charla", "perla", "sacar", "firme",
                "duerme", "cuando")) {
            assertThat(SpanishEncliticFilter.strip(word)).as(word).isEqualTo(word);
        }
    }

    @Test
    void theSpanishAnalyzerFindsTheVerbUnderItsPronoun() {
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of());
        assertThat(spanish.terms("pesarlo")).isEqualTo(spanish.terms("pesar"));
        assertThat(spanish.terms("sacarme leche")).isEqualTo(spanish.terms("sacar leche"));
    }
}
