package org.relactation.bot.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The evaluation corpora of the safety net (test resources safety/recall.tsv and safety/precision.tsv, the
 * development pair safety/dev-*.tsv and the held-out pair safety/final-*.tsv), written apart from the word lists the detector uses and never copied into
 * them: recall holds messages that must be caught, with the sign each one shows; precision holds ordinary messages
 * that must not be.
 */
final class SafetyCorpus {
    /** A message that must be caught. */
    record Flagged(String sign, String language, String telegram, String context, String message) {
    }

    /** A message that must not be caught. */
    record Ordinary(String language, String telegram, String message) {
    }

    private SafetyCorpus() {
    }

    /** The corpora the word lists were checked against while they were written. */
    static final String TUNING = "";
    /** A development pair, written later by other hands: its misses show which mechanism is missing. */
    static final String DEV = "dev-";
    /** A last pair, written by another hand at the end and never used to change the word lists: a fair estimate. */
    static final String HELD_OUT = "final-";

    static List<Flagged> recall() {
        return recall(TUNING);
    }

    static List<Ordinary> precision() {
        return precision(TUNING);
    }

    static List<Flagged> recall(String set) {
        return rows("safety/" + set + "recall.tsv", 5).stream().map(r -> new Flagged(r[0], r[1], r[2], r[3], r[4]))
                .toList();
    }

    static List<Ordinary> precision(String set) {
        return rows("safety/" + set + "precision.tsv", 3).stream().map(r -> new Ordinary(r[0], r[1], r[2])).toList();
    }

    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = SafetyCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n")).skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .peek(row -> {
                        if (row.length != columns) {
                            throw new IllegalStateException(resource + ": not " + columns + " columns: " + row[0]);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
