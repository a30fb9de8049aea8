package org.relactation.bot.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentCatalogTest {
    private final ContentCatalog catalog = ContentCatalog.load();

    @Test
    void theShippedContentHasEnglishAndSpanishWithTheSameKeys() {
        assertThat(catalog.languages()).containsExactly("en", "es");
        assertThat(catalog.texts("es").all().keySet()).isEqualTo(catalog.texts("en").all().keySet());
    }

    @Test
    void everyShippedTextFitsInATelegramMessage() {
        for (String language : catalog.languages()) {
            catalog.texts(language).all().forEach((key, text) ->
                    assertThat(text.length()).as(language + " " + key).isBetween(1, ContentCatalog.MAX_MESSAGE_LENGTH));
        }
    }

    /** A Spanish parent's menu says /hoy: a Spanish text that pointed to /today would send them looking for it. */
    @Test
    void everyTextNamesCommandsAsItsLanguagesMenuDoes() {
        Map<String, String> english = catalog.texts("en").under(ContentCatalog.COMMAND_NAMES);
        for (String language : catalog.languages()) {
            Map<String, String> own = catalog.texts(language).under(ContentCatalog.COMMAND_NAMES);
            assertThat(own.keySet()).as(language).isEqualTo(english.keySet());
            assertThat(own.values()).as(language).doesNotHaveDuplicates();
            List<String> others = english.entrySet().stream()
                    .filter(name -> !name.getValue().equals(own.get(name.getKey()))).map(Map.Entry::getValue).toList();
            if (others.isEmpty()) {
                continue;
            }
            Pattern foreign = Pattern.compile(
                    "(?<![\\w/.:-])/(" + String.join("|", others) + ")\\b");
            catalog.texts(language).all().forEach((key, text) ->
                    assertThat(foreign.matcher(text).find()).as(language + " " + key + ": " + text).isFalse());
        }
    }

    @Test
    void aCommandNameTelegramRefusesStopsLoading(@TempDir Path dir) throws Exception {
        write(dir, "en", "command_names:\n  today: \"today\"\n");
        write(dir, "es", "command_names:\n  today: \"hoy día\"\n");

        assertThatThrownBy(() -> load(dir)).hasMessageContaining("es 'command_names.today' is not a command name");
    }

    @Test
    void telegramLanguageCodesFallBackSensibly() {
        assertThat(catalog.languageFor("es-MX", "en")).isEqualTo("es");
        assertThat(catalog.languageFor("ES", "en")).isEqualTo("es");
        assertThat(catalog.languageFor("fr", "en")).isEqualTo("en");
        assertThat(catalog.languageFor(null, "es")).isEqualTo("es");
        assertThat(catalog.languageFor("de", "xx")).isEqualTo("en");
    }

    @Test
    void placeholdersAreFilledLiterally() {
        String line = catalog.texts("en").get("help.line", Map.of("command", "start", "description", "$1 \\ {x}"));

        assertThat(line).isEqualTo("/start – $1 \\ {x}");
    }

    @Test
    void aKeyMissingInOneLanguageStopsLoading(@TempDir Path dir) throws Exception {
        write(dir, "en", "greeting: \"Hi\"\nfarewell: \"Bye\"\n");
        write(dir, "es", "greeting: \"Hola\"\n");

        assertThatThrownBy(() -> load(dir)).isInstanceOf(ContentException.class).hasMessageContaining("es lacks 'farewell'");
    }

    @Test
    void aKeyOnlyInTheTranslationStopsLoading(@TempDir Path dir) throws Exception {
        write(dir, "en", "greeting: \"Hi\"\n");
        write(dir, "es", "greeting: \"Hola\"\nextra: \"Más\"\n");

        assertThatThrownBy(() -> load(dir)).hasMessageContaining("es has 'extra' which en lacks");
    }

    @Test
    void aTextLongerThanTelegramAllowsStopsLoading(@TempDir Path dir) throws Exception {
        String tooLong = "a".repeat(ContentCatalog.MAX_MESSAGE_LENGTH + 1);
        write(dir, "en", "greeting: \"" + tooLong + "\"\n");
        write(dir, "es", "greeting: \"Hola\"\n");

        assertThatThrownBy(() -> load(dir)).hasMessageContaining("en 'greeting' is 4097 characters, over 4096");
    }

    @Test
    void differentPlaceholdersBetweenLanguagesStopLoading(@TempDir Path dir) throws Exception {
        write(dir, "en", "greeting: \"Hi {name}\"\n");
        write(dir, "es", "greeting: \"Hola {nombre}\"\n");

        assertThatThrownBy(() -> load(dir)).hasMessageContaining("uses placeholders [nombre]");
    }

    private static void write(Path dir, String language, String yaml) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve(language));
        Files.writeString(content.resolve("index.yaml"), "languages: [en, es]\nfiles: [bot.yaml]\n");
        Files.writeString(content.resolve("operator.yaml"), "usage: \"x\"\n");
        Files.writeString(content.resolve(language).resolve("bot.yaml"), yaml);
    }

    private static ContentCatalog load(Path dir) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, null)) {
            return ContentCatalog.load(loader);
        }
    }
}
