package org.relactation.bot.text;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The typo distance accepts exactly what Lucene's Levenshtein automata with transpositions accept. */
class TypoDistanceTest {
    @Test
    void examples() {
        assertThat(within("pumping", "pumpnig", 1)).isTrue(); // a swap is one typo
        assertThat(within("pumping", "pmpnig", 1)).isFalse();
        assertThat(within("pumping", "pmpnig", 2)).isTrue();
        assertThat(within("leche", "lече", 2)).isFalse();
        assertThat(within("", "ab", 2)).isTrue();
        assertThat(within("niño", "nino", 1)).isTrue();
    }

    @Test
    void agreesWithLuceneOnRandomWords() {
        Random random = new Random(5);
        String letters = "abcdeñé";
        for (int i = 0; i < 3_000; i++) {
            String word = randomWord(random, letters, 1 + random.nextInt(9));
            String other = random.nextBoolean() ? typo(random, word, letters) : randomWord(random, letters,
                    1 + random.nextInt(9));
            for (int edits = 1; edits <= 2; edits++) {
                boolean lucene = new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(edits))
                        .run(other);
                assertThat(within(word, other, edits)).as("%s / %s within %d", word, other, edits).isEqualTo(lucene);
            }
        }
    }

    private static boolean within(String a, String b, int edits) {
        return TypoDistance.within(a.codePoints().toArray(), b.codePoints().toArray(), edits);
    }

    @Test
    void aSwapIsTwoNeighbouringLettersExchangedAndNothingElse() {
        assertThat(TypoDistance.swapped(cp("mni"), cp("min"))).isTrue();
        assertThat(TypoDistance.swapped(cp("fveer"), cp("fever"))).isTrue();
        assertThat(TypoDistance.swapped(cp("min"), cp("min"))).isFalse();
        assertThat(TypoDistance.swapped(cp("never"), cp("fever"))).isFalse();
        assertThat(TypoDistance.swapped(cp("nim"), cp("min"))).isFalse();
        assertThat(TypoDistance.swapped(cp("mins"), cp("min"))).isFalse();
    }

    private static int[] cp(String word) {
        return word.codePoints().toArray();
    }

    private static String randomWord(Random random, String letters, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String typo(Random random, String word, String letters) {
        StringBuilder changed = new StringBuilder(word);
        for (int n = 1 + random.nextInt(3); n > 0 && changed.length() > 1; n--) {
            int at = random.nextInt(changed.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> changed.deleteCharAt(at);
                case 1 -> changed.insert(at, letters.charAt(random.nextInt(letters.length())));
                case 2 -> changed.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                default -> {
                    char c = changed.charAt(at);
                    changed.setCharAt(at, changed.charAt(at + 1));
                    changed.setCharAt(at + 1, c);
                }
            }
        }
        return changed.toString();
    }
}
