package org.relactation.bot.text;

import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.LogParser;

import static org.assertj.core.api.Assertions.assertThat;

class ClausesTest {
    private static final LogParser PARSER = LogParser.load();

    @Test
    void sentencesNewLinesAndASpanishQuestionMarkCut() {
        assertThat(Clauses.of("pumped 15 min. so tired!\nis 20 ml normal? thanks"))
                .containsExactly("pumped 15 min.", "so tired!", "is 20 ml normal?", "thanks");
        assertThat(Clauses.of("le di 60 ml de fórmula ¿está bien?"))
                .containsExactly("le di 60 ml de fórmula", "¿está bien?");
    }

    @Test
    void decimalsTimesAndPlainCommasDoNotCut() {
        assertThat(Clauses.of("gave 2.5 oz at 10.30, then pumped 15 min, 20 ml"))
                .containsExactly("gave 2.5 oz at 10.30, then pumped 15 min, 20 ml");
        assertThat(Clauses.of("  ...  ")).isEmpty();
    }

    @Test
    void aCommaBeforeAQuestionWordCuts() {
        assertThat(Clauses.of("I have a fever and a hot red lump, how often should I pump?",
                rest -> PARSER.asks(rest, "en")))
                .containsExactly("I have a fever and a hot red lump", "how often should I pump?");
        assertThat(Clauses.of("extraje 10 min, cuánto tiempo debo seguir", rest -> PARSER.asks(rest, "en")))
                .containsExactly("extraje 10 min", "cuánto tiempo debo seguir");
    }

    @Test
    void whatEndsASentenceBetweenTwoPieces() {
        assertThat(Clauses.endsSentence(". ")).isTrue();
        assertThat(Clauses.endsSentence("!! ")).isTrue();
        assertThat(Clauses.endsSentence("\n")).isTrue();
        assertThat(Clauses.endsSentence(", ")).isFalse();
        assertThat(Clauses.endsSentence(".")).isFalse(); // "1.5": no space after it
    }
}
