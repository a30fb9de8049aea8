package org.relactation.bot.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relactation.bot.content.ContentCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** How the detector reads: word order, negation, the past, general questions, who is spoken of, numbers, typos. */
class RedFlagDetectorTest {
    private static final RedFlagDetector DETECTOR = new RedFlagDetector(ContentCatalog.load());

    private static String signs(String message) {
        return String.join(",", DETECTOR.detect(message, "en").signs().stream().map(Sign::key).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // any word order within a sentence
            "hot red patch left boob | mastitis",
            "the left boob has a patch that feels hot and looks red | mastitis",
            // a negation reaches only what follows it in its clause
            "no fever but my breast is red and hot | mastitis",
            "no fever, just tired | ''",
            "I don't have a fever | ''",
            "no tengo fiebre ni escalofríos | ''",
            "not sure if it's mastitis | mastitis",
            // a sign made of a negation
            "no wet nappies since this morning | dehydration",
            "she won't wake up for feeds | baby_emergency",
            // the past and general questions do not count, except thoughts of suicide
            "had mastitis last year | ''",
            "tuve mastitis con mi primer hijo | ''",
            "had mastitis last year and now my breast is red again | mastitis",
            "how can I prevent mastitis? | ''",
            "what are the signs of dehydration | ''",
            "is it normal to think about killing myself | crisis",
            // who is spoken of
            "I'm so sleepy today | ''",
            "the baby is so sleepy, I can't get her to feed | dehydration,poor_feeding",
            "my baby has a fever | baby_fever",
            // numbers
            "temp 38.3 and shivery | mastitis",
            "baby is 100.8F | baby_fever",
            "her temp is 37.2 so no fever | ''",
            "only 2 wet nappies in 24 hours | dehydration",
            "3 wet nappies so far this morning | ''",
            "my 6 week old has a fever of 38.1 | baby_fever_young",
            "mi bebé de 2 meses tiene 38,5 de fiebre | baby_fever_young",
            // typos that are not in any word list
            "palpitatons since the domperidone | heart",
            "i think hes jaundicd | jaundice",
            "creo que está deshidratdo | dehydration",
            // weights compared: a current weight below or equal to an earlier one
            "weighed 5.2kg today, last week 5.4kg | weight",
            "weighed 5.2kg today, last week 5.0kg | ''",
            "pesa 4,3 y nació con 4,5 | weight",
            "I weigh 65kg, was 70kg before the pregnancy | ''",
            // a concept right after another, someone else spoken of, reported speech
            "his face went blue | baby_emergency",
            "she looks cute in her blue hat | ''",
            "my husband almost fainted at the price lol | ''",
            "the health visitor says he lost weight | weight",
            "my wife is on domperidone and her heart is racing | heart",
            // a question and its answer go together; zero is none
            "wet nappies today? only 1 | dehydration",
            "0 wet nappies since last night | dehydration",
            // what is over is over
            "she had a fever yesterday but it's gone now | ''",
            // doses: naming one or asking how much
            "can I take 30mg domperidone | dose",
            "how many domperidone tablets can I take | dose",
            "what is domperidone? | ''",
            "since domperidone I have more milk | ''",
    })
    void readsAsParentsWrite(String message, String expected) {
        assertThat(signs(message)).isEqualTo(expected);
    }

    @Test
    void theMostUrgentSignComesFirstAndOneSignCanStandForAnother() {
        assertThat(signs("my baby is floppy and has had no wet nappies today")).isEqualTo("baby_emergency");
        assertThat(signs("pumped 10 min. nipple bleeding and she's been very sleepy")).startsWith("nipple_blood")
                .contains("dehydration");
        assertThat(signs("I want to die, I feel so depressed")).isEqualTo("crisis");
    }

    @Test
    void theAnswerLanguageIsTheMessagesWhateverTheTelegramLanguage() {
        assertThat(DETECTOR.detect("mi bebé casi no moja pañales", "en").language()).isEqualTo("es");
        assertThat(DETECTOR.detect("my baby has barely any wet diapers today", "es").language()).isEqualTo("en");
        assertThat(DETECTOR.detect("38.9", "es").language()).isEqualTo("es");
    }

    @Test
    void aBabysAgeAndACountryNamedAreRead() {
        RedFlagDetector.Detection found = DETECTOR.detect("estoy en México y mi bebé de 3 semanas tiene fiebre", "es");
        assertThat(found.babyAgeDays()).hasValue(21);
        assertThat(found.countriesNamed()).containsExactly("MX");
        assertThat(DETECTOR.detect("pumping for 6 weeks now, she has a fever", "en").babyAgeDays()).isEmpty();
    }

    @Test
    void nothingInNothing() {
        assertThat(DETECTOR.detect("", "en").isEmpty()).isTrue();
        assertThat(DETECTOR.detect(null, "en").isEmpty()).isTrue();
        assertThat(DETECTOR.detect("👍", "en").isEmpty()).isTrue();
    }
}
