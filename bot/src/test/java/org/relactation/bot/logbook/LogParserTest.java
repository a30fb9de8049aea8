package org.relactation.bot.logbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser against the phrasings parents use, in both languages. Every case runs at a fixed instant:
 * Thursday 15 January 2026, 15:00 UTC, which is 16:00 in Madrid, 10:00 in New York and 20:30 in Kolkata.
 */
class LogParserTest {
    static final LogParser PARSER = LogParser.load();
    static final Instant NOW = Instant.parse("2026-01-15T15:00:00Z");
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    /**
     * One row a message: text | language | what is expected | note (empty: none). What is expected lists the
     * kind, then only the fields that are set, every other field being null: a method, a side or a supplement by
     * name, "15min", "20ml", "3wet", "1dirty", what each breast gave ("L20ml", "R8min"), and when: "@14:30" (today
     * in Madrid), "@yesterday-22:00", "@-30m" (that long before now), or nothing for now, with no time given.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // "done" and friends: a session now with the parent's default method
            "done                                       | en | SESSION DEFAULT                    |",
            "Done!                                      | en | SESSION DEFAULT                    |",
            "ok done                                    | en | SESSION DEFAULT                    |",
            "✅                                          | en | SESSION DEFAULT                    |",
            "done ✅                                     | en | SESSION DEFAULT                    |",
            "hecho                                      | es | SESSION DEFAULT                    |",
            "listo                                      | es | SESSION DEFAULT                    |",
            "Ya                                         | es | SESSION DEFAULT                    |",
            "ya está                                    | es | SESSION DEFAULT                    |",
            "done                                       | es | SESSION DEFAULT                    |",
            "done left                                  | en | SESSION DEFAULT LEFT               |",
            "done 15                                    | en | SESSION DEFAULT 15min              |",
            "listo 15                                   | es | SESSION DEFAULT 15min              |",
            "done for today                             | en | SESSION DEFAULT                    |",
            // a duration or volume alone: the parent tapped "done" and typed the amount
            "15 min                                     | en | SESSION DEFAULT 15min              |",
            "20 ml                                      | en | SESSION DEFAULT 20ml               |",
            "0.5 oz                                     | en | SESSION DEFAULT 15ml               |",
            "1 h                                        | en | SESSION DEFAULT 60min              |",
            "20 minutos                                 | es | SESSION DEFAULT 20min              |",
            "media hora                                 | es | SESSION DEFAULT 30min              |",
            "L 10 R 8                                   | en | SESSION DEFAULT BOTH 18min L10min R8min |",
            // pumping, with every way of writing minutes and ml
            "pumped 15 min 20ml                         | en | SESSION PUMP 15min 20ml            |",
            "pumped 15ish min, 20ish ml                 | en | SESSION PUMP 15min 20ml            |",
            "pumped 15                                  | en | SESSION PUMP 15min                 |",
            "pumped 15m                                 | en | SESSION PUMP 15min                 |",
            "pump 15 mins                               | en | SESSION PUMP 15min                 |",
            "Pumped 15 minutes, 20 ml total             | en | SESSION PUMP 15min 20ml            |",
            "pumped for 15: 20 mL                       | en | SESSION PUMP 15min 20ml            |",
            "pumped 1h 5m                               | en | SESSION PUMP 65min                 |",
            "pumped 1 h 30                              | en | SESSION PUMP 90min                 |",
            "pumped 1h30                                | en | SESSION PUMP 90min                 |",
            "pumped 1.5 hours                           | en | SESSION PUMP 90min                 |",
            "pumped 1:05 h                              | en | SESSION PUMP 65min                 |",
            "pumped half an hour                        | en | SESSION PUMP 30min                 |",
            "pumped a quarter of an hour                | en | SESSION PUMP 15min                 |",
            "pumped fifteen minutes                     | en | SESSION PUMP 15min                 |",
            "pumped 15-20 min                           | en | SESSION PUMP 18min                 |",
            "pumped 2 oz                                | en | SESSION PUMP 59ml                  |",
            "pumped 20cc                                | en | SESSION PUMP 20ml                  |",
            "pumped 15 min 0 ml                         | en | SESSION PUMP 15min 0ml             |",
            "pumped 20 ml L 15 ml R                     | en | SESSION PUMP BOTH 35ml L20ml R15ml |",
            "saqué 20 ml del izquierdo y 15 del derecho | es | SESSION PUMP BOTH 35ml L20ml R15ml |",
            "pumped 2 oz left 1 right                   | en | SESSION PUMP BOTH 89ml L59ml R30ml |",
            "L 10 min R 8                               | en | SESSION DEFAULT BOTH 18min L10min R8min |",
            // one unit said once at the end, for both sides
            "L 20 R 15 ml                               | en | SESSION DEFAULT BOTH 35ml L20ml R15ml |",
            "pumped left 20 right 15 ml                 | en | SESSION PUMP BOTH 35ml L20ml R15ml |",
            "izq 10 der 12 ml                           | es | SESSION DEFAULT BOTH 22ml L10ml R12ml |",
            "R 15 L 20 ml                               | en | SESSION DEFAULT BOTH 35ml L20ml R15ml |",
            "L 10 R 8 min                               | en | SESSION DEFAULT BOTH 18min L10min R8min |",
            "L 10 min 20 ml R 8 min 15 ml               | en | SESSION DEFAULT BOTH 18min 35ml L10min R8min L20ml R15ml |",
            // one side named twice, or one amount for two sides: the total only
            "pumped 20 ml 15 ml left                    | en | SESSION PUMP LEFT 35ml             |",
            "pumped left and right 30 ml                | en | SESSION PUMP BOTH 30ml             |",
            "pumped 20+15 ml                            | en | SESSION PUMP 35ml                  |",
            "pumped .5 oz                               | en | SESSION PUMP 15ml                  |",
            "pumped both 20 min                         | en | SESSION PUMP BOTH 20min            |",
            "double pumped 20 min 45 ml                 | en | SESSION DOUBLE_PUMP 20min 45ml     |",
            "double pump 1h 5m                          | en | SESSION DOUBLE_PUMP 65min          |",
            "hand expressed 10 min 5 ml                 | en | SESSION HAND 10min 5ml             |",
            "hand expression 10 min                     | en | SESSION HAND 10min                 |",
            "expressed by hand 12 min                   | en | SESSION HAND 12min                 |",
            "saqué 20 ml                                | es | SESSION PUMP 20ml                  |",
            "me saqué 15 minutos 30 ml                  | es | SESSION PUMP 15min 30ml            |",
            "sacaleches 20 minutos                      | es | SESSION PUMP 20min                 |",
            "extraje 10 ml                              | es | SESSION PUMP 10ml                  |",
            "bombeé 20 min                              | es | SESSION PUMP 20min                 |",
            "saqué 1,5 onzas                            | es | SESSION PUMP 44ml                  |",
            "pumped 1,5 oz                              | es | SESSION PUMP 44ml                  |",
            "saqué 1 hora y media                       | es | SESSION PUMP 90min                 |",
            "saqué hora y media                         | es | SESSION PUMP 90min                 |",
            "nursed an hour and a half                  | en | SESSION NURSE 90min                |",
            "saqué 1 hora y 5 minutos                   | es | SESSION PUMP 65min                 |",
            "extracción doble 20 min 60 ml              | es | SESSION DOUBLE_PUMP 20min 60ml     |",
            "saqué doble 15 min                         | es | SESSION DOUBLE_PUMP 15min          |",
            "a mano 10 min                              | es | SESSION HAND 10min                 |",
            "extracción manual 10 minutos               | es | SESSION HAND 10min                 |",
            "me saqué a mano 5 ml                       | es | SESSION HAND 5ml                   |",
            // nursing and the supplementer
            "nursed left 10 min                         | en | SESSION NURSE LEFT 10min           |",
            "nursing both 20 min                        | en | SESSION NURSE BOTH 20min           |",
            "fed at breast 15 min R                     | en | SESSION NURSE RIGHT 15min          |",
            "breastfed 25 minutes                       | en | SESSION NURSE 25min                |",
            "latched 10 min left side                   | en | SESSION NURSE LEFT 10min           |",
            "nursed L 10 R 8                            | en | SESSION NURSE BOTH 18min L10min R8min |",
            "nursed                                     | en | SESSION NURSE                      |",
            "le di teta 10 minutos                      | es | SESSION NURSE 10min                |",
            "di el pecho izquierdo 15 min               | es | SESSION NURSE LEFT 15min           |",
            "teta derecha 10                            | es | SESSION NURSE RIGHT 10min          |",
            "amamanté ambos 20 min                      | es | SESSION NURSE BOTH 20min           |",
            "mamó 10 minutos los dos                    | es | SESSION NURSE BOTH 10min           |",
            "lactó izq 5 der 7                          | es | SESSION NURSE BOTH 12min L5min R7min |",
            "se prendió al pecho 8 min                  | es | SESSION NURSE 8min                 |",
            "se enganchó 12 min del izquierdo           | es | SESSION NURSE LEFT 12min           |",
            "izq 10 der 12                              | es | SESSION DEFAULT BOTH 22min L10min R12min |",
            "supplementer 20 min 30 ml                  | en | SESSION SUPPLEMENTER 20min 30ml    |",
            "SNS 15 min                                 | en | SESSION SUPPLEMENTER 15min         |",
            "lactation aid 20 min                       | en | SESSION SUPPLEMENTER 20min         |",
            "SNS 30 ml formula 20 min                   | en | SESSION SUPPLEMENTER 20min 30ml    | formula",
            "relactador 20 min                          | es | SESSION SUPPLEMENTER 20min         |",
            "suplementador 15 min 40 ml                 | es | SESSION SUPPLEMENTER 15min 40ml    |",
            // times, in Madrid at 16:00
            "pumped 15 min 20 ml at 14:30               | en | SESSION PUMP 15min 20ml @14:30     |",
            "pumped at 2:30pm                           | en | SESSION PUMP @14:30                |",
            "pumped at 2:30 p.m.                        | en | SESSION PUMP @14:30                |",
            "pumped 14h30                               | en | SESSION PUMP @14:30                |",
            "pumped at 2:30                             | en | SESSION PUMP @14:30                |",
            "pumped at 10                               | en | SESSION PUMP @10:00                |",
            "pumped 15 at 9 this morning                | en | SESSION PUMP 15min @09:00          |",
            "done at noon                               | en | SESSION DEFAULT @12:00             |",
            "pumped 30 min ago                          | en | SESSION PUMP @-30m                 |",
            "nursed an hour ago                         | en | SESSION NURSE @-60m                |",
            "done 20 ml 1h ago                          | en | SESSION DEFAULT 20ml @-60m         |",
            "pumped 15 min 2 hours ago                  | en | SESSION PUMP 15min @-120m          |",
            "pumped yesterday 22:00                     | en | SESSION PUMP @yesterday-22:00      |",
            "pumped yesterday at 10pm 20 ml             | en | SESSION PUMP 20ml @yesterday-22:00 |",
            "nursed last night at 11                    | en | SESSION NURSE @yesterday-23:00     |",
            "anoche a las 2 di el pecho                 | es | SESSION NURSE @02:00               |",
            "ayer a las 22:00 saqué 20 ml               | es | SESSION PUMP 20ml @yesterday-22:00 |",
            "a las 14:30 saqué 20 ml                    | es | SESSION PUMP 20ml @14:30           |",
            "saqué a las 10 de la mañana                | es | SESSION PUMP @10:00                |",
            "ayer le di teta tipo a las 9 de la noche   | es | SESSION NURSE @yesterday-21:00     |",
            "pumped yesterday around 3 in the afternoon | en | SESSION PUMP @yesterday-15:00      |",
            "pumped around 15 min                       | en | SESSION PUMP 15min                 |",
            "me saqué leche recién 15 min               | es | SESSION PUMP 15min @-0m            |",
            "ayer saqué 20 ml como a las 5 de la tarde  | es | SESSION PUMP 20ml @yesterday-17:00 |",
            "extraje tipo 15 min                        | es | SESSION PUMP 15min                 |",
            "saqué 15 min a las dos                     | es | SESSION PUMP 15min @14:00          |",
            "hace 30 min di el pecho                    | es | SESSION NURSE @-30m                |",
            "hace media hora saqué 15 min               | es | SESSION PUMP 15min @-30m           |",
            "saqué 20 ml hace 1h30                      | es | SESSION PUMP 20ml @-90m            |",
            "hace 30 saqué 20 ml                        | es | SESSION PUMP 20ml @-30m            |",
            "saqué 20 ml hace un rato                   | es | SESSION PUMP 20ml @-30m            |",
            "pumped a while ago                         | en | SESSION PUMP @-30m                 |",
            // Spanish spelt as spoken: the silent h left out, diminutives, one moment said twice
            "me saqué hace media ora                    | es | SESSION PUMP @-30m                 |",
            "le di tetita unos 10 minutitos             | es | SESSION NURSE 10min                |",
            "me saqué 20 ml hace una horita             | es | SESSION PUMP 20ml @-60m            |",
            "le di pecho recién ahorita                 | es | SESSION NURSE @-0m                 |",
            // "acabo de" and an infinitive: just done
            "acabo de extraerme 15 ml                   | es | SESSION PUMP 15ml                  |",
            "le acabo de dar el pecho                   | es | SESSION NURSE                      |",
            // a part of the day without a time: about then (content/logwords.yaml), now when still to come
            "pumped 20 ml this morning                  | en | SESSION PUMP 20ml @09:00           |",
            "nursed after lunch 10 min                  | en | SESSION NURSE 10min @13:30         |",
            "did a power pump session this arvo         | en | SESSION PUMP @16:00                |",
            // a meal says about when, before it as after it
            "pumped before lunch 15 min                 | en | SESSION PUMP 15min @12:30         |",
            "teta de consuelo toda la tarde             | es | SESSION NURSE @16:00               |",
            // "about" after a length said in words, as after a number
            "se cogió al pecho 10 min                   | es | SESSION NURSE 10min                |",
            // "una", "one" before a word that is no unit is an article, no minute added
            "hice una extracción de 20 min              | es | SESSION PUMP 20min                 |",
            "did one session of 20 min                  | en | SESSION DEFAULT 20min              |",
            "le di una de fórmula                       | es | SUPPLEMENT FORMULA                 |",
            "mamó un ratito                             | es | SESSION NURSE                      | ratito",
            // "la teta" with its article, as "el pecho" (before: a feed and a session at once, refused)
            "le di la teta 10 min                       | es | SESSION NURSE 10min                |",
            "se quedó dormida mamando                   | es | SESSION NURSE                      |",
            // a session told after the thing done with the baby that the message opens with
            "did skin to skin and she latched           | en | SESSION NURSE                      | skin to skin",
            "lo tuve piel con piel y mamó               | es | SESSION NURSE                      | lo tuve piel con piel",
            "pumped an hour or so ago                   | en | SESSION PUMP @-60m                 |",
            "pumped half an hour or so                  | en | SESSION PUMP 30min                 |",
            // "about" joined by a hyphen
            "nursed an hour-ish ago                     | en | SESSION NURSE @-60m                |",
            "pumped 25-ish min                          | en | SESSION PUMP 25min                 |",
            "finished it just this second               | en | SESSION DEFAULT @-0m               |",
            // one of a unit said with "an", "una", and half a unit more
            "pumped about an oz                         | en | SESSION PUMP 30ml                  |",
            "hoy saqué mi primera onza                  | es | SESSION PUMP 30ml                  |",
            // "half 6" is half past six, as the UK says it
            "pumped at half past 9                      | en | SESSION PUMP @09:30               |",
            "nursed half 2                              | en | SESSION NURSE @14:30              |",
            // the past continuous tells a session
            "estuve sacándome leche 20 min              | es | SESSION PUMP 20min                 |",
            "me saqué una onza y media                  | es | SESSION PUMP 44ml                  |",
            "pumped 2 oz and a half                     | en | SESSION PUMP 74ml                  |",
            "acabo de terminar, hace un segundo         | es | SESSION DEFAULT @-0m               |",
            "me saqué 20 ml antes de comer              | es | SESSION PUMP 20ml @13:30           |",
            // an hour marked with "h" after a time word is a clock time: a session is never 14 hours
            "me saqué 20 ml a las 14h                   | es | SESSION PUMP 20ml @14:00           |",
            "antes de comer, sobre las 14h saqué 10 ml  | es | SESSION PUMP 10ml @14:00           |",
            "saqué 20 ml ayer por la tarde              | es | SESSION PUMP 20ml @yesterday-16:00 |",
            "le di teta anoche                          | es | SESSION NURSE @yesterday-23:00     |",
            "anoche de madrugada saqué 10 ml            | es | SESSION PUMP 10ml @04:00           |",
            "pumped tonight 15 min                      | en | SESSION PUMP 15min @-0m            |",
            "pumped yesterday evening                   | en | SESSION PUMP @yesterday-19:30      |",
            "pumped last nite                           | en | SESSION PUMP @yesterday-23:00      |",
            "me saqué hoy temprano                      | es | SESSION PUMP @06:30                |",
            "done with the night one, 15 ml             | en | SESSION DEFAULT 15ml @03:00        |",
            "hice la de la noche, 20 min                | es | SESSION DEFAULT 20min @03:00       |",
            "me saqué 20 ml hace como media hora        | es | SESSION PUMP 20ml @-30m            |",
            "pumped 01:05                               | en | SESSION PUMP @01:05                |",
            "pumped 1:05                                | en | SESSION PUMP @13:05                |",
            "ayer por la noche a las 11 saqué 20 ml     | es | SESSION PUMP 20ml @yesterday-23:00 |",
            "this morning I pumped 20 ml at 9           | en | SESSION PUMP 20ml @09:00           |",
            // notes: the words left over, as typed
            "pumped 15 min 20ml felt relaxed            | en | SESSION PUMP 15min 20ml            | felt relaxed",
            "pumped 15 min, 20ml. Felt relaxed!         | en | SESSION PUMP 15min 20ml            | Felt relaxed",
            "done, but I have a fever                   | en | SESSION DEFAULT                    | I have a fever",
            "nursed today. She fell asleep              | en | SESSION NURSE                      | She fell asleep",
            "listo, pero me duele                       | es | SESSION DEFAULT                    | me duele",
            "gave formula - she was starving            | en | SUPPLEMENT FORMULA                 | she was starving",
            "nursed 10 min, baby fell asleep            | en | SESSION NURSE 10min                | baby fell asleep",
            "pumped 20 ml breast milk                   | en | SESSION PUMP 20ml                  | breast milk",
            "saqué 15 min 20 ml, muy cansada            | es | SESSION PUMP 15min 20ml            | muy cansada",
            // supplements
            "gave 60 ml formula                         | en | SUPPLEMENT FORMULA 60ml            |",
            // a session word after "que", "after", "después de" only says which milk or when
            "gave 30 ml formula after the breast        | en | SUPPLEMENT FORMULA 30ml            | after the breast",
            "le di con cuchara 20 ml que me saqué       | es | SUPPLEMENT EXPRESSED 20ml          | que me saqué",
            "60ml formula                               | en | SUPPLEMENT FORMULA 60ml            |",
            "formula 60                                 | en | SUPPLEMENT FORMULA 60ml            |",
            "formula                                    | en | SUPPLEMENT FORMULA                 |",
            "donor milk 40                              | en | SUPPLEMENT DONOR 40ml              |",
            "40 ml donor                                | en | SUPPLEMENT DONOR 40ml              |",
            "bottle of expressed milk 50 ml             | en | SUPPLEMENT EXPRESSED 50ml          |",
            "top-up 30 ml formula                       | en | SUPPLEMENT FORMULA 30ml            |",
            "gave 2 oz formula at 14:00                 | en | SUPPLEMENT FORMULA 59ml @14:00     |",
            "bottle 60                                  | en | SUPPLEMENT OTHER 60ml              |",
            "le di 60 ml de fórmula                     | es | SUPPLEMENT FORMULA 60ml            |",
            "le di 60 de formula                        | es | SUPPLEMENT FORMULA 60ml            |",
            "leche donada 40                            | es | SUPPLEMENT DONOR 40ml              |",
            "biberón de 50 ml                           | es | SUPPLEMENT OTHER 50ml              |",
            "biberón de leche materna 80 ml             | es | SUPPLEMENT EXPRESSED 80ml          |",
            "hace 1 hora 30 ml de fórmula               | es | SUPPLEMENT FORMULA 30ml @-60m      |",
            // nappies
            "3 wet nappies                              | en | NAPPIES 3wet                       |",
            "3 wet diapers                              | en | NAPPIES 3wet                       |",
            "2 dirty                                    | en | NAPPIES 2dirty                     |",
            "6 wets today so far                        | en | NAPPIES 6wet                       |",
            "she drank the whole 60 from the bottle     | en | SUPPLEMENT OTHER 60ml              | from",
            "2 dirties and 5 wets                       | en | NAPPIES 5wet 2dirty                |",
            "wet nappy                                  | en | NAPPIES 1wet                       |",
            "1 poo                                      | en | NAPPIES 1dirty                     |",
            "3 wet 1 dirty                              | en | NAPPIES 3wet 1dirty                |",
            "wet 3 dirty 1                              | en | NAPPIES 3wet 1dirty                |",
            "nappies: 2 wet, 1 dirty                    | en | NAPPIES 2wet 1dirty                |",
            "two wet nappies                            | en | NAPPIES 2wet                       |",
            "changed 4 nappies                          | en | NAPPIES 4wet                       |",
            "2 wet nappies at 14:00                     | en | NAPPIES 2wet @14:00                |",
            "baby had only 2 wet nappies today          | en | NAPPIES 2wet                       | baby had only",
            "3 pañales mojados                          | es | NAPPIES 3wet                       |",
            "2 sucios                                   | es | NAPPIES 2dirty                     |",
            "pañal con caca                             | es | NAPPIES 1dirty                     |",
            "un pañal mojado y dos sucios               | es | NAPPIES 1wet 2dirty                |",
            "3 pañales, 1 con caca                      | es | NAPPIES 3wet 1dirty                |",
            // the kind after the nappy word, in the other language, and a soaked one
            "3 pañales wet hoy jaja                     | es | NAPPIES 3wet                       |",
            "2 nappies dirty                            | en | NAPPIES 2dirty                     |",
            "absolutely soaked nappy                    | en | NAPPIES 1wet                       |",
            // "each side": the amount was per breast
            "teta 10 min cada lado                      | es | SESSION NURSE BOTH 20min L10min R10min |",
            "both sides 10 min each                     | en | SESSION DEFAULT BOTH 20min L10min R10min |",
            "pumped 10 min 15 ml per side               | en | SESSION PUMP BOTH 20min 30ml L10min R10min L15ml R15ml |",
            // typos in the log's own words
            "pumpd 15 mni 12ml                          | en | SESSION PUMP 15min 12ml            |",
            "nursed 10 minuts                           | en | SESSION NURSE 10min                |",
            // drops, too little to measure, are a session with the words kept
            "hand expressed a few drops                 | en | SESSION HAND                       | a few drops",
            "me extraje a mano unas gotitas             | es | SESSION HAND                       | unas gotitas",
            // words that are no note
            "got 20ml                                   | en | SESSION DEFAULT 20ml               |",
            "power pumped 20 min                        | en | SESSION PUMP 20min                 |",
            "extractor 15 min                           | es | SESSION PUMP 15min                 |",
            // nappies in the plural without a number count nothing: the rest is still logged
            "me extraje 15 min, casi no moja pañales    | es | SESSION PUMP 15min                 | casi no moja pañales",
            "pumped 10 min, hardly any wet nappies      | en | SESSION PUMP 10min                 | hardly any wet nappies",
            "nappy: dirty                               | en | NAPPIES 1dirty                     |",
    })
    void readsLogs(String text, String language, String expected, String note) {
        LogEntryDraft entry = parsed(text, language, MADRID, NOW);

        assertThat(entry).usingRecursiveComparison().isEqualTo(draft(expected, note));
    }

    /** Rows: text | language | reason | detail key | detail value (as text). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
            "pumped -20 ml                         | en | NEGATIVE                 | ml      | -20",
            "pumped -5 min                         | en | NEGATIVE                 | minutes | -5",
            "-3 wet nappies                        | en | NEGATIVE                 | nappies | -3",
            "hace -5 min saqué 20 ml               | es | NEGATIVE                 | minutes | -5",
            "pumped 0 min 20 ml                    | en | ZERO_MINUTES_WITH_VOLUME | ml      | 20",
            "0 minutos 15 ml                       | es | ZERO_MINUTES_WITH_VOLUME | ml      | 15",
            "pumped 900 ml                         | en | TOO_MUCH_VOLUME          | ml      | 900",
            "900ml                                 | en | TOO_MUCH_VOLUME          | ml      | 900",
            "pumped 15 min 1,500 ml                | en | TOO_MUCH_VOLUME          | ml      | 1500",
            "pumped 20 oz                          | en | TOO_MUCH_VOLUME          | ml      | 591",
            "gave 600 ml formula                   | en | TOO_MUCH_VOLUME          | ml      | 600",
            "le di 550 ml de fórmula               | es | TOO_MUCH_VOLUME          | ml      | 550",
            "pumped 99999999999999999999999 ml     | en | TOO_MUCH_VOLUME          | ml      | 1000000000",
            "pumped 200 min                        | en | TOO_LONG                 | minutes | 200",
            "pumped 4 hours                        | en | TOO_LONG                 | minutes | 240",
            "saqué 3 horas y 5 minutos             | es | TOO_LONG                 | minutes | 185",
            "25 wet nappies                        | en | TOO_MANY_NAPPIES         | nappies | 25",
            "15 mojados 10 sucios                  | es | TOO_MANY_NAPPIES         | nappies | 25",
            "pumped at 23:00                       | en | FUTURE                   | at      | 2026-01-15T22:00:00Z",
            "pumped at 11pm                        | en | FUTURE                   | at      | 2026-01-15T22:00:00Z",
            "nursed at 17:00                       | en | FUTURE                   | at      | 2026-01-15T16:00:00Z",
            "pumped tomorrow at 8                  | en | FUTURE                   | at      | 2026-01-16T07:00:00Z",
            "mañana a las 9 saqué 20 ml            | es | FUTURE                   | at      | 2026-01-16T08:00:00Z",
            "pumped 20 ml 10 days ago              | en | TOO_OLD                  | days    | 10",
            "hace 8 días saqué 20 ml               | es | TOO_OLD                  | days    | 8",
            "pumped a few minutes                  | en | UNREADABLE_DURATION      | text    | a few minutes",
            "saqué unos minutos                    | es | UNREADABLE_DURATION      | text    | unos minutos",
            "pumped at 25:00                       | en | UNREADABLE_TIME          | text    | at 25:00",
            "pumped at 14:75                       | en | UNREADABLE_TIME          | text    | at 14:75",
            "pumped 14am                           | en | UNREADABLE_TIME          | text    | 14am",
            "pumped 20 ml yesterday                | en | UNREADABLE_TIME          | text    | yesterday",
            "saqué 20 ml ayer                      | es | UNREADABLE_TIME          | text    | ayer",
            "pumped a few minutes ago              | en | UNREADABLE_TIME          | text    | a few minutes ago",
            "pumped at 14:00 or at 15:00           | en | UNREADABLE_TIME          | text    | at 14:00 or at 15:00",
            "nursed 10 min then gave a bottle      | en | MIXED_KINDS              | kinds   | [SESSION, SUPPLEMENT]",
            "pumped 15 min, 3 wet nappies          | en | MIXED_KINDS              | kinds   | [SESSION, NAPPIES]",
    })
    void rejectsImpossibleOrUnclearLogs(String text, String language, Rejection reason, String key, String value) {
        ParseResult result = PARSER.parse(text, language, MADRID, NOW);

        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        ParseResult.Rejected rejected = (ParseResult.Rejected) result;
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.details()).containsKey(key);
        assertThat(String.valueOf(rejected.details().get(key))).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            // questions, even with "done" in them
            "is it done?", "how do I know when I'm done", "how do I know when I'm done?", "done?",
            "pumped 15 min, is that enough?", "¿cuánto debo sacar?", "cuánto debo sacar", "es normal sacar 10 ml",
            "what is a good amount to pump", "can I pump 20 min", "should I pump at night",
            // a bare number could be minutes, ml or a time
            "15", "15 20", "2.5",
            // greetings, thanks, commands
            "hello", "hola", "thanks", "gracias!", "good morning", "ok", "👍", "/start", "/done", "/plan 15 min",
            // "done" and method words inside a sentence, with no number or time: not a log
            "I'm done with pumping", "I'm done for today", "Ya, pero no sé si funciona", "ya no tengo leche",
            "pumping hurts",
            "my baby won't latch", "I'm thinking about trying formula",
            "me duele el pecho",
            // a time or a time back alone says when, not what
            "14:30", "30 min ago", "yesterday 22:00",
            // a routine, not one session: "every 2 hours" is no 120-minute session
            "pumping every 2 hours", "pumping 20 min every 3 hours", "i pump 8 times a day for 15 min",
            "me saco leche cada 3 horas 20 min", "doy pecho 6 veces al día",
            // the gap between sessions is no session's length
            "3 hours between pumps at night", "5 horas entre tomas", "pumped 3 hrs apart",
            // days and weeks are an age or a time back, never a session's length
            "my 6 week old has a fever of 38.1", "mi bebé de 3 semanas tiene fiebre", "been trying for 2 weeks",
            // long free text
            "I have been trying so hard for weeks now and I really feel like nothing is changing, my partner says "
                    + "I should rest more but I don't know",
            "pumped 15 min and then I sat with her for a long time while she slept on my chest and I thought "
                    + "about how far we have come since the hospital and everything the nurses told us back then, "
                    + "all the nights without sleep, the doubts, the tears and the tiny wins",
    })
    void leavesQuestionsAndChatAlone(String text) {
        assertThat(PARSER.parse(text, "en", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse(text, "es", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
    }

    @Test
    void anArticleIsNoAmountAndANumberBeforeAMethodCountsSessions() {
        // before: "una" after "pecho" was one minute, after "le di" one ml
        assertThat(PARSER.parse("me hice una reducción de pecho", "es", MADRID, NOW))
                .isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse("le di una toma", "es", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        // "2 pumps" is how many sessions, not 2 more minutes: one at a time
        assertThat(PARSER.parse("did 2 pumps of 15 min", "en", MADRID, NOW))
                .isEqualTo(new ParseResult.Rejected(Rejection.SEVERAL, Map.of("count", 2)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void emptyMessagesAreNotLogs(String text) {
        assertThat(PARSER.parse(text, "en", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
    }

    @Test
    void timesCountNappiesAndAskForSeveralSessionsOneAtATime() {
        assertThat(parsed("wet nappy x3", "en", MADRID, NOW).wet()).isEqualTo(3);
        assertThat(parsed("3x wet", "en", MADRID, NOW).wet()).isEqualTo(3);
        LogEntryDraft dirty = parsed("pañal sucio 2 veces", "es", MADRID, NOW);
        assertThat(dirty.dirty()).isEqualTo(2);
        assertThat(dirty.note()).isNull();
        for (String several : List.of("nursed x3", "pumped 3 times tonight", "le di pecho x3 por la noche",
                "pumped 2 x 15 min", "gave 2 bottles", "did 2 sessions overnight incl the night one")) {
            assertThat(PARSER.parse(several, "en", MADRID, NOW)).as(several)
                    .isEqualTo(new ParseResult.Rejected(Rejection.SEVERAL, Map.of("count",
                            several.contains("x3") || several.contains("3 times") ? 3 : 2)));
        }
        // "did" tells a session done; "did you..." asks
        assertThat(parsed("did 20 min on the left", "en", MADRID, NOW).minutes()).isEqualTo(20);
        assertThat(PARSER.parse("did you get my message", "en", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
    }

    @Test
    void aNappyToldFirstIsALogWithAFewWordsOfItsOwn() {
        LogEntryDraft seedy = parsed("poopy diaper, mustard coloured", "en", MADRID, NOW);
        assertThat(seedy.dirty()).isEqualTo(1);
        assertThat(seedy.note()).isEqualTo("mustard coloured");
        assertThat(parsed("he pooped", "en", MADRID, NOW).dirty()).isEqualTo(1);
        assertThat(parsed("she pooped, big blowout", "en", MADRID, NOW).dirty()).as("two words, one nappy").isEqualTo(1);
        assertThat(parsed("2 dirty and a poop", "en", MADRID, NOW).dirty()).isEqualTo(3);
        LogEntryDraft lead = parsed("enormous blowout", "en", MADRID, NOW);
        assertThat(lead.dirty()).isEqualTo(1);
        assertThat(lead.note()).as("the words leading up to the nappy are no note").isNull();
        assertThat(parsed("le cambié el pañal, muy mojado", "es", MADRID, NOW).wet()).isEqualTo(1);
        assertThat(parsed("hizo caca verde", "es", MADRID, NOW).dirty()).isEqualTo(1);
        // "shaking" is no typo of a nappy word
        assertThat(PARSER.parse("im shaking", "en", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        // A nappy word after a sentence of the parent's own tells no log.
        assertThat(PARSER.parse("i keep thinking about her poop", "en", MADRID, NOW))
                .isInstanceOf(ParseResult.NotALog.class);
    }

    @Test
    void aNappyDeniedIsNoLog() {
        for (String none : List.of("no poop today", "hasn't had a wet diaper since noon", "zero dirty ones")) {
            assertThat(PARSER.parse(none, "en", MADRID, NOW)).as(none).isInstanceOf(ParseResult.NotALog.class);
        }
        assertThat(PARSER.parse("sin caca desde ayer", "es", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse("ningún pañal mojado en la mañana", "es", MADRID, NOW))
                .isInstanceOf(ParseResult.NotALog.class);
        LogEntryDraft session = parsed("pumped 12 min, no poop yet", "en", MADRID, NOW);
        assertThat(session.kind()).isEqualTo(EntryKind.SESSION);
        assertThat(session.minutes()).isEqualTo(12);
    }

    @Test
    void aRoutineWordInTheOpeningExclamationIsOnlyAWord() {
        assertThat(PARSER.parse("what a day, nursed at 7 and 11", "en", MADRID, NOW))
                .isInstanceOfSatisfying(ParseResult.Several.class, several -> assertThat(several.entries()).hasSize(2));
        assertThat(PARSER.parse("nursed 8 times a day", "en", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse("what a day, nursed 8 times a day", "en", MADRID, NOW))
                .isInstanceOf(ParseResult.NotALog.class);
    }

    @Test
    void aSessionStillToComeIsNoLog() {
        for (String plan : List.of("ok so gonna pump 15 min now", "about to nurse her", "i will pump 20 min at 3")) {
            assertThat(PARSER.parse(plan, "en", MADRID, NOW)).as(plan).isInstanceOf(ParseResult.NotALog.class);
        }
        assertThat(PARSER.parse("voy a sacarme 20 ml", "es", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse("ahora me toca extractor 15 min", "es", MADRID, NOW))
                .isInstanceOf(ParseResult.NotALog.class);
        // Told first, the plan after it is the log's own words.
        assertThat(PARSER.parse("pumped 20 min and want to do another at 3", "en", MADRID, NOW))
                .isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void aSessionThatDidNotHappenIsNoLog() {
        for (String skipped : List.of("skipped the 6am pump", "didn't get to pump at noon", "forgot to nurse at 4")) {
            assertThat(PARSER.parse(skipped, "en", MADRID, NOW)).as(skipped).isInstanceOf(ParseResult.NotALog.class);
        }
        for (String skipped : List.of("no me saqué a las 5", "se me pasó la extracción de las 6")) {
            assertThat(PARSER.parse(skipped, "es", MADRID, NOW)).as(skipped).isInstanceOf(ParseResult.NotALog.class);
        }
        // A "no" about something else, or before a comma, leaves the session told.
        assertThat(PARSER.parse("no hubo bajada pero me saqué 15 min", "es", MADRID, NOW))
                .isInstanceOf(ParseResult.Parsed.class);
        assertThat(PARSER.parse("no letdown but pumped 15 min", "en", MADRID, NOW)).isInstanceOf(ParseResult.Parsed.class);
        assertThat(PARSER.parse("no, 20 min", "es", MADRID, NOW)).isInstanceOf(ParseResult.Parsed.class);
        assertThat(PARSER.parse("no salió nada, 20 min de extractor", "es", MADRID, NOW))
                .isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void aCountOverADayIsARateNoEntryButAStoryOfMonthsKeepsItsSession() {
        assertThat(PARSER.parse("5 wet nappies in 24h", "en", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse("8 sesiones en un día", "es", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse("nursed him to sleep for the first time in 2 months", "en", MADRID, NOW))
                .isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void aHabitIsNoSessionButTimesListedWithItAreLogged() {
        for (String habit : List.of("i only get 5ml per session", "pumping 20 min each time", "saco 5 ml por sesión")) {
            assertThat(PARSER.parse(habit, "en", MADRID, NOW)).as(habit).isInstanceOf(ParseResult.NotALog.class);
        }
        assertThat(PARSER.parse("pumped at 1 and 4, 20 ml each time", "en", MADRID, NOW))
                .isNotInstanceOf(ParseResult.NotALog.class);
    }

    @Test
    void aLengthOfSomethingElseDoneWithTheBabyIsNoSession() {
        assertThat(PARSER.parse("we did skin to skin for 45 min", "en", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse("una hora de piel con piel", "es", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        // A session named with it is still one.
        assertThat(PARSER.parse("nursed during skin to skin 20 min", "en", MADRID, NOW))
                .isInstanceOfSatisfying(ParseResult.Parsed.class, parsed -> assertThat(parsed.entry().minutes()).isEqualTo(20));
        // The activity's own length, joined to it by a small word, is not the session's.
        assertThat(parsed("did skin to skin for an hour and he suckled for 15 min", "en", MADRID, NOW).minutes())
                .isEqualTo(15);
        assertThat(parsed("una hora de piel con piel y luego mamó 10 min", "es", MADRID, NOW).minutes()).isEqualTo(10);
    }

    @Test
    void theWordThatMakesANumberAboutIsNoNote() {
        assertThat(parsed("pumped like 15 min", "en", MADRID, NOW).note()).isNull();
        LogEntryDraft about = parsed("como media onza", "es", MADRID, NOW);
        assertThat(about.ml()).isEqualTo(15);
        assertThat(about.note()).isNull();
    }

    @Test
    void theBabyNamedBeforeASessionToldIsItsSubject() {
        // "LO", "baby", "el bebé" before the verb tell the session as "she" does, with a few words of their own.
        for (String told : List.of("LO latched for the first time in 2 months", "baby nursed",
                "the twins nursed at the same time", "el bebé mamó un ratito", "se prendió solito por primera vez")) {
            assertThat(PARSER.parse(told, told.contains("é") ? "es" : "en", MADRID, NOW)).as(told)
                    .isInstanceOfSatisfying(ParseResult.Parsed.class,
                            parsed -> assertThat(parsed.entry().method()).isEqualTo(Method.NURSE));
        }
        // Named only: no session told.
        assertThat(PARSER.parse("baby refused the breast again", "en", MADRID, NOW))
                .isInstanceOf(ParseResult.NotALog.class);
    }

    @Test
    void yearsAgoWithNoSessionToldIsTheParentsStory() {
        assertThat(PARSER.parse("tuve una reducción de pecho hace años", "es", MADRID, NOW))
                .isInstanceOf(ParseResult.NotALog.class);
        // a session told days back, with no number, is asked about
        assertThat(PARSER.parse("me saqué leche hace días", "es", MADRID, NOW)).isInstanceOf(ParseResult.Rejected.class);
    }

    @Test
    void aLengthNextToSleepIsNoSession() {
        assertThat(PARSER.parse("duerme 5 horas seguidas", "es", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse("got by on 3 hrs of sleep", "en", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        assertThat(PARSER.parse("solo 4 horas de sueño", "es", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
        LogEntryDraft nursed = parsed("nursed 12 min, then she napped 1 hour", "en", MADRID, NOW);
        assertThat(nursed.minutes()).isEqualTo(12);
        assertThat(nursed.note()).contains("napped 1 hour");
    }

    @Test
    void hoursAndMinutesTypedAsOneNumberAreATime() {
        assertThat(loggedAt("pumped at 1545", "en", MADRID, NOW)).isEqualTo(utc("2026-01-15T14:45:00Z"));
        assertThat(loggedAt("me saqué a las 0815", "es", MADRID, NOW)).isEqualTo(utc("2026-01-15T07:15:00Z"));
        assertThat(loggedAt("nursed 845am", "en", MADRID, NOW)).isEqualTo(utc("2026-01-15T07:45:00Z"));
        assertThat(rejection("pumped 1545", MADRID, NOW)).as("no 'at': minutes").isEqualTo(Rejection.TOO_LONG);
        assertThat(rejection("pumped at 1575", MADRID, NOW)).isEqualTo(Rejection.UNREADABLE_TIME);
    }

    @Test
    void halfBeforeAUnitIsHalfOfIt() {
        assertThat(parsed("pumped 2 and a half hours", "en", MADRID, NOW).minutes()).isEqualTo(150);
        assertThat(parsed("le di pecho 1 y media horas", "es", MADRID, NOW).minutes()).isEqualTo(90);
        assertThat(parsed("pumped half an oz", "en", MADRID, NOW).ml()).isEqualTo(15);
        assertThat(parsed("pumped half an hour", "en", MADRID, NOW).minutes()).isEqualTo(30);
    }

    @Test
    void bareNumbersAllowDoubtAndWithSidesTheWordsThatSayWhere() {
        assertThat(PARSER.bareNumbers("perhaps 9?", "en")).containsExactly(9.0);
        assertThat(PARSER.bareNumbers("like 14", "en")).containsExactly(14.0);
        assertThat(PARSER.bareNumbers("why 9?", "en")).isEmpty();
        assertThat(PARSER.bareNumbers("14 de un lado y 6 del otro", "es")).isEmpty();
        assertThat(PARSER.bareNumbers("14 de un lado y 6 del otro", "es", true)).containsExactly(14.0, 6.0);
        assertThat(PARSER.bareNumbers("7 one side 5 the other", "en", true)).containsExactly(7.0, 5.0);
        // the answer to "How much?" may repeat the verb of getting milk out; nursing is no amount
        assertThat(PARSER.bareNumbers("saqué 40", "es", true)).containsExactly(40.0);
        assertThat(PARSER.bareNumbers("pumped 40", "en", true)).containsExactly(40.0);
        assertThat(PARSER.bareNumbers("saqué 40", "es")).isEmpty();
        assertThat(PARSER.bareNumbers("nursed 40", "en", true)).isEmpty();
    }

    @Test
    void sayingThereIsNoAmountIsToldApart() {
        for (String none : List.of("nothing at all", "0, nothing", "forgot to measure sorry", "no clue",
                "honestly nothing")) {
            assertThat(PARSER.saysNoAmount(none, "en")).as(none).isTrue();
        }
        for (String none : List.of("no lo medí", "cero", "ni idea, perdón", "la verdad nada")) {
            assertThat(PARSER.saysNoAmount(none, "es")).as(none).isTrue();
        }
        // drops denied, with small words between, the day or "this time" after
        for (String none : List.of("not even a drop this time", "nope not even a drop today")) {
            assertThat(PARSER.saysNoAmount(none, "en")).as(none).isTrue();
        }
        for (String none : List.of("ni una sola gotita esta vez", "ni gota hoy, cero ml")) {
            assertThat(PARSER.saysNoAmount(none, "es")).as(none).isTrue();
        }
        for (String some : List.of("nothing hurts", "0 or 5?", "12", "nothing, 5 ml", "not many drops, 4 ml",
                "not even close to a drop")) {
            assertThat(PARSER.saysNoAmount(some, "en")).as(some).isFalse();
        }
    }

    @Test
    void aNumberBeforeABottleCountsBottlesNotMl() {
        LogEntryDraft bottle = parsed("le di un biberón de fórmula", "es", MADRID, NOW);
        assertThat(bottle.kind()).isEqualTo(EntryKind.SUPPLEMENT);
        assertThat(bottle.ml()).isNull();
        assertThat(parsed("le di 60 de fórmula", "es", MADRID, NOW).ml()).isEqualTo(60);
    }

    @Test
    void aSessionToldInThePastIsALogWithAFewWordsOfItsOwn() {
        assertThat(parsed("nursed before bed", "en", MADRID, NOW).note()).isEqualTo("before bed");
        assertThat(parsed("nursed baby fell asleep", "en", MADRID, NOW).method()).isEqualTo(Method.NURSE);
        assertThat(parsed("le di pecho antes de dormir", "es", MADRID, NOW).method()).isEqualTo(Method.NURSE);
        assertThat(parsed("comfort nursed on and off all afternoon", "en", MADRID, NOW).method())
                .isEqualTo(Method.NURSE);
        // Named, not told, or told with a story after it: conversation.
        for (String chat : List.of("pumping hurts", "i'm done with pumping", "nursing is so hard for me now",
                "nursed him and then we went to see my mum and it rained")) {
            assertThat(PARSER.parse(chat, "en", MADRID, NOW)).as(chat).isInstanceOf(ParseResult.NotALog.class);
        }
    }

    @Test
    void theNightSessionNamedByItsPartOfTheDayLogs() {
        assertThat(parsed("night pump done", "en", MADRID, NOW).method()).isEqualTo(Method.PUMP);
        assertThat(parsed("night pump done", "en", MADRID, NOW).timeGiven()).isTrue();
        assertThat(parsed("extracción nocturna lista", "es", MADRID, NOW).method()).isEqualTo(Method.PUMP);
        assertThat(PARSER.parse("pumped every night this week", "en", MADRID, NOW))
                .isInstanceOf(ParseResult.NotALog.class);
    }

    @Test
    void doneAfterAFeedOrNappiesIsTheirs() {
        LogEntryDraft bottle = parsed("bottle done, 60ml formula", "en", MADRID, NOW);
        assertThat(bottle.kind()).isEqualTo(EntryKind.SUPPLEMENT);
        assertThat(bottle.note()).isNull();
        assertThat(parsed("le di 30 ml de fórmula, listo", "es", MADRID, NOW).ml()).isEqualTo(30);
        assertThat(parsed("3 wet nappies, done", "en", MADRID, NOW).wet()).isEqualTo(3);
        // "done" first still tells a session of its own, then the feed
        assertThat(PARSER.parse("done, then 30ml formula", "en", MADRID, NOW)).isInstanceOfSatisfying(
                ParseResult.Several.class, several -> assertThat(several.entries()).extracting(LogEntryDraft::kind)
                        .containsExactly(EntryKind.SESSION, EntryKind.SUPPLEMENT));
    }

    @Test
    void aSessionAndAFeedToldOneAfterTheOtherAreTwoEntries() {
        ParseResult result = PARSER.parse("nursed 10 min then gave 30 ml formula", "en", MADRID, NOW);
        assertThat(result).isInstanceOfSatisfying(ParseResult.Several.class, several -> {
            assertThat(several.entries()).extracting(LogEntryDraft::kind)
                    .containsExactly(EntryKind.SESSION, EntryKind.SUPPLEMENT);
            assertThat(several.entries().get(0).minutes()).isEqualTo(10);
            assertThat(several.entries().get(1).ml()).isEqualTo(30);
            assertThat(several.entries()).extracting(LogEntryDraft::note).containsOnlyNulls();
        });
        // a time said once is both's; the feed first works too
        ParseResult timed = PARSER.parse("di el pecho a las 5 y luego 60 ml de fórmula", "es", MADRID, NOW);
        assertThat(timed).isInstanceOfSatisfying(ParseResult.Several.class, several -> assertThat(several.entries())
                .extracting(LogEntryDraft::at).containsOnly(several.entries().get(0).at()));
        assertThat(PARSER.parse("90ml formula, then nursed him for comfort", "en", MADRID, NOW))
                .isInstanceOf(ParseResult.Several.class);
        // a negation about something else after the feed still splits
        assertThat(PARSER.parse("nursed 15 min then 40ml formula, she didnt want more", "en", MADRID, NOW))
                .isInstanceOf(ParseResult.Several.class);
        // a feed without its amount is not split off; one denied is no feed at all, its words the session's note
        assertThat(PARSER.parse("nursed 15 min then gave a bottle", "en", MADRID, NOW))
                .isInstanceOf(ParseResult.Rejected.class);
        LogEntryDraft denied = parsed("mamó 15 min sin fórmula después", "es", MADRID, NOW);
        assertThat(denied.kind()).isEqualTo(EntryKind.SESSION);
        assertThat(denied.minutes()).isEqualTo(15);
        assertThat(parsed("nursed 20 min, no bottle after", "en", MADRID, NOW).note()).isEqualTo("no bottle after");
    }

    @Test
    void seshIsASessionAsTyped() {
        assertThat(parsed("afternoon sesh done", "en", MADRID, NOW).kind()).isEqualTo(EntryKind.SESSION);
        assertThat(parsed("pump sesh 20 min", "en", MADRID, NOW).note()).isNull();
    }

    @Test
    void didWithASessionNamedAfterItTells() {
        assertThat(PARSER.tells("did my pump", "en")).isTrue();
        assertThat(PARSER.tells("did all 8 pumps today", "en")).isTrue();
        assertThat(PARSER.tells("did nothing all day", "en")).isFalse();
    }

    @Test
    void aFeedGivenWithWhatWasFedIsALogWithAFewWordsOfItsOwn() {
        assertThat(parsed("gave the last bottle of formula", "en", MADRID, NOW).kind()).isEqualTo(EntryKind.SUPPLEMENT);
        assertThat(parsed("le di la primera mamila", "es", MADRID, NOW).kind()).isEqualTo(EntryKind.SUPPLEMENT);
        // given, but no feed: conversation
        for (String chat : List.of("gave him a kiss", "gave up", "le di un abrazo", "fed up with this")) {
            assertThat(PARSER.parse(chat, "en", MADRID, NOW)).as(chat).isInstanceOf(ParseResult.NotALog.class);
        }
    }

    @Test
    void aClauseSayingWhenASessionToldWasIsNoQuestion() {
        LogEntryDraft woke = parsed("when she woke up i nursed her 15 min", "en", MADRID, NOW);
        assertThat(woke.minutes()).isEqualTo(15);
        assertThat(woke.note()).isEqualTo("when she woke up");
        assertThat(parsed("cuando se despertó le di teta 15 min", "es", MADRID, NOW).method()).isEqualTo(Method.NURSE);
        // Asked, or about a habit: questions.
        for (String question : List.of("when should i pump 15 min", "when i pump at night i get more",
                "cuando se despierta le doy teta 15 min")) {
            assertThat(PARSER.asks(question, "en")).as(question).isTrue();
            assertThat(PARSER.parse(question, "en", MADRID, NOW)).as(question)
                    .isInstanceOf(ParseResult.NotALog.class);
        }
    }

    @Test
    void timesListedAreSeveralSessionsButARangeIsNot() {
        // Madrid is UTC+1, and it is 16:00 there: "at 1 and at 3" are 13:00 and 15:00.
        assertThat(several("pumped at 1 and at 3", "en")).containsExactly("PUMP 12:00Z", "PUMP 14:00Z");
        assertThat(several("me saqué a las 2 y a las 5", "es")).containsExactly("PUMP 01:00Z", "PUMP 04:00Z");
        assertThat(PARSER.parse("pumped from 2 to 2:30", "en", MADRID, NOW))
                .isNotInstanceOf(ParseResult.Rejected.class).isNotInstanceOf(ParseResult.Several.class);
    }

    @Test
    void anHourJoinedToATimeInAListIsATimeToo() {
        // Once read as one session at 1 with the note "3 and 5". The 5 can only be 05:00 (17:00 is to come), and
        // each time before the next is placed not after it: the night's 1, 3 and 5.
        assertThat(several("pumped at 1, 3 and 5", "en")).containsExactly("PUMP 00:00Z", "PUMP 02:00Z",
                "PUMP 04:00Z");
        assertThat(several("nursed at 11 and 3", "en")).containsExactly("NURSE 10:00Z", "NURSE 14:00Z");
        assertThat(several("di el pecho a la 1, 4 y 6", "es")).containsExactly("NURSE 00:00Z", "NURSE 03:00Z",
                "NURSE 05:00Z");
        // Not a list: a comma alone ("at 8, 15" may be 15 minutes), an amount, "y 20" (2:20), no hour at all.
        for (String one : List.of("pumped at 8, 15", "pumped at 2, 15 min", "me saqué a las 2 y 20",
                "pumped at 1 and 25")) {
            assertThat(PARSER.parse(one, "es", MADRID, NOW)).as(one).isInstanceOf(ParseResult.Parsed.class);
        }
    }

    @Test
    void severalSessionsShareAnAmountSaidForEachAndTakeTheirOwnInOrder() {
        ParseResult.Several each = (ParseResult.Several) PARSER.parse("pumped at 1, 3 and 5, 20 min each", "en",
                MADRID, NOW);
        assertThat(each.entries()).extracting(LogEntryDraft::minutes).containsExactly(20, 20, 20);
        assertThat(each.entries()).extracting(LogEntryDraft::side).containsOnlyNulls();
        assertThat(each.unsplitMinutes()).isNull();
        ParseResult.Several cada = (ParseResult.Several) PARSER.parse(
                "hice la de las 11 y la de las 3, 20 min cada una", "es", MADRID, NOW);
        assertThat(cada.entries()).extracting(LogEntryDraft::minutes).containsExactly(20, 20);
        assertThat(cada.entries()).extracting(LogEntryDraft::method).containsOnly(Method.DEFAULT);
        ParseResult.Several vez = (ParseResult.Several) PARSER.parse(
                "le di teta a las 10 y a las 12, 10 min cada vez", "es", MADRID, NOW);
        assertThat(vez.entries()).extracting(LogEntryDraft::minutes).containsExactly(10, 10);
        ParseResult.Several time = (ParseResult.Several) PARSER.parse("pumped at 2 and 5, 15 min each time", "en",
                MADRID, NOW);
        assertThat(time.entries()).extracting(LogEntryDraft::minutes).containsExactly(15, 15);
        ParseResult.Several own = (ParseResult.Several) PARSER.parse("pumped 20 min 30 ml at 11 and 15 min 25 ml at 3",
                "en", MADRID, NOW);
        assertThat(own.entries()).extracting(LogEntryDraft::minutes).containsExactly(20, 15);
        assertThat(own.entries()).extracting(LogEntryDraft::ml).containsExactly(30, 25);
        ParseResult.Several sides = (ParseResult.Several) PARSER.parse("nursed left at 1 and right at 4, 10 min each",
                "en", MADRID, NOW);
        assertThat(sides.entries()).extracting(LogEntryDraft::side).containsExactly(Side.LEFT, Side.RIGHT);
        ParseResult.Several perBreast = (ParseResult.Several) PARSER.parse("pumped at 11 and 3, 10 min each side",
                "en", MADRID, NOW);
        assertThat(perBreast.entries()).extracting(LogEntryDraft::minutes).containsExactly(20, 20);
        assertThat(perBreast.entries()).extracting(LogEntryDraft::leftMinutes).containsExactly(10, 10);
    }

    @Test
    void anAmountSaidOnceForSeveralSessionsIsPutOnNone() {
        ParseResult.Several total = (ParseResult.Several) PARSER.parse("pumped at 1 and 4, 60 ml in total", "en",
                MADRID, NOW);
        assertThat(total.entries()).extracting(LogEntryDraft::ml).containsOnlyNulls();
        assertThat(total.unsplitMl()).isEqualTo(60);
        ParseResult.Several feeds = (ParseResult.Several) PARSER.parse("gave 60 ml formula at 2 and at 6", "en",
                MADRID, NOW);
        assertThat(feeds.entries()).extracting(LogEntryDraft::supplement).containsOnly(Supplement.FORMULA);
        assertThat(feeds.entries()).extracting(LogEntryDraft::ml).containsOnlyNulls();
        assertThat(feeds.unsplitMl()).isEqualTo(60);
        ParseResult.Several minutes = (ParseResult.Several) PARSER.parse("pumped at 1 and 4 for 20 min", "en",
                MADRID, NOW);
        assertThat(minutes.unsplitMinutes()).isEqualTo(20);
    }

    @Test
    void severalSessionsKeepTheirCountTheirNoteAndTheRulesOfOne() {
        ParseResult.Several counted = (ParseResult.Several) PARSER.parse("nursed x2 tonight (1am and 4am) so tired",
                "en", MADRID, NOW);
        assertThat(counted.entries()).extracting(LogEntryDraft::at).containsExactly(
                Instant.parse("2026-01-15T00:00:00Z"), Instant.parse("2026-01-15T03:00:00Z"));
        assertThat(counted.entries()).extracting(LogEntryDraft::note).containsExactly("so tired", null);
        // A count and as many times tell sessions of the usual method, as "done" does.
        assertThat(several("x2 last night (1am and 4am)", "en")).containsExactly("DEFAULT 00:00Z", "DEFAULT 03:00Z");
        // A count that disagrees, nappies, a time to come, too much in one: nothing is half stored.
        assertThat(PARSER.parse("nursed x3 at 1 and 4", "en", MADRID, NOW))
                .isEqualTo(new ParseResult.Rejected(Rejection.SEVERAL, Map.of("count", 2)));
        assertThat(PARSER.parse("3 wet nappies at 1 and 4", "en", MADRID, NOW))
                .isEqualTo(new ParseResult.Rejected(Rejection.SEVERAL, Map.of("count", 2)));
        assertThat(PARSER.parse("pumped at 1 and at 20", "en", MADRID, NOW))
                .isInstanceOfSatisfying(ParseResult.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(Rejection.FUTURE));
        assertThat(PARSER.parse("pumped at 1 and 4, 600 ml each", "en", MADRID, NOW))
                .isEqualTo(new ParseResult.Rejected(Rejection.TOO_MUCH_VOLUME, Map.of("ml", 600)));
        // A count without times is asked for: their times complete it.
        assertThat(PARSER.parse("pumped 3 sessions today", "en", MADRID, NOW))
                .isEqualTo(new ParseResult.Rejected(Rejection.SEVERAL, Map.of("count", 3)));
        assertThat(several("pumped 3 times today at 1, 4 and 7", "en")).hasSize(3);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "weighed at the clinic today 4.2kg               | en | 4200 | KG |",
            "she's 3.85 kg this morning on the home scale    | en | 3850 | KG | she's",
            "weight 5.1kg (+180g this week)                  | en | 5100 | KG | +180g this week",
            "wieghed him at home, 6.2kg                      | en | 6200 | KG | him at home",
            "12 lb 4 oz                                      | en | 5557 | LB |",
            "9 lbs                                           | en | 4082 | LB |",
            "weighed 4.235 kg                                | en | 4235 | KG |",
            "3980 g at the health visitor                    | en | 3980 | G  |",
            "weighs 4.1                                      | en | 4100 | KG |",
            "pesó 4,3 kg en la revisión                      | es | 4300 | KG |",
            "hoy pesa 3.900 en la báscula de la farmacia     | es | 3900 | G  | farmacia",
            "lo pesé en casa, 6,2 kg                         | es | 6200 | KG | casa",
            "4,6 kg en el control de hoy                     | es | 4600 | KG |",
            "la pediatra dice 5 kilos 200 gramos             | es | 5200 | KG | dice",
            "weighed 4.2 kg, up 180 g since last week        | en | 4200 | KG | up 180 g since last week",
            "pesa 5,3 kg, 200 g más que el lunes             | es | 5300 | KG | 200 g más que el lunes",
            "weighed him 5.1kg up 180g                       | en | 5100 | KG | up 180g",
    })
    void weightsAreReadInGramsInTheUnitGiven(String text, String language, int grams, WeightUnit unit, String note) {
        LogEntryDraft weight = parsed(text, language, MADRID, NOW);
        assertThat(weight.kind()).isEqualTo(EntryKind.WEIGHT);
        assertThat(weight.grams()).isEqualTo(grams);
        assertThat(weight.weightUnit()).isEqualTo(unit);
        assertThat(weight.note()).isEqualTo(note);
        assertThat(weight.method()).isNull();
        assertThat(weight.ml()).isNull();
    }

    @Test
    void aWeightHasItsTimeItsLimitsAndStaysApartFromMilkAndQuestions() {
        LogEntryDraft yesterday = parsed("weighed 9 lb 2 oz yesterday at 10am", "en", MADRID, NOW);
        assertThat(yesterday.at()).isEqualTo(Instant.parse("2026-01-14T09:00:00Z"));
        assertThat(yesterday.timeGiven()).isTrue();
        assertThat(PARSER.parse("weighed 42 kg", "en", MADRID, NOW))
                .isEqualTo(new ParseResult.Rejected(Rejection.UNLIKELY_WEIGHT, Map.of("grams", 42000)));
        assertThat(PARSER.parse("pesa 250 g", "es", MADRID, NOW))
                .isEqualTo(new ParseResult.Rejected(Rejection.UNLIKELY_WEIGHT, Map.of("grams", 250)));
        assertThat(PARSER.parse("was 3.9 kg now 4.2 kg", "en", MADRID, NOW))
                .isEqualTo(new ParseResult.Rejected(Rejection.SEVERAL_WEIGHTS, Map.of("count", 2)));
        assertThat(PARSER.parse("weighed 4 kg at 11pm", "en", MADRID, NOW)).isInstanceOfSatisfying(
                ParseResult.Rejected.class, rejected -> assertThat(rejected.reason()).isEqualTo(Rejection.FUTURE));
        // Ounces are milk without pounds; a weight with a session is two things.
        assertThat(parsed("pumped 2 oz", "en", MADRID, NOW).ml()).isEqualTo(59);
        assertThat(parsed("gave 4 oz formula", "en", MADRID, NOW).ml()).isEqualTo(118);
        assertThat(PARSER.parse("nursed 20 min, weighed 4.2 kg", "en", MADRID, NOW)).isInstanceOfSatisfying(
                ParseResult.Rejected.class, rejected -> assertThat(rejected.reason()).isEqualTo(Rejection.MIXED_KINDS));
        // Beside a weight, a length is the baby's age.
        assertThat(parsed("4.2kg at 6 weeks", "en", MADRID, NOW).grams()).isEqualTo(4200);
        // A weighing word without a weight, or a change alone, logs nothing; a question about weight stays one.
        // A word listed for a meaning of its own is no typo of a log word ("subió" is no "sucio").
        for (String text : List.of("weight check tomorrow", "she gained 150g this week", "ha ganado 200 g",
                "subió 100 gramos en una semana", "how much weight should she gain",
                "is 4.2kg ok at 6 weeks?", "is 4.2kg ok at 6 weeks", "cuánto debería pesar a los 2 meses",
                "¿4 kg a las 6 semanas está bien?")) {
            assertThat(PARSER.parse(text, "en", MADRID, NOW)).as(text).isInstanceOf(ParseResult.NotALog.class);
        }
        assertThat(PARSER.asks("is 4.2kg ok at 6 weeks", "en")).isTrue();
    }

    /** The method and UTC time of each entry of a message read as several ("PUMP 12:00Z"). */
    private static List<String> several(String text, String language) {
        ParseResult result = PARSER.parse(text, language, MADRID, NOW);
        assertThat(result).as(text).isInstanceOf(ParseResult.Several.class);
        return ((ParseResult.Several) result).entries().stream()
                .map(entry -> entry.method() + " " + entry.at().toString().substring(11, 16) + "Z").toList();
    }

