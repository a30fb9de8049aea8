package org.relactation.bot.logbook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds the parser 5,000 generated messages (random Unicode with emoji, right-to-left text, control and
 * format characters, lone surrogates, huge digit runs, template and injection text, and log-like soups of its
 * own words and numbers) and checks it never throws and never returns an entry outside the limits. The seed
 * is fixed, so a failure is reproduced by running the test again; the failing message is in the report.
 */
class LogParserFuzzTest {
    private static final int MESSAGES = 5_000;
    private static final LogParser PARSER = LogParser.load();
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Madrid"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("UTC"));
    private static final List<Instant> NOWS = List.of(Instant.parse("2026-01-15T15:00:00Z"),
            Instant.parse("2026-03-08T07:30:00Z"), Instant.parse("2026-03-29T01:30:00Z"),
            Instant.parse("2026-10-25T00:59:59Z"), Instant.parse("2026-12-31T23:59:59Z"));
    private static final String[] LANGUAGES = {"en", "es", "fr", null};
    /** Pieces of log-like text: the parser's own words, numbers and the symbols its rules look at. */
    private static final String[] FRAGMENTS = {
            "pumped", "double pumped", "hand expressed", "nursed", "SNS", "saqué", "di el pecho", "teta", "done",
            "ya", "✅", "min", "mins", "m", "h", "hour", "hours", "horas", "minutos", "days", "ml", "oz", "cc",
            "onzas", ":", "-", "−", "+", ".", ",", "h", "ago", "hace", "at", "a las", "@", "yesterday", "ayer",
            "anoche", "last night", "tomorrow", "mañana", "today", "pm", "am", "de la noche", "this morning",
            "noon", "and a half", "y media", "half an hour", "media hora", "wet", "dirty", "nappies", "pañales",
            "mojados", "con caca", "formula", "fórmula", "donor milk", "gave", "le di", "biberón", "bottle of",
            "expressed milk", "left", "right", "L", "R", "both", "izq", "der", "los dos", "total", "felt relaxed",
            "?", "¿", "/", "${jndi:ldap://x/a}", "{}", "{0}", "%s", "%n", "\\", "\"", "'", "<b>", "&amp;", "\u0000",
            "\u202E", "\u200F", "\u200D", "\uFE0F", "\uD83D", "\uDC4D", "½", "²", "١٥", "１５", "1:05", "14h30",
            "1h30", "25:00", "12am", "0.5", "1,5", "1,500", ".5", "-20", "15-20", "20+15", "99999999999",
            "kg", "g", "lb", "lbs", "weighed", "pesa", "báscula", "each", "cada una", "4.235",
    };

    @Test
    void neverThrowsAndNeverStoresTheImpossible() {
        Random random = new Random(20260115L);
        for (int n = 0; n < MESSAGES; n++) {
            String text = message(random, n);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Instant now = NOWS.get(random.nextInt(NOWS.size()));
            String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            ParseResult[] result = new ParseResult[1];
            assertThatCode(() -> result[0] = PARSER.parse(text, language, zone, now))
                    .as("message #%d %s", n, escape(text)).doesNotThrowAnyException();
            check(result[0], now, "message #" + n + " " + escape(text));
        }
    }

    private static void check(ParseResult result, Instant now, String message) {
        switch (result) {
            case null -> fail("no result for " + message);
            case ParseResult.NotALog notALog -> {
            }
            case ParseResult.Rejected rejected -> {
                assertThat(rejected.reason()).as(message).isNotNull();
                assertThat(rejected.details()).as(message).isNotEmpty();
            }
            case ParseResult.Parsed parsed -> checkEntry(parsed.entry(), now, message);
            case ParseResult.Several several -> {
                assertThat(several.entries()).as(message).hasSizeBetween(2, LogLimits.MAX_AT_ONCE);
                several.entries().forEach(entry -> checkEntry(entry, now, message));
                several.entries().stream().skip(1).forEach(entry -> assertThat(entry.note()).as(message).isNull());
            }
        }
    }

