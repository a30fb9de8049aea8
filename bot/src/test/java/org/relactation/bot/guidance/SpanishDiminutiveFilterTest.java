package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpanishDiminutiveFilterTest {

    @Test
    void aDiminutiveBecomesTheWordItShrinks() {
        assertThat(SpanishDiminutiveFilter.base("sondita")).isEqualTo("sonda");
        assertThat(SpanishDiminutiveFilter.base("vasito")).isEqualTo("vaso");
        assertThat(SpanishDiminutiveFilter.base("cucharitas")).isEqualTo("cucharas");
        assertThat(SpanishDiminutiveFilter.base("poquito")).isEqualTo("poco");
        assertThat(SpanishDiminutiveFilter.base("jeringuita")).isEqualTo("jeringa");
        assertThat(SpanishDiminutiveFilter.base("cafecito")).isEqualTo("cafe");
        assertThat(SpanishDiminutiveFilter.base("pancitos")).isEqualTo("pans");
    }

    @Test
    void aSuperlativeBecomesItsWordToo() {
        assertThat(SpanishDiminutiveFilter.base("poquisima")).isEqualTo("poca");
        assertThat(SpanishDiminutiveFilter.base("muchisimos")).isEqualTo("muchos");
        assertThat(SpanishDiminutiveFilter.base("cansadisima")).isEqualTo("cansada");
        assertThat(SpanishDiminutiveFilter.base("larguisimo")).isEqualTo("largo");
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of());
        assertThat(spanish.terms("poquísima leche")).isEqualTo(spanish.terms("poca leche"));
    }

    @Test
    void shortWordsOfTheSameShapeStay() {
        for (String word : List.of("cita", "grito", "quita", "hito", "leche", "vaso", "dormido", "isimo", "mismo")) {
            assertThat(SpanishDiminutiveFilter.base(word)).as(word).isEqualTo(word);
        }
    }

    @Test
    void theSpanishAnalyzerFindsTheWordUnderItsDiminutive() {
        LanguageAnalyzer spanish = LanguageAnalyzer.forSearch("es", List.of());
        assertThat(spanish.terms("una sondita")).isEqualTo(spanish.terms("una sonda"));
        assertThat(spanish.terms("el vasito")).isEqualTo(spanish.terms("el vaso"));
        assertThat(spanish.terms("lechita")).isEqualTo(spanish.terms("leche"));
    }
}
