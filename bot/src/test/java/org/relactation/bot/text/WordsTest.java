package org.relactation.bot.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {
    @Test
    void foldsCaseAccentsAndApostrophes() {
        assertThat(Words.fold("Pañal")).isEqualTo("panal");
        assertThat(Words.fold("Can't")).isEqualTo("cant");
        assertThat(Words.fold("can’t")).isEqualTo("cant");
        assertThat(Words.fold("CAN`T")).isEqualTo("cant");
        assertThat(Words.fold("already folded")).isEqualTo("already folded");
        assertThat(Words.of("Pumped 15 min, 20ml!! ¿Qué tal? 😊x")).containsExactly("pumped", "15", "min", "20ml",
                "que", "tal", "x");
        assertThat(Words.of("")).isEmpty();
        assertThat(Words.of(" ,. ")).isEmpty();
    }

    /**
     * The folding and the splitting written by hand answer as the Unicode decomposition and the regular expression
     * they replaced (kept here as they were) on every message and question of the corpora, every line of the content,
     * and random text of letters, marks, digits, apostrophes, emoji and separators of many scripts.
     */
    @Test
    void answersAsTheRegularExpressionAndDecompositionDidOnTheCorporaTheContentAndRandomText() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../content"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".yaml"))
                        .toList()) {
                    texts.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(10_000);
        Random random = new Random(19);
        int[] alphabet = "aZñÑçÇüÜéÉ'’`´ʼ 0 9,.!?-_\t\nİıßẞ١٢ΣσςЖж中文あア\u0301\u0308Ⅻ½²😊👍🏽\uD835\uDC00".codePoints()
                .toArray();
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(Words.fold(text)).as(text).isEqualTo(OldWords.fold(text));
            assertThat(Words.of(text)).as(text).isEqualTo(OldWords.of(text));
        }
    }

    /** Words as it was before it was written by hand. */
    private static final class OldWords {
        private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

        static String fold(String text) {
            String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
            StringBuilder out = new StringBuilder(decomposed.length());
            for (int i = 0; i < decomposed.length(); i++) {
                char c = decomposed.charAt(i);
                if (Character.getType(c) == Character.NON_SPACING_MARK || "'\u2019\u2018\u02BC`\u00B4".indexOf(c) >= 0) {
                    continue;
                }
                out.append(c);
            }
            return out.toString().toLowerCase(Locale.ROOT);
        }

        static List<String> of(String text) {
            return Arrays.stream(SEPARATORS.split(fold(text))).filter(word -> !word.isEmpty()).toList();
        }
    }
}
