package org.relactation.bot.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.relactation.bot.content.ContentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The signs of content/safety-signs.yaml, in the file's order: each with its urgency, whose sign it is and the
 * patterns that reveal it. A pattern is a line of concept names (safety.words.CONCEPT, or one the scanner makes
 * from numbers) that must all be found in one sentence, in any order. "neg" in a pattern asks for a negation
 * just before the other concepts ("no wet nappies", "won't wake"); without it, a negated concept does not count.
 * "!name" asks that the concept is not in the sentence, "~name" that it is somewhere in the message, and "@name"
 * that the message says the concept is of the sign's person ("@fever": a fever said of the baby); "a+b" is a
 * followed closely by b ("turning+blue").
 */
final class SignBook {
    static final String RESOURCE = "content/safety-signs.yaml";
    static final String NEGATION = "neg";
    /** Before a concept in a pattern: the concept must not be in the sentence. */
    static final String ABSENT = "!";
    /** Before a concept in a pattern: the message must say whose it is (the sign's person), not leave it open. */
    static final String SAID_OF = "@";
    /** Between two concepts in a pattern: the second follows the first closely ("turning+blue": "went blue"). */
    static final String THEN = "+";
    /** How closely: at most one word between. */
    static final int THEN_REACH = 2;
    /** Words a negation reaches over by default ("don't think I have a fever"). */
    static final int DEFAULT_NEGATION_REACH = 5;
    /** Before a concept in a pattern: the concept may be anywhere in the message ("on the pill. my calf hurts"). */
    static final String ANYWHERE = "~";

    private final List<Sign> signs;

    private SignBook(List<Sign> signs) {
        this.signs = List.copyOf(signs);
    }

    static SignBook load(Set<String> knownConcepts) {
        try (InputStream in = SignBook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ContentException(RESOURCE + " is missing from the class path");
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in), knownConcepts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SignBook parse(JsonNode root, Set<String> knownConcepts) {
        List<Sign> signs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("signs").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode sign = field.getValue();
            List<List<String>> patterns = new ArrayList<>();
            for (JsonNode line : sign.path("patterns")) {
                List<String> concepts = Arrays.stream(line.asText().strip().split("\\s+")).toList();
                for (String word : concepts) {
                    String named = word.startsWith(ABSENT) || word.startsWith(ANYWHERE) || word.startsWith(SAID_OF)
                            ? word.substring(1) : word;
                    for (String concept : named.split("\\" + THEN)) {
                        if (!concept.equals(NEGATION) && !knownConcepts.contains(concept)
                                && !MessageScan.SPECIAL.contains(concept)) {
                            problems.add(key + " uses '" + concept + "', which no safety.words entry defines");
                        }
                    }
                }
                patterns.add(concepts);
            }
            if (patterns.isEmpty()) {
                problems.add(key + " has no patterns");
            }
            List<String> replaces = new ArrayList<>();
            sign.path("replaces").forEach(r -> replaces.add(r.asText()));
            try {
                signs.add(new Sign(key, Urgency.valueOf(sign.path("urgency").asText().toUpperCase(Locale.ROOT)),
                        Sign.Who.valueOf(sign.path("who").asText("any").toUpperCase(Locale.ROOT)),
                        sign.path("even_asked").asBoolean(false), sign.path("stops_handling").asBoolean(false),
                        patterns, replaces, sign.path("negation_reach").asInt(DEFAULT_NEGATION_REACH)));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": urgency must be now, today, soon or prescriber and who baby, parent or any");
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(RESOURCE + ": " + String.join("; ", problems));
        }
        return new SignBook(signs);
    }

    List<Sign> signs() {
        return signs;
    }

    Sign get(String key) {
        return signs.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new ContentException(RESOURCE + " has no sign '" + key + "'"));
    }
}