    @Test
    void aQuestionWordAfterAPrepositionOrAConditionWithASentenceAsks() {
        for (String question : List.of("a qué hora es mejor hacer power pumping", "para qué necesitas la hora",
                "si una noche duermo de corrido se arruina todo", "if i pump 10 min is that enough")) {
            assertThat(PARSER.asks(question, "es")).as(question).isTrue();
        }
        // A yes and a log, and a time first: no question.
        assertThat(parsed("si, 15 min", "es", MADRID, NOW).minutes()).isEqualTo(15);
        assertThat(parsed("a las 3 me saqué 20 ml", "es", MADRID, NOW).ml()).isEqualTo(20);
    }

    @Test
    void aTypoInsideAPhraseIsForgivenButNotAPluralOnesCount() {
        assertThat(parsed("le di pexho antes de dormir", "es", MADRID, NOW).method()).isEqualTo(Method.NURSE);
        assertThat(parsed("3 pañales mojdos hasta ahora", "es", MADRID, NOW).wet()).isEqualTo(3);
        assertThat(parsed("2 pañales de pipí y 1 de caca", "es", MADRID, NOW).dirty()).isEqualTo(1);
        // "nappie" is one nappy, not "nappies" without a count.
        assertThat(parsed("and a dirty nappie at 6", "en", MADRID, NOW).dirty()).isEqualTo(1);
    }

