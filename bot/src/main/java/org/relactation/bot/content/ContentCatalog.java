package org.relactation.bot.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All texts of all languages, loaded from the classpath folder {@code content/} (the repository's content/
 * folder, packed into the jar). Validated on load so that a broken translation stops start-up, not a chat.
 */
public final class ContentCatalog {
    /** Telegram's limit for one message text. */
    public static final int MAX_MESSAGE_LENGTH = 4096;
    /** Telegram's limit for a command description in the command menu. */
    public static final int MAX_COMMAND_DESCRIPTION = 256;

    /** Where each language names the commands (command_names.today: "hoy"). */
    public static final String COMMAND_NAMES = "command_names.";
    private static final Pattern COMMAND_NAME = Pattern.compile("[a-z0-9_]{1,32}");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String INDEX = "content/index.yaml";
    private static final String OPERATOR = "content/operator.yaml";
    /** The newlines a block scalar ends in. */
    private static final Pattern TRAILING_NEWLINES = Pattern.compile("\\n+$");

    private final List<String> languages;
    private final Map<String, Texts> byLanguage;
    private final Map<String, String> operator;

    private ContentCatalog(List<String> languages, Map<String, Texts> byLanguage, Map<String, String> operator) {
        this.languages = List.copyOf(languages);
        this.byLanguage = Map.copyOf(byLanguage);
        this.operator = Map.copyOf(operator);
    }

    /** Loads and validates content/ from the classpath. */
    public static ContentCatalog load() {
        return load(ContentCatalog.class.getClassLoader());
    }

    /**
     * Loads and validates the content/ folder that {@code loader} sees: from the snapshot the build made of it
     * ({@link ContentSnapshot}) when that was made from these very files, else from the YAML.
     */
    static ContentCatalog load(ClassLoader loader) {
        return ContentSnapshot.read(loader).orElseGet(() -> fromYaml(loader));
    }

    /** The catalog of these texts, validated unless they were when the build made a snapshot of them. */
    static ContentCatalog of(List<String> languages, Map<String, Map<String, String>> texts,
                             Map<String, String> operator, boolean validate) {
        Map<String, Texts> byLanguage = new LinkedHashMap<>();
        texts.forEach((language, byKey) -> byLanguage.put(language, new Texts(language, byKey)));
        ContentCatalog catalog = new ContentCatalog(languages, byLanguage, operator);
        if (validate) {
            catalog.validate();
        }
        return catalog;
    }

    /** The files the catalog is read from, in the order they are read: the index, each language's, the operator's. */
    static List<String> sources(ClassLoader loader) {
        JsonNode index = read(loader, INDEX);
        List<String> paths = new ArrayList<>(List.of(INDEX));
        for (String language : strings(index, "languages")) {
            for (String file : strings(index, "files")) {
                paths.add("content/" + language + "/" + file);
            }
        }
        paths.add(OPERATOR);
        return paths;
    }

    /** Loads and validates the YAML of the content/ folder that {@code loader} sees. */
    static ContentCatalog fromYaml(ClassLoader loader) {
        JsonNode index = read(loader, INDEX);
        List<String> languages = strings(index, "languages");
        List<String> files = strings(index, "files");
        if (languages.isEmpty()) {
            throw new ContentException("content/index.yaml lists no languages");
        }
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        for (String language : languages) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (String file : files) {
                String path = "content/" + language + "/" + file;
                flatten(read(loader, path), "", texts, path);
            }
            byLanguage.put(language, texts);
        }
        Map<String, String> operator = new LinkedHashMap<>();
        flatten(read(loader, OPERATOR), "", operator, OPERATOR);
        return of(languages, byLanguage, operator, true);
    }

    public List<String> languages() {
        return languages;
    }

    public String fallbackLanguage() {
        return languages.get(0);
    }

    /** The best language for a Telegram language_code such as "es", "es-MX" or null. */
    public String languageFor(String languageCode, String preferred) {
        if (languageCode != null && !languageCode.isBlank()) {
            String primary = languageCode.toLowerCase(Locale.ROOT).split("[-_]")[0];
            if (byLanguage.containsKey(primary)) {
                return primary;
            }
        }
        return byLanguage.containsKey(preferred) ? preferred : fallbackLanguage();
    }

    public Texts texts(String language) {
        Texts texts = byLanguage.get(language);
        return texts != null ? texts : byLanguage.get(fallbackLanguage());
    }

    /** Texts for the operator's terminal (English only). */
    public Texts operator() {
        return new Texts("operator", operator);
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        Texts reference = byLanguage.get(fallbackLanguage());
        for (Texts texts : byLanguage.values()) {
            for (String key : reference.all().keySet()) {
                if (!texts.has(key)) {
                    problems.add(texts.language() + " lacks '" + key + "'");
                }
            }
            texts.all().forEach((key, text) -> {
                if (!reference.has(key)) {
                    problems.add(texts.language() + " has '" + key + "' which " + fallbackLanguage() + " lacks");
                } else if (!placeholders(text).equals(placeholders(reference.get(key)))) {
                    problems.add(texts.language() + " '" + key + "' uses placeholders " + placeholders(text)
                            + " but " + fallbackLanguage() + " uses " + placeholders(reference.get(key)));
                }
                if (text.isBlank()) {
                    problems.add(texts.language() + " '" + key + "' is empty");
                }
                if (key.startsWith(COMMAND_NAMES) && !COMMAND_NAME.matcher(text).matches()) {
                    problems.add(texts.language() + " '" + key + "' is not a command name Telegram allows"
                            + " (a-z, 0-9 and _, at most 32)");
                }
                int limit = key.startsWith("commands.") ? MAX_COMMAND_DESCRIPTION : MAX_MESSAGE_LENGTH;
                if (text.length() > limit) {
                    problems.add(texts.language() + " '" + key + "' is " + text.length() + " characters, over "
                            + limit);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ContentException("Content problems: " + String.join("; ", problems));
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Texts.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static JsonNode read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new ContentException(path + " is missing");
            }
            JsonNode node = YAML.readTree(in);
            if (node == null || !node.isObject()) {
                throw new ContentException(path + " must be a YAML mapping");
            }
            return node;
        } catch (IOException e) {
            throw new ContentException(path + " is not valid YAML: " + e.getMessage());
        }
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(item -> values.add(item.asText()));
        return values;
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> into, String source) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(value, key + ".", into, source);
            } else if (value.isTextual()) {
                // Block scalars end in a newline; spaces are kept (a prompt may end in one).
                into.put(key, TRAILING_NEWLINES.matcher(value.asText()).replaceAll(""));
            } else {
                throw new ContentException(source + ": '" + key + "' must be text");
            }
        }
    }
}
