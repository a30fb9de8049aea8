package org.relactation.bot.onboarding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relactation.bot.content.ContentCatalog;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Onboarding answers typed in a parent's own words, in either language. */
class TypedAnswersTest {
    private static final TypedAnswers TYPED = new TypedAnswers(ContentCatalog.load());

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "SITUATION | i want to bring my milk back           | relactate",
            "SITUATION | quiero recuperar mi leche               | relactate",
            "SITUATION | we adopted our son                      | induce",
            "SITUATION | tengo leche pero poca                   | boost",
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
            "GOAL      | solo quiero que mame para calmarse      | comfort",
            "GOAL      | me gustaría darle toda mi leche         | full",
            "SESSIONS  | 10                                      | s10",
            "SESSIONS  | ocho                                    | s8",
            "SESSIONS  | every 3 hours                           | s8",
            "SESSIONS  | una cada 2 horas                        | s12",
            "SESSIONS  | i can do 10 times a day                 | s10",
            "SESSIONS  | 9 or 10 i guess                         | s10",
            "SESSIONS  | siete                                   | s8",
            "SESSIONS  | 11 al día                               | s12",
            "SESSIONS  | 8 o 9 al dia                            | s8",
            "NIGHT     | sí                                      | yes",
    })
    void namesAChoice(Question question, String text, String choice) {
        assertThat(TYPED.choice(question, text)).hasValue(choice);
    }

    /** A length of time lands in the choice whose label holds it: the ranges meet without overlapping. */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "BABY_AGE | 5 weeks   | lt6w",
            "BABY_AGE | 6 weeks   | w6_12",
            "BABY_AGE | 12 weeks  | w6_12",
            "BABY_AGE | 3 months  | m3_6",
            "BABY_AGE | 5 months  | m3_6",
            "BABY_AGE | 6 months  | m6_12",
            "BABY_AGE | 11 months | m6_12",
            "BABY_AGE | 12 months | gt1y",
            "BABY_AGE | 1 year    | gt1y",
            "BABY_AGE | 3 meses   | m3_6",
            "BABY_AGE | 6 semanas | w6_12",
            "GAP      | 13 days   | lt2w",
            "GAP      | 2 weeks   | w2_4",
            "GAP      | 4 weeks   | w2_4",
            "GAP      | 1 month   | m1_2",
            "GAP      | 2 months  | m2_6",
            "GAP      | 6 months  | gt6m",
            "GAP      | 6 meses   | gt6m",
    })
    void aLengthOfTimeLandsInTheRangeItsLabelSays(Question question, String text, String choice) {
        assertThat(TYPED.choice(question, text)).hasValue(choice);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "14 March                  | 2027-03-14",
            "March 14th                | 2027-03-14",
            "the 14th of March         | 2027-03-14",
            "due on 14 march 2027      | 2027-03-14",
            "14 de marzo               | 2027-03-14",
            "nace el 14 de marzo de 2027 | 2027-03-14",
            "1º de febrero             | 2027-02-01",
            "14/03                     | 2027-03-14",
            "14/03/2027                | 2027-03-14",
            "14.3.27                   | 2027-03-14",
            "03/14/2027                | 2027-03-14",
            "2027-03-14                | 2027-03-14",
            "in 10 weeks               | 2027-01-29",
            "in about 2 months         | 2027-01-19",
            "dentro de 3 semanas       | 2026-12-11",
            "faltan dos meses          | 2027-01-19",
            "en un mes                 | 2026-12-20",
            "12 November               | 2026-11-12",
    })
    void anExpectedDateIsReadFromADateOrATimeFromNow(String text, LocalDate date) {
        assertThat(TYPED.dueDate(text, TODAY, null)).hasValue(date);
    }

    @Test
    void aDateThatReadsTwoWaysIsReadAsTheParentsCountryWritesIt() {
        assertThat(TYPED.dueDate("3/4", TODAY, null)).isEmpty();
        assertThat(TYPED.dueDate("3/4", TODAY, false)).hasValue(LocalDate.of(2027, 4, 3));
        assertThat(TYPED.dueDate("3/4", TODAY, true)).hasValue(LocalDate.of(2027, 3, 4));
        assertThat(TYPED.dueDate("4/4", TODAY, null)).hasValue(LocalDate.of(2027, 4, 4));
    }

    @Test
    void somethingThatIsNoExpectedDateNamesNone() {
        assertThat(TYPED.dueDate("I don't know yet", TODAY, null)).isEmpty();
        assertThat(TYPED.dueDate("sometime in March", TODAY, null)).isEmpty(); // no day
        assertThat(TYPED.dueDate("is 6 weeks enough to start?", TODAY, null)).isEmpty();
        assertThat(TYPED.dueDate("31 April", TODAY, null)).isEmpty();
        assertThat(TYPED.dueDate("14 March 2029", TODAY, null)).isEmpty(); // too far ahead
        assertThat(TYPED.dueDate("2025-01-01", TODAY, null)).isEmpty(); // long past
    }

    @Test
    void somethingElseNamesNone() {
        assertThat(TYPED.choice(Question.SITUATION, "how often should I pump?")).isEmpty();
        assertThat(TYPED.choice(Question.SESSIONS, "3")).isEmpty(); // fewer than any choice by more than one
        assertThat(TYPED.choice(Question.SESSIONS, "pumped 10 min just now")).isEmpty();
        assertThat(TYPED.choice(Question.SESSIONS, "every 8 hours")).isEmpty(); // 3 a day: no choice says so
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
        assertThat(TYPED.yesOrNo("sipi asi es")).hasValue(true);
    }

    @Test
    void aSoundOfHesitationBeforeTheAnswerIsNoAnswer() {
        assertThat(TYPED.yesOrNo("hmmm yes, that one")).hasValue(true);
        assertThat(TYPED.yesOrNo("ehh no, ese no es")).hasValue(false);
        assertThat(TYPED.yesOrNo("mmm")).isEmpty();
        assertThat(TYPED.yesOrNo("well")).isEmpty();
        assertThat(TYPED.yesOrNo("well I guess")).isEmpty();
    }

    @Test
    void confirmationsInBothLanguages() {
        assertThat(TYPED.yesOrNo("Yes")).hasValue(true);
        assertThat(TYPED.yesOrNo("sí")).hasValue(true);
        assertThat(TYPED.yesOrNo("vale!")).hasValue(true);
        assertThat(TYPED.yesOrNo("no")).hasValue(false);
        assertThat(TYPED.yesOrNo("Madrid")).isEmpty();
    }

    @Test
    void wakingHoursToldInASentenceWithAWordOfTheDaysRhythm() {
        assertThat(TYPED.wakingHours("i get up at 6 and go to bed at 10")).hasValueSatisfying(hours -> assertThat(hours)
                .containsEntry("rhythm.wakeFrom", "06:00").containsEntry("rhythm.wakeTo", "22:00"));
        assertThat(TYPED.wakingHours("me despierto a las 7 y me acuesto a las 11 de la noche"))
                .hasValueSatisfying(hours -> assertThat(hours).containsEntry("rhythm.wakeTo", "23:00"));
        // two times with no word of the day's rhythm are no waking hours
        assertThat(TYPED.wakingHours("pumped at 6 and 10")).isEmpty();
        assertThat(TYPED.wakingHours("7-22")).isPresent();
    }
}