    @Test
    void aMistypedOrShortenedQuestionWordIsAQuestion() {
        for (String question : List.of("waht counts as a session if i pump 5 min", "wat counts as a session 5 min",
                "q cuenta como sesión si me saco 5 min", "sirve de algo sacarse más de 30 min")) {
            assertThat(PARSER.parse(question, "es", MADRID, NOW)).as(question).isInstanceOf(ParseResult.NotALog.class);
            assertThat(PARSER.asks(question, "es")).as(question).isTrue();
        }
    }

    @Test
    void aMessageLongerThanAFewLinesIsNotALog() {
        String text = "pumped 15 min 20 ml " + "so tired ".repeat(50);
        assertThat(PARSER.parse(text, "en", MADRID, NOW)).isInstanceOf(ParseResult.NotALog.class);
    }

    @Test
    void aLongNoteIsCutTo200Characters() {
        String words = "felt relaxed and happy";
        String note = parsed("pumped 15 min 20 ml " + words + " " + "x".repeat(250), "en", MADRID, NOW).note();
        assertThat(note).hasSize(200).startsWith(words);
    }

    @Test
    void anUnknownLanguageStillReadsBothLanguages() {
        assertThat(parsed("saqué 20 ml", "fr", MADRID, NOW).ml()).isEqualTo(20);
        assertThat(parsed("pumped 20 ml", null, MADRID, NOW).ml()).isEqualTo(20);
    }

