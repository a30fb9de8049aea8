package org.relactation.bot.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentSnapshotTest {
    private static final ClassLoader CLASSPATH = ContentSnapshotTest.class.getClassLoader();

    @Test
    void theBuildMadeASnapshotOfTheContentThatGivesTheSameCatalogAsTheYaml() {
        Optional<ContentCatalog> snapshot = ContentSnapshot.read(CLASSPATH);

        assertThat(snapshot).isPresent();
        assertSame(snapshot.get(), ContentCatalog.fromYaml(CLASSPATH));
    }

    @Test
    void aSnapshotIsTakenOnlyWhileEveryFileItWasMadeFromIsUnchanged(@TempDir Path dir) throws Exception {
        write(dir, "greeting: \"Hello\"\n", "saludo: \"Hola\"\n");
        ContentSnapshot.main(new String[]{dir.toString()});
        assertThat(read(dir)).hasValueSatisfying(catalog ->
                assertThat(catalog.texts("en").get("greeting")).isEqualTo("Hello"));

        Files.writeString(dir.resolve("content/en/bot.yaml"), "greeting: \"Hi\"\n");
        assertThat(read(dir)).isEmpty();
        assertThat(load(dir).texts("en").get("greeting")).isEqualTo("Hi");

        Files.writeString(dir.resolve("content/en/bot.yaml"), "greeting: \"Hello\"\n");
        assertThat(read(dir)).isPresent();
        Files.delete(dir.resolve("content/es/bot.yaml"));
        assertThat(read(dir)).isEmpty();
    }

    @Test
    void contentThatFailsItsChecksGetsNoSnapshotAndStillStopsLoading(@TempDir Path dir) throws Exception {
        write(dir, "greeting: \"Hello {name}\"\n", "greeting: \"Hola\"\n");

        ContentSnapshot.main(new String[]{dir.toString()});

        assertThat(dir.resolve(ContentSnapshot.PATH)).doesNotExist();
        assertThatThrownBy(() -> load(dir)).hasMessageContaining("uses placeholders");
    }

    @Test
    void withoutASnapshotTheYamlIsRead(@TempDir Path dir) throws Exception {
        write(dir, "greeting: \"Hello\"\n", "greeting: \"Hola\"\n");

        assertThat(read(dir)).isEmpty();
        assertThat(load(dir).texts("es").get("greeting")).isEqualTo("Hola");
    }

    private static void assertSame(ContentCatalog actual, ContentCatalog expected) {
        assertThat(actual.languages()).isEqualTo(expected.languages());
        for (String language : expected.languages()) {
            // In the same order too: lists read with under() follow the files' order.
            assertThat(actual.texts(language).all()).containsExactlyEntriesOf(expected.texts(language).all());
        }
        // The operator's texts are kept in no order (looked up by key only).
        assertThat(actual.operator().all()).containsExactlyInAnyOrderEntriesOf(expected.operator().all());
    }

    private static void write(Path dir, String english, String spanish) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("en"));
        Files.createDirectories(content.resolve("es"));
        Files.writeString(content.resolve("index.yaml"), "languages: [en, es]\nfiles: [bot.yaml]\n");
        Files.writeString(content.resolve("operator.yaml"), "usage: \"x\"\n");
        Files.writeString(content.resolve("en/bot.yaml"), english);
        Files.writeString(content.resolve("es/bot.yaml"), spanish.replace("saludo", "greeting"));
    }

    private static Optional<ContentCatalog> read(Path dir) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, null)) {
            return ContentSnapshot.read(loader);
        }
    }

    private static ContentCatalog load(Path dir) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, null)) {
            return ContentCatalog.load(loader);
        }
    }
}