    private static void checkEntry(LogEntryDraft entry, Instant now, String message) {
        assertThat(entry.kind()).as(message).isNotNull();
        assertThat(entry.method() != null).as(message).isEqualTo(entry.kind() == EntryKind.SESSION);
        assertThat(entry.supplement() != null).as(message).isEqualTo(entry.kind() == EntryKind.SUPPLEMENT);
        if (entry.minutes() != null) {
            assertThat(entry.minutes()).as(message).isBetween(0, LogLimits.MAX_MINUTES);
        }
        if (entry.ml() != null) {
            assertThat(entry.ml()).as(message).isBetween(0, LogLimits.MAX_ML);
        }
        assertThat(entry.grams() != null).as(message).isEqualTo(entry.kind() == EntryKind.WEIGHT);
        if (entry.grams() != null) {
            assertThat(entry.grams()).as(message).isBetween(LogLimits.MIN_GRAMS, LogLimits.MAX_GRAMS);
            assertThat(entry.weightUnit()).as(message).isNotNull();
        }
        int wet = entry.wet() == null ? 0 : entry.wet();
        int dirty = entry.dirty() == null ? 0 : entry.dirty();
        assertThat(wet).as(message).isNotNegative();
        assertThat(dirty).as(message).isNotNegative();
        assertThat(wet + dirty).as(message).isLessThanOrEqualTo(LogLimits.MAX_NAPPIES);
        assertThat(entry.at()).as(message).isBetween(now.minus(Duration.ofDays(LogLimits.MAX_DAYS_BACK)), now);
        if (entry.note() != null) {
            assertThat(entry.note()).as(message).isNotBlank().hasSizeLessThanOrEqualTo(LogLimits.MAX_NOTE_CHARS)
                    .isEqualTo(entry.note().strip());
        }
    }

    private static String message(Random random, int n) {
        if (n % 500 == 0) {
            return randomText(random, 4096);
        }
        return switch (random.nextInt(4)) {
            case 0 -> randomText(random, random.nextInt(60));
            case 1 -> randomText(random, random.nextInt(LogLimits.MAX_MESSAGE_CHARS + 50));
            case 2 -> soup(random);
            default -> digits(random);
        };
    }

    /** Random code points, weighted towards the troublesome ranges. */
    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            switch (random.nextInt(10)) {
                case 0 -> text.append((char) random.nextInt(0x20));                               // control
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));                   // lone surrogate
                case 2 -> text.appendCodePoint(0x1F300 + random.nextInt(0x700));                  // emoji
                case 3 -> text.appendCodePoint(0x0590 + random.nextInt(0x170));                  // Hebrew, Arabic
                case 4 -> text.appendCodePoint(0x0300 + random.nextInt(0x70));                    // combining marks
                case 5 -> text.appendCodePoint(0x2000 + random.nextInt(0x70));                    // spaces, marks
                case 6 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));     // anything
                default -> text.append((char) (0x20 + random.nextInt(0x5F)));                     // printable ASCII
            }
        }
        return text.toString();
    }

    /** Log-like text: the parser's words, numbers and symbols in random order and spacing. */
    private static String soup(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(3) == 0) {
                text.append(random.nextInt(3) == 0 ? -random.nextInt(1000) : random.nextInt(1000));
                if (random.nextBoolean()) {
                    text.append(random.nextBoolean() ? '.' : ',').append(random.nextInt(1000));
                }
            } else {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            text.append(random.nextInt(3) == 0 ? "" : " ");
        }
        return text.toString();
    }

    /** Huge digit runs around units and times: numbers no log has. */
    private static String digits(Random random) {
        List<String> parts = new ArrayList<>();
        parts.add(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        parts.add((random.nextBoolean() ? "-" : "") + "9".repeat(1 + random.nextInt(3000)));
        parts.add(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        if (random.nextBoolean()) {
            parts.add("1" + "0".repeat(random.nextInt(40)) + ":" + "5".repeat(1 + random.nextInt(30)));
        }
        return String.join(random.nextBoolean() ? " " : "", parts);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder("\"");
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        shown.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E) {
                escaped.append(String.format("\\u{%X}", cp));
            } else {
                escaped.appendCodePoint(cp);
            }
        });
        return escaped.append('"').toString();
    }
}
