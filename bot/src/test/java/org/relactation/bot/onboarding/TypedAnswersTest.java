package org.relactation.bot.onboarding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relactation.bot.content.ContentCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** Onboarding answers typed in a parent's own words, in either language. */
class TypedAnswersTest {
    private static final TypedAnswers TYPED = new TypedAnswers(ContentCatalog.load());

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "SITUATION | i want to bring my milk back           | relactate",
            "SITUATION | quiero recuperar mi leche               | relactate",
            "SITUATION | we adopted our son                      | induce",
            "SITUATION | tengo poca leche                        | boost",
            "GAP       | hace como un mes                        | m1_2",
            "GAP       | about 3 weeks ago                       | w2_4",
            "GAP       | 10 days                                 | lt2w",
            "GAP       | two months                              | m2_6",
            "BABY_AGE  | todavía no nace                         | not_yet",
            "BABY_AGE  | she's 5 weeks                           | lt6w",
            "BABY_AGE  | 7 weeks old                             | w6_12",
            "BABY_AGE  | tiene 4 meses                           | m3_6",
            "FEEDING   | just formula                            | formula",
            "FEEDING   | no se agarra al pecho                   | refuses",
            "GOAL      | no formula at all                       | full",
            "GOAL      | no sé                                   | unsure",
            "GOAL      | quiero dar pecho y fórmula              | partial",
            "GOAL      | mixed feeding i think                   | partial",
            "SESSIONS  | 10                                      | s10",
            "SESSIONS  | ocho                                    | s8",
            "NIGHT     | sí                                      | yes",
    })
    void namesAChoice(Question question, String text, String choice) {
        assertThat(TYPED.choice(question, text)).hasValue(choice);
    }

    @Test
    void somethingElseNamesNone() {
        assertThat(TYPED.choice(Question.SITUATION, "how often should I pump?")).isEmpty();
        assertThat(TYPED.choice(Question.SESSIONS, "9")).isEmpty();
        assertThat(TYPED.choice(Question.GAP, "patata")).isEmpty();
    }

    @Test
    void aShortEverydayWordNamesAChoiceOnlyInAShortAnswer() {
        assertThat(TYPED.choice(Question.GOAL, "all")).hasValue("full");
        assertThat(TYPED.choice(Question.GOAL, "honestly i'm really nervous about all this")).isEmpty();
        assertThat(TYPED.choice(Question.NIGHT, "no")).hasValue("no");
        assertThat(TYPED.choice(Question.NIGHT, "me da miedo que no funcione con nosotros")).isEmpty();
        // A longer phrase, or a longer word, still counts in a long message.
        assertThat(TYPED.choice(Question.GOAL, "i would love to feed exclusively one day")).hasValue("full");
    }

    @Test
    void aYesSaidTwiceOrHeldDownIsAYes() {
        assertThat(TYPED.yesOrNo("sisi")).hasValue(true);
        assertThat(TYPED.yesOrNo("si si")).hasValue(true);
        assertThat(TYPED.yesOrNo("siiii")).hasValue(true);
        assertThat(TYPED.yesOrNo("nooo")).hasValue(false);
        assertThat(TYPED.yesOrNo("sisters")).isEmpty();
    }

    @Test
    void confirmationsInBothLanguages() {
        assertThat(TYPED.yesOrNo("Yes")).hasValue(true);
        assertThat(TYPED.yesOrNo("sí")).hasValue(true);
        assertThat(TYPED.yesOrNo("vale!")).hasValue(true);
        assertThat(TYPED.yesOrNo("no")).hasValue(false);
        assertThat(TYPED.yesOrNo("Madrid")).isEmpty();
    }
}