    // Across midnight: 23:10 UTC on the 15th is 00:10 on the 16th in Madrid.
    static final Instant AFTER_MIDNIGHT = Instant.parse("2026-01-15T23:10:00Z");

    @Test
    void aTimeWithoutADayIsTodayOrYesterdaysWithinHalfADay() {
        // Just after midnight, "at 23:50" and "at 3pm" are yesterday's, and so is "11:50" read as 23:50; "at
        // 11:50am", half a day back, is a slip.
        assertThat(loggedAt("pumped at 23:50", "en", MADRID, AFTER_MIDNIGHT)).isEqualTo(utc("2026-01-15T22:50:00Z"));
        assertThat(loggedAt("gave 90ml formula at 3pm", "en", MADRID, AFTER_MIDNIGHT))
                .isEqualTo(utc("2026-01-15T14:00:00Z"));
        assertThat(loggedAt("pumped at 11:50", "en", MADRID, AFTER_MIDNIGHT)).isEqualTo(utc("2026-01-15T22:50:00Z"));
        assertThat(rejection("pumped at 11:50am", MADRID, AFTER_MIDNIGHT)).isEqualTo(Rejection.FUTURE);
        assertThat(loggedAt("nursed at 00:05", "en", MADRID, AFTER_MIDNIGHT)).isEqualTo(utc("2026-01-15T23:05:00Z"));
        // A day said keeps its day: tomorrow is still in the future.
        assertThat(rejection("pumped tomorrow at 10:00", MADRID, AFTER_MIDNIGHT)).isEqualTo(Rejection.FUTURE);
    }

