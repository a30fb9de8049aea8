package org.relactation.bot.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The content catalog as the build flattened it, in one JSON file next to the YAML ({@value #PATH}): a start reads it
 * instead of parsing the YAML (about 0.7 MB: 0.36 s of CPU instead of 0.61 s in a cold JVM, with the JIT work it
 * brings). It is taken only when it was made from these very files: it names each file it was made from with a
 * checksum of its bytes, and any file changed, added or missing since (content edited after the build, a test's own
 * content folder) sends the load back to the YAML. Made by the build ({@link #main}, in the process-classes phase).
 */
final class ContentSnapshot {
    static final String PATH = "content/catalog.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentSnapshot() {
    }

    /** The catalog from the snapshot {@code loader} sees, if there is one and it was made from the files it sees. */
    static Optional<ContentCatalog> read(ClassLoader loader) {
        JsonNode snapshot;
        try (InputStream in = loader.getResourceAsStream(PATH)) {
            if (in == null) {
                return Optional.empty();
            }
            snapshot = JSON.readTree(in);
        } catch (IOException e) {
            return Optional.empty(); // unreadable: the YAML is the truth
        }
        Iterator<Map.Entry<String, JsonNode>> sources = snapshot.path("sources").fields();
        if (!sources.hasNext()) {
            return Optional.empty();
        }
        while (sources.hasNext()) {
            Map.Entry<String, JsonNode> source = sources.next();
            if (!checksum(loader, source.getKey()).equals(Optional.of(source.getValue().asLong()))) {
                return Optional.empty();
            }
        }
        List<String> languages = new ArrayList<>();
        snapshot.path("languages").forEach(language -> languages.add(language.asText()));
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        snapshot.path("texts").fields().forEachRemaining(language -> texts.put(language.getKey(),
                strings(language.getValue())));
        // Checked when the snapshot was made, from these same bytes (no snapshot is made of content that fails).
        return Optional.of(ContentCatalog.of(languages, texts, strings(snapshot.path("operator")), false));
    }

    /**
     * Writes the snapshot of the content under {@code args[0]} (the build's classes folder) into that folder. Content
     * that does not load (the checks of {@link ContentCatalog}) gets no snapshot: the build goes on, and the start and
     * the tests report it from the YAML as before.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Files.deleteIfExists(classes.resolve(PATH));
        try (URLClassLoader loader = new URLClassLoader(new URL[]{url(classes)}, null)) {
            ContentCatalog catalog;
            try {
                catalog = ContentCatalog.fromYaml(loader);
            } catch (ContentException e) {
                LoggerFactory.getLogger(ContentSnapshot.class).warn("No content snapshot: {}", e.getMessage());
                return;
            }
            ObjectNode snapshot = JSON.createObjectNode();
            ObjectNode sources = snapshot.putObject("sources");
            for (String source : ContentCatalog.sources(loader)) {
                sources.put(source, checksum(loader, source).orElseThrow());
            }
            catalog.languages().forEach(snapshot.putArray("languages")::add);
            ObjectNode texts = snapshot.putObject("texts");
            for (String language : catalog.languages()) {
                catalog.texts(language).all().forEach(texts.putObject(language)::put);
            }
            catalog.operator().all().forEach(snapshot.putObject("operator")::put);
            Files.writeString(classes.resolve(PATH), JSON.writeValueAsString(snapshot));
        }
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> checksum(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return Optional.of(crc.getValue());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> strings = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> strings.put(field.getKey(), field.getValue().asText()));
        return strings;
    }
}
