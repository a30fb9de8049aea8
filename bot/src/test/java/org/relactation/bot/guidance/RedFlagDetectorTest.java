package org.relactation.bot.guidance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relactation.bot.guidance.Fixtures.RED_FLAGS;

class RedFlagDetectorTest {
    /** language | message | the kinds it raises, comma-separated, or - for none. */
    private static final String CASES = """
            en | done, but I have a fever                                     | MOTHER
            en | pumped 15 min, baby had only 2 wet nappies today             | BABY
            en | I don't have a fever but my left breast is red and hot       | MOTHER
            en | there's a hard lump in my right breast that hurts            | MOTHER
            en | chills and body aches since last night                       | MOTHER
            en | I’ve got flu-like aches                                      | MOTHER
            en | bit of blood from my nipple after pumping                    | MOTHER
            en | pumping makes my nipples hurt                                | MOTHER
            en | he's very sleepy and hard to wake for feeds                  | BABY
            en | her soft spot looks sunken                                   | BABY
            en | dark yellow pee and dry lips                                 | BABY
            en | baby seems yellow, is that jaundice?                         | BABY
            en | he's lost weight since last week                             | BABY
            en | no wet diapers since this morning                            | BABY
            en | baby breathing fast and floppy                               | BABY
            en | only 4 wet nappies and 1 dirty one today                     | BABY
            en | baby had 3 wet nappies all day                               | BABY
            en | I feel hopeless and can't cope anymore                       | MOOD
            en | sometimes I think about hurting myself                       | MOOD
            en | fever and I cant stop crying                                 | MOTHER, MOOD
            en | No, fever since yesterday                                     | MOTHER
            en | FEVER!!!                                                     | MOTHER
            en | pumped 15 min 20 ml                                          | -
            en | pumped 20 min, 30 ml, baby had 8 wet nappies                 | -
            en | 3 wet nappies                                                | -
            es | 3 pañales mojados                                            | -
            en | no fever today                                               | -
            en | not feverish, just tired                                     | -
            en | no lumps, all good                                           | -
            en | how do I stop formula?                                       | -
            en | how often should I pump?                                     | -
            en | baby latched for 10 minutes and swallowed a lot              | -
            es | hecho, pero tengo fiebre                                     | MOTHER
            es | me saqué 15 min, el bebé solo hizo 2 pañales mojados hoy     | BABY
            es | tengo el pecho rojo y caliente                               | MOTHER
            es | me noté un bulto duro en el pecho                            | MOTHER
            es | escalofrios y me duele todo el cuerpo                        | MOTHER
            es | el bebé está muy dormido y cuesta despertarlo                | BABY
            es | orina oscura y la boca seca                                  | BABY
            es | lo veo raro, ¿puede ser ictericia?                           | BABY
            es | no gana peso desde hace dos semanas                          | BABY
            es | ningún pañal mojado desde anoche                             | BABY
            es | me siento deprimida y sin esperanza                          | MOOD
            es | a veces pienso en hacerme daño                               | MOOD
            es | no puedo más                                                 | MOOD
            es | ya no tiene fiebre pero hoy solo 3 pañales mojados           | BABY
            es | hice 15 min pero tengo fever                                 | MOTHER
            es | sin fiebre                                                   | -
            es | no tengo fiebre hoy                                          | -
            es | sin fiebre ni escalofríos                                    | -
            es | me saqué 20 ml en 15 minutos                                 | -
            es | ¿es normal que no salga nada?                                | -
            es | mi bebé rechaza el pecho                                     | -
            es | hoy 8 pañales mojados y 3 sucios                             | -
            """;

    static Stream<Arguments> cases() {
        return CASES.lines().filter(line -> !line.isBlank()).map(line -> line.split("\\|"))
                .map(row -> Arguments.of(row[0].strip(), row[1].strip(), kinds(row[2].strip())));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @MethodSource("cases")
    void findsRedFlagsInsideAnyMessage(String language, String message, Set<RedFlag> expected) {
        assertThat(RED_FLAGS.detect(language, message)).as("[" + language + "] " + message).isEqualTo(expected);
    }

    @Test
    void nothingToFindInNothing() {
        assertThat(RED_FLAGS.detect("en", null)).isEmpty();
        assertThat(RED_FLAGS.detect("en", "")).isEmpty();
        assertThat(RED_FLAGS.detect("es", "  ")).isEmpty();
    }

    @Test
    void anUnknownLanguageIsCheckedInTheFallbackLanguage() {
        assertThat(RED_FLAGS.detect("fr", "j'ai de la fever")).containsExactly(RedFlag.MOTHER);
    }

    @Test
    void eachKindPointsAtItsMessage() {
        assertThat(RedFlag.MOTHER.messageKey()).isEqualTo("safety.urgent");
        assertThat(RedFlag.BABY.messageKey()).isEqualTo("safety.urgent");
        assertThat(RedFlag.MOOD.messageKey()).isEqualTo("safety.mood");
        for (String language : Fixtures.CATALOG.languages()) {
            for (RedFlag kind : RedFlag.values()) {
                assertThat(Fixtures.CATALOG.texts(language).has(kind.messageKey())).isTrue();
            }
        }
    }

    @Test
    void aNegationOnlyCountsRightBeforeTheTrigger() {
        assertThat(RED_FLAGS.detect("en", "no problems with the pump, fever though")).containsExactly(RedFlag.MOTHER);
        assertThat(RED_FLAGS.detect("en", "no fever or chills")).containsExactly(RedFlag.MOTHER); // in doubt, flag
        assertThat(RED_FLAGS.detect("es", "no, tengo fiebre")).containsExactly(RedFlag.MOTHER);
    }

    @Test
    void aLongMessageIsCheckedQuickly() {
        String log = "pumped 15 min 20 ml, fed at the breast, skin to skin for an hour. ".repeat(60) + "fever";

        long start = System.nanoTime();
        Set<RedFlag> flags = RED_FLAGS.detect("es", log);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(flags).containsExactly(RedFlag.MOTHER);
        assertThat(millis).isLessThan(200);
    }

    private static Set<RedFlag> kinds(String list) {
        if (list.equals("-")) {
            return EnumSet.noneOf(RedFlag.class);
        }
        return Arrays.stream(list.split(",")).map(String::strip).map(RedFlag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RedFlag.class)));
    }
}