    @Test
    void yesterdayAndTimesBackCrossMidnight() {
        Instant now = AFTER_MIDNIGHT;
        assertThat(loggedAt("pumped yesterday 23:50", "en", MADRID, now)).isEqualTo(utc("2026-01-15T22:50:00Z"));
        assertThat(loggedAt("ayer a las 23:50 saqué 10 ml", "es", MADRID, now)).isEqualTo(utc("2026-01-15T22:50:00Z"));
        assertThat(loggedAt("pumped 30 min ago", "en", MADRID, now)).isEqualTo(utc("2026-01-15T22:40:00Z"));
        assertThat(loggedAt("nursed last night at 11", "en", MADRID, now)).isEqualTo(utc("2026-01-15T22:00:00Z"));
        // "back" and "atrás" after a length say it as "ago" does; "back to back" is no time
        assertThat(loggedAt("pumped 30 min back", "en", MADRID, now)).isEqualTo(utc("2026-01-15T22:40:00Z"));
        assertThat(loggedAt("me saqué 10 ml 30 min atrás", "es", MADRID, now)).isEqualTo(utc("2026-01-15T22:40:00Z"));
        assertThat(parsed("pumped 20 min back to back", "en", MADRID, now).minutes()).isEqualTo(20);
    }

    @Test
    void aTimeAFewMinutesAheadIsNow() {
        // 20:30 in Kolkata: 20:33 is the parent's clock running fast, 20:40 is the future.
        LogEntryDraft slightlyAhead = parsed("pumped at 20:33", "en", KOLKATA, NOW);
        assertThat(slightlyAhead.at()).isEqualTo(NOW);
        assertThat(slightlyAhead.timeGiven()).isTrue();
        assertThat(rejection("pumped at 20:40", KOLKATA, NOW)).isEqualTo(Rejection.FUTURE);
    }

