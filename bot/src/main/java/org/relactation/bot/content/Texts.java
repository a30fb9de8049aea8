package org.relactation.bot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The texts of one language, looked up by key, with {placeholder} values filled in. */
public final class Texts {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final String language;
    private final Map<String, String> byKey;

    Texts(String language, Map<String, String> byKey) {
        this.language = language;
        // In the order the content files give (Map.copyOf's order changes from run to run, and lists read with
        // under() must read the same every time).
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    public String language() {
        return language;
    }

    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** Every text whose key starts with {@code prefix}, by the rest of its key, in file order. */
    public Map<String, String> under(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        all().forEach((key, text) -> {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), text);
            }
        });
        return found;
    }

    /** The text for {@code key}; a missing key is a programming error, caught by the content tests. */
    public String get(String key) {
        String text = byKey.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No text '" + key + "' in language " + language);
        }
        return text;
    }

    /** The text for {@code key} with each {name} replaced by its value; values are inserted literally. */
    public String get(String key, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(get(key));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + matcher.group(1) + "} in '" + key + "'");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    Map<String, String> all() {
        return byKey;
    }
}
