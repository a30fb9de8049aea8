package org.relactation.bot.logbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "20      | 20",
            "0.5     | 0.5",
            "1,5     | 1.5",
            ".5      | 0.5",
            "1,500   | 1500",
            "1.500   | 1500",
            "0,125   | 0.125",
            "-20     | -20",
            "−20     | -20",
            "007     | 7",
    })
    void readsNumbersWithEitherDecimalSeparator(String text, double value) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).number().value()).isEqualTo(value);
    }

    @Test
    void aDashBetweenNumbersIsARangeNotAMinus() {
        assertThat(Tokenizer.tokenize("15-20")).extracting(Token::text).containsExactly("15", "-", "20");
        assertThat(Tokenizer.tokenize("15-20").get(2).number().value()).isEqualTo(20);
    }

    @Test
    void unitsStuckToNumbersAreSeparateTokensThatKnowTheyAreStuck() {
        List<Token> tokens = Tokenizer.tokenize("20ml 14h30");
        assertThat(tokens).extracting(Token::text).containsExactly("20", "ml", "14", "h", "30");
        assertThat(tokens).extracting(Token::spaced).containsExactly(true, false, true, false, false);
    }

    @Test
    void hugeDigitRunsAreCappedNotParsed() {
        Token token = Tokenizer.tokenize("9".repeat(5000)).get(0);
        assertThat(token.number().value()).isEqualTo(Numeral.HUGE);
        assertThat(token.number().integerDigits()).isEqualTo(5000);
    }

    @Test
    void wordsAreMatchedWithoutCaseAccentsOrInvisibleMarks() {
        assertThat(Tokenizer.tokenize("Fórmula SAQUÉ Pañales")).extracting(Token::text)
                .containsExactly("formula", "saque", "panales");
        assertThat(Tokenizer.tokenize("✔️")).extracting(Token::text).containsExactly("✔");
        assertThat(Tokenizer.tokenize("pum\u200Bped")).extracting(Token::text).containsExactly("pum", "ped");
        assertThat(Tokenizer.tokenize("I’m")).extracting(Token::text).containsExactly("i'm");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "  felt 😴 relaxed";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens).extracting(token -> text.substring(token.start(), token.end()))
                .containsExactly("felt", "😴", "relaxed");
    }
}