    @Test
    void anHourWithoutAmOrPmIsItsMostRecentPastReading() {
        // 20:30 in Kolkata (UTC+5:30): 8 is 20:00, 9 can only be 09:00 (21:00 is still to come).
        assertThat(loggedAt("pumped at 8", "en", KOLKATA, NOW)).isEqualTo(utc("2026-01-15T14:30:00Z"));
        assertThat(loggedAt("pumped at 9", "en", KOLKATA, NOW)).isEqualTo(utc("2026-01-15T03:30:00Z"));
        assertThat(loggedAt("pumped at 9am", "en", KOLKATA, NOW)).isEqualTo(utc("2026-01-15T03:30:00Z"));
        assertThat(loggedAt("pumped at 12:15 am", "en", KOLKATA, NOW)).isEqualTo(utc("2026-01-14T18:45:00Z"));
        // 10:00 in New York: 2:30 can only be 02:30 so far today.
        assertThat(loggedAt("pumped at 2:30", "en", NEW_YORK, NOW)).isEqualTo(utc("2026-01-15T07:30:00Z"));
    }

    @Test
    void clocksGoingForwardInNewYork() {
        // 8 March 2026: 02:00 EST becomes 03:00 EDT. Now is 08:00 EDT (12:00 UTC).
        Instant now = Instant.parse("2026-03-08T12:00:00Z");
        assertThat(loggedAt("pumped at 1:30am", "en", NEW_YORK, now)).isEqualTo(utc("2026-03-08T06:30:00Z"));
        // 02:30 did not exist on the wall clock; it is the instant the old clock would have called 02:30.
        assertThat(loggedAt("pumped at 2:30am", "en", NEW_YORK, now)).isEqualTo(utc("2026-03-08T07:30:00Z"));
        assertThat(loggedAt("pumped at 3:30am", "en", NEW_YORK, now)).isEqualTo(utc("2026-03-08T07:30:00Z"));
        assertThat(loggedAt("pumped 6 hours ago", "en", NEW_YORK, now)).isEqualTo(utc("2026-03-08T06:00:00Z"));
        assertThat(loggedAt("pumped yesterday 22:00", "en", NEW_YORK, now)).isEqualTo(utc("2026-03-08T03:00:00Z"));
        assertThat(rejection("pumped at 8:10am", NEW_YORK, now)).isEqualTo(Rejection.FUTURE);
    }

