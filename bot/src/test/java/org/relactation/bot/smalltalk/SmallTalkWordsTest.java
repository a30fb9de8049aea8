package org.relactation.bot.smalltalk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relactation.bot.content.ContentCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message is made of: kinds of small talk, their language, and words that are none of them. */
class SmallTalkWordsTest {
    private static final SmallTalkWords WORDS = new SmallTalkWords(ContentCatalog.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "hi                                  | en | greeting   | en | 0",
            "Hola!!                              | en | greeting   | es | 0",
            "thanks a lot 🙏                      | es | thanks     | en | 0",
            "buenas noches, gracias              | en | greeting   | es | 0",
            "im so exhaustd                      | en | tired      | en | 0",
            "estoy agotada, quiero dejarlo       | en | tired      | es | 0",
            "hi, how often should I pump         | en | greeting   | en | 4",
            // a phrase with small words inside it ("feeling low" said "feeling super low")
            "feeling super low today ngl         | en | sad        | en | 0",
            "sin muchas ganas                    | es | sad        | es | 0",
    })
    void readsKindsLanguageAndTheRest(String message, String parentLanguage, String firstKind, String language,
                                      int otherWords) {
        SmallTalkWords.Reading reading = WORDS.read(message, parentLanguage);

        assertThat(reading.kinds()).first().isEqualTo(firstKind);
        assertThat(reading.language()).isEqualTo(language);
        assertThat(reading.otherWords()).isEqualTo(otherWords);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a bit nervous the whole thing flops on us   | en | worried",
            "sort of fed up with the pump honestly       | en | frustrated",
            "esto es más duro de lo que creía            | es | frustrated",
            "why is everything so hard                   | en | frustrated",
            "starting to feel so worried                 | en | worried",
    })
    void aFeelingAfterSeveralWordsOfFillerOrSaidOfUsIsShared(String message, String language, String feeling) {
        SmallTalkWords.Reading reading = WORDS.read(message, language);

        assertThat(reading.opensWith()).isEqualTo(feeling);
        assertThat(SmallTalk.worded(reading)).isEqualTo(feeling);
    }
}
