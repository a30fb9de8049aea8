package org.relactation.bot.logbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogVocabularyTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theShippedWordsLoad() {
        LogVocabulary vocabulary = LogVocabulary.load();
        assertThat(senses(vocabulary, "en", "double pumped 20 min")).containsExactly(Sense.METHOD, Sense.NUMBER,
                Sense.DURATION_UNIT);
        assertThat(senses(vocabulary, "es", "y 20 ml de fórmula")).containsExactly(Sense.FILLER, Sense.NUMBER,
                Sense.VOLUME_UNIT, Sense.FILLER, Sense.SUPPLEMENT_TYPE);
    }

    @Test
    void theParentsLanguageWinsWhereTwoLanguagesDisagree() throws Exception {
        LogVocabulary vocabulary = LogVocabulary.from(yaml("""
                en: {done: [ok]}
                es: {filler: [ok]}
                """));
        assertThat(senses(vocabulary, "en", "ok")).containsExactly(Sense.DONE);
        assertThat(senses(vocabulary, "es", "ok")).containsExactly(Sense.FILLER);
        assertThat(senses(vocabulary, "fr", "ok")).containsExactly(Sense.DONE);
    }

    @Test
    void aLanguageMaySpellItsWordsWithoutASilentLetterOrAsDiminutives() throws Exception {
        LogVocabulary vocabulary = LogVocabulary.from(yaml("""
                es:
                  silent_initial: [h]
                  diminutives: {a: [ita], os: [itos], o: [ito]}
                  done: [hecho]
                  filler: [una]
                  duration_units: {"1": [minutos], "60": [hora]}
                  methods: {nurse: [teta]}
                """));
        assertThat(senses(vocabulary, "es", "teta una ora")).containsExactly(Sense.METHOD, Sense.FILLER,
                Sense.DURATION_UNIT);
        assertThat(senses(vocabulary, "es", "tetita minutitos horita")).containsExactly(Sense.METHOD,
                Sense.DURATION_UNIT, Sense.DURATION_UNIT);
        // "echo" is a word of its own: "done" keeps its first letter; a filler word keeps its spelling
        assertThat(senses(vocabulary, "es", "echo unita")).containsExactly(Sense.WORD, Sense.WORD);
        assertThatThrownBy(() -> LogVocabulary.from(yaml("es: {diminutives: [ito]}\n")))
                .hasMessageContaining("es.diminutives");
    }

    @Test
    void aWordYamlReadsAsABooleanIsRejected() throws Exception {
        assertThatThrownBy(() -> LogVocabulary.from(yaml("es: {filler: [de, no]}\n")))
                .hasMessageContaining("es.filler").hasMessageContaining("quote");
    }

    @Test
    void aPhraseWithDigitsIsRejected() throws Exception {
        assertThatThrownBy(() -> LogVocabulary.from(yaml("en: {done: [done 2]}\n")))
                .hasMessageContaining("en.done").hasMessageContaining("never digits");
    }

    @Test
    void onePhraseWithTwoMeaningsInOneLanguageIsRejected() throws Exception {
        assertThatThrownBy(() -> LogVocabulary.from(yaml("en: {done: [ok], filler: [ok]}\n")))
                .hasMessageContaining("en.filler").hasMessageContaining("second meaning");
    }

    @Test
    void unknownSectionsAndKeysAreRejected() throws Exception {
        assertThatThrownBy(() -> LogVocabulary.from(yaml("en: {dnoe: [done]}\n")))
                .hasMessageContaining("en.dnoe");
        assertThatThrownBy(() -> LogVocabulary.from(yaml("en: {methods: {pumpp: [pumped]}}\n")))
                .hasMessageContaining("en.methods.pumpp");
    }

    private static List<Sense> senses(LogVocabulary vocabulary, String language, String text) {
        return vocabulary.forLanguage(language).pieces(Tokenizer.tokenize(text)).stream().map(Piece::sense).toList();
    }

    private static JsonNode yaml(String text) throws Exception {
        return YAML.readTree(text);
    }
}