    @Test
    void clocksGoingForwardInMadrid() {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST. Now is 12:00 CEST (10:00 UTC).
        Instant now = Instant.parse("2026-03-29T10:00:00Z");
        assertThat(loggedAt("a las 1:30 saqué 20 ml", "es", MADRID, now)).isEqualTo(utc("2026-03-29T00:30:00Z"));
        assertThat(loggedAt("a las 3:30 saqué 20 ml", "es", MADRID, now)).isEqualTo(utc("2026-03-29T01:30:00Z"));
        assertThat(loggedAt("ayer a las 22:00 saqué 20 ml", "es", MADRID, now)).isEqualTo(utc("2026-03-28T21:00:00Z"));
        assertThat(loggedAt("hace 10 horas saqué 20 ml", "es", MADRID, now)).isEqualTo(utc("2026-03-29T00:00:00Z"));
        assertThat(loggedAt("anoche a las 11 di el pecho", "es", MADRID, now)).isEqualTo(utc("2026-03-28T22:00:00Z"));
    }

    @Test
    void sevenDaysBackIsTheLimit() {
        assertThat(loggedAt("pumped 7 days ago", "en", MADRID, NOW)).isEqualTo(utc("2026-01-08T15:00:00Z"));
        assertThat(rejection("pumped 8 days ago", MADRID, NOW)).isEqualTo(Rejection.TOO_OLD);
        assertThat(rejection("pumped 2 weeks ago", MADRID, NOW)).isEqualTo(Rejection.TOO_OLD);
    }

    @Test
    void limitsAreInclusive() {
        assertThat(parsed("pumped 180 min 500 ml", "en", MADRID, NOW).minutes()).isEqualTo(180);
        assertThat(parsed("pumped 180 min 500 ml", "en", MADRID, NOW).ml()).isEqualTo(500);
        assertThat(parsed("gave 500 ml formula", "en", MADRID, NOW).ml()).isEqualTo(500);
        assertThat(parsed("20 wet", "en", MADRID, NOW).wet()).isEqualTo(20);
        assertThat(rejection("pumped 181 min", MADRID, NOW)).isEqualTo(Rejection.TOO_LONG);
        assertThat(rejection("pumped 501 ml", MADRID, NOW)).isEqualTo(Rejection.TOO_MUCH_VOLUME);
        assertThat(rejection("11 wet 10 dirty", MADRID, NOW)).isEqualTo(Rejection.TOO_MANY_NAPPIES);
    }

    @Test
    void rejectionDetailsAreWholeNumbers() {
        ParseResult.Rejected rejected = (ParseResult.Rejected) PARSER.parse("pumped 900 ml", "en", MADRID, NOW);
        assertThat(rejected.details()).isEqualTo(Map.of("ml", 900));
        ParseResult.Rejected mixed = (ParseResult.Rejected) PARSER.parse("pumped 15 min, 2 dirty", "en", MADRID, NOW);
        assertThat(mixed.details()).isEqualTo(Map.of("kinds", List.of(EntryKind.SESSION, EntryKind.NAPPIES)));
    }

    static LogEntryDraft parsed(String text, String language, ZoneId zone, Instant now) {
        ParseResult result = PARSER.parse(text, language, zone, now);
        assertThat(result).as("result for '%s'", text).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).entry();
    }

    static Instant loggedAt(String text, String language, ZoneId zone, Instant now) {
        return parsed(text, language, zone, now).at();
    }

    static Instant utc(String instant) {
        return Instant.parse(instant);
    }

    static Rejection rejection(String text, ZoneId zone, Instant now) {
        ParseResult result = PARSER.parse(text, "en", zone, now);
        assertThat(result).as("result for '%s'", text).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).reason();
    }

    /** The draft a row of {@link #readsLogs} describes. */
    private static LogEntryDraft draft(String expected, String note) {
        EntryKind kind = null;
        Method method = null;
        Side side = null;
        Supplement supplement = null;
        Integer minutes = null;
        Integer ml = null;
        Integer wet = null;
        Integer dirty = null;
        Integer[] bySide = new Integer[4]; // left ml, right ml, left minutes, right minutes
        Instant at = NOW;
        boolean timeGiven = false;
        for (String part : expected.trim().split("\\s+")) {
            Matcher amount = AMOUNT.matcher(part);
            Matcher perBreast = SIDE_AMOUNT.matcher(part);
            if (perBreast.matches()) {
                bySide[("L".equals(perBreast.group(1)) ? 0 : 1) + ("ml".equals(perBreast.group(3)) ? 0 : 2)] =
                        Integer.parseInt(perBreast.group(2));
            } else if (part.startsWith("@")) {
                at = at(part.substring(1));
                timeGiven = true;
            } else if (amount.matches()) {
                int value = Integer.parseInt(amount.group(1));
                switch (amount.group(2)) {
                    case "min" -> minutes = value;
                    case "ml" -> ml = value;
                    case "wet" -> wet = value;
                    default -> dirty = value;
                }
            } else if (isConstant(EntryKind.class, part)) {
                kind = EntryKind.valueOf(part);
            } else if (isConstant(Method.class, part)) {
                method = Method.valueOf(part);
            } else if (isConstant(Side.class, part)) {
                side = Side.valueOf(part);
            } else {
                supplement = Supplement.valueOf(part);
            }
        }
        return new LogEntryDraft(kind, method, side, minutes, ml, at, timeGiven, supplement, wet, dirty,
                note == null || note.isBlank() ? null : note.strip(), bySide[0], bySide[1], bySide[2], bySide[3]);
    }

    private static final Pattern AMOUNT = Pattern.compile("(\\d+)(min|ml|wet|dirty)");
    /** What one side gave: "L20ml", "R8min". */
    private static final Pattern SIDE_AMOUNT = Pattern.compile("([LR])(\\d+)(min|ml)");

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(name));
    }

    /** "14:30" today in Madrid, "yesterday-22:00", or "-30m" before now. */
    private static Instant at(String when) {
        if (when.startsWith("-")) {
            return NOW.minusSeconds(60L * Integer.parseInt(when.substring(1, when.length() - 1)));
        }
        LocalDate today = NOW.atZone(MADRID).toLocalDate();
        LocalDate day = when.startsWith("yesterday-") ? today.minusDays(1) : today;
        return ZonedDateTime.of(day, LocalTime.parse(when.substring(when.indexOf('-') + 1)), MADRID).toInstant();
    }
}
