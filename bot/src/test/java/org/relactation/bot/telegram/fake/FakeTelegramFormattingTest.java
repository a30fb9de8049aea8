package org.relactation.bot.telegram.fake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The fake's markup parsers against the behaviour of TDLib, which the Bot API server runs: most cases are
 * TDLib's own test vectors (texts with emoji, whose byte offsets and UTF-16 lengths differ).
 */
class FakeTelegramFormattingTest {
    static Stream<Arguments> htmlErrors() {
        return Stream.of(
                arguments("🏟 🏟&lt;<abacaba", "Unclosed start tag at byte offset 13"),
                arguments("🏟 🏟&lt;<abac aba>", "Unsupported start tag \"abac\" at byte offset 13"),
                arguments("🏟 🏟&lt;<i   =aba>", "Empty attribute name in the tag \"i\" at byte offset 13"),
                arguments("🏟 🏟&lt;<i    aba>", "Can't find end tag corresponding to start tag \"i\""),
                arguments("🏟 🏟&lt;<i    aba  =  ", "Unclosed start tag \"i\" at byte offset 13"),
                arguments("🏟 🏟&lt;<i    aba  =  190azAz-.,", "Unexpected end of name token at byte offset 27"),
                arguments("🏟 🏟&lt;<i    aba  =  \"&lt;&gt;&quot;>", "Unclosed start tag at byte offset 13"),
                arguments("🏟 🏟&lt;</", "Unexpected end tag at byte offset 13"),
                arguments("🏟 🏟&lt;<b></b></", "Unexpected end tag at byte offset 20"),
                arguments("🏟 🏟&lt;<i>a</i   ", "Unclosed end tag at byte offset 17"),
                arguments("🏟 🏟&lt;<i>a</em   >",
                        "Unmatched end tag at byte offset 17, expected \"</i>\", found \"</em>\""),
                arguments("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0"),
                arguments("<tg-emoji emoji-id=\"x\">y</tg-emoji>", "Invalid custom emoji identifier specified"),
                arguments("&#xDFDF;", "Text contains invalid Unicode characters after decoding HTML entities, "
                        + "check for unmatched surrogate code units"),
                arguments("a < b", "Unsupported start tag \"\" at byte offset 2"),
                arguments("<br/>", "Unsupported start tag \"br/\" at byte offset 0"));
    }

    @ParameterizedTest
    @MethodSource("htmlErrors")
    void htmlIsRefusedWithTelegramsWords(String html, String error) {
        assertThatExceptionOfType(EntityParseException.class).isThrownBy(() -> HtmlParser.parse(html, false))
                .withMessage(error);
    }

    static Stream<Arguments> htmlTexts() {
        return Stream.of(
                arguments("&ge;&lt;&gt;&amp;&quot;&laquo;&raquo;&#12345678;", "&ge;<>&\"&laquo;&raquo;&#12345678;",
                        List.of()),
                arguments("Tom & Jerry", "Tom & Jerry", List.of()),
                arguments("➡️ ➡️<i>➡️ ➡️</i>", "➡️ ➡️➡️ ➡️", List.of("italic 5 5")),
                arguments("🏟 🏟<i>🏟 &gt;<b aba   =   caba>&lt🏟</b></i>", "🏟 🏟🏟 ><🏟",
                        List.of("italic 5 7", "bold 9 3")),
                arguments("🏟 🏟&lt;<i>🏟 🏟&lt;</>", "🏟 🏟<🏟 🏟<", List.of("italic 6 6")),
                arguments("🏟 🏟&lt;<b></b>", "🏟 🏟<", List.of()),
                arguments("➡️ ➡️<span class = \"tg-spoiler\">➡️ ➡️</span><b>➡️ ➡️</b>", "➡️ ➡️➡️ ➡️➡️ ➡️",
                        List.of("spoiler 5 5", "bold 10 5")),
                arguments("<a href=telegram.org> </a>", " ", List.of("text_link 0 1 http://telegram.org/")),
                arguments("<a   href=  'telegram.org?&lt;'   > </a>", " ",
                        List.of("text_link 0 1 http://telegram.org/?<")),
                arguments("<a>telegram.org </a>", "telegram.org ", List.of()),
                arguments("<a>telegram.org</a>", "telegram.org", List.of("text_link 0 12 http://telegram.org/")),
                arguments("<a href=\"tg://user?id=5\">Ana</a>", "Ana", List.of("text_mention 0 3 5")),
                arguments("🏟 🏟&lt;<pre><code class=\"language-fift\">🏟 🏟&lt;</></>", "🏟 🏟<🏟 🏟<",
                        List.of("pre 6 6 fift")),
                arguments("🏟 🏟&lt;<pre> <code class=\"language-fift\">🏟 🏟&lt;</></>", "🏟 🏟< 🏟 🏟<",
                        List.of("pre 6 7", "code 7 6")),
                arguments("<code><i><b> </b></i></code><i><b><code> </code></b></i>", "  ",
                        List.of("code 0 1", "bold 0 1", "italic 0 1", "code 1 1", "bold 1 1", "italic 1 1")),
                arguments("➡️ ➡️<tg-emoji emoji-id = \"12345\">➡️ ➡️</tg-emoji><b>➡️ ➡️</b>", "➡️ ➡️➡️ ➡️➡️ ➡️",
                        List.of("custom_emoji 5 5 12345", "bold 10 5")),
                arguments("<blockquote   expandable>a&lt;<pre  >b;</></>", "a<b;",
                        List.of("expandable_blockquote 0 4", "pre 2 2")),
                arguments("<blockquote   cite=\"\" askdlbas nasjdbaj nj12b3>a&lt;<pre  >b;</></>", "a<b;",
                        List.of("blockquote 0 4", "pre 2 2")));
    }

    @ParameterizedTest
    @MethodSource("htmlTexts")
    void htmlBecomesTextAndEntities(String html, String text, List<String> entities) {
        assertParsed(HtmlParser.parse(html, false), text, entities);
    }

    @Test
    void aBareAmpersandIsRefusedOnlyInStrictMode() {
        assertThat(HtmlParser.parse("a &b &amp; c", false).text()).isEqualTo("a &b & c");
        assertThatExceptionOfType(EntityParseException.class)
                .isThrownBy(() -> HtmlParser.parse("a &b &amp; c", true))
                .withMessageStartingWith("Unescaped \"&\" at byte offset 2");
    }

    static Stream<Arguments> markdownV2Errors() {
        return Stream.of(
                arguments("🏟 🏟_abacaba", "Can't find end of Italic entity at byte offset 9"),
                arguments("🏟 🏟_abac * asd ", "Can't find end of Bold entity at byte offset 15"),
                arguments("🏟 🏟`", "Can't find end of Code entity at byte offset 9"),
                arguments("🏟 🏟```a", "Can't find end of Pre entity at byte offset 9"),
                arguments("🏟 🏟```a ", "Can't find end of PreCode entity at byte offset 9"),
                arguments("🏟 🏟__🏟 🏟_", "Can't find end of Italic entity at byte offset 20"),
                arguments("🏟 🏟_🏟 🏟__", "Can't find end of Underline entity at byte offset 19"),
                arguments("🏟 🏟```🏟 🏟\\`", "Can't find end of PreCode entity at byte offset 9"),
                arguments("[telegram\\.org](asd\\)", "Can't find end of a URL at byte offset 16"),
                arguments("🏟 🏟||test\\|", "Can't find end of Spoiler entity at byte offset 9"),
                arguments("🏟 🏟!", "Character '!' is reserved and must be escaped with the preceding '\\'"),
                arguments("🏟 🏟>", "Character '>' is reserved and must be escaped with the preceding '\\'"),
                arguments("🏟 🏟![👍]", "Custom emoji entity must contain a tg://emoji URL"),
                arguments("🏟 🏟![👍](t://emoji?id=1234)", "Custom emoji URL must have scheme tg"),
                arguments("🏟 🏟![👍](tg:emojis?id=1234)", "Custom emoji URL must have host \"emoji\""),
                arguments("🏟 🏟![👍](tg://emoji?test=1#&id=25)", "Custom emoji URL must have an emoji identifier"),
                arguments("🏟 🏟![👍](tg://emoji?test=1231&id=025)", "Invalid custom emoji identifier specified"),
                arguments(">*b\n>ld \n>bo\nld*\nasd\ndef", "Can't find end of Bold entity at byte offset 1"),
                arguments(">\n*a*>2", "Character '>' is reserved and must be escaped with the preceding '\\'"),
                arguments(">asd\n>q||ew\n||asdad", "Can't find end of Spoiler entity at byte offset 7"),
                arguments(">asd\n>q||e||w__\n||asdad", "Can't find end of Underline entity at byte offset 13"),
                arguments("*bold _italic\\_*", "Can't find end of Bold entity at byte offset 15"),
                arguments("Fin.", "Character '.' is reserved and must be escaped with the preceding '\\'"),
                arguments("a-b", "Character '-' is reserved and must be escaped with the preceding '\\'"));
    }

    @ParameterizedTest
    @MethodSource("markdownV2Errors")
    void markdownV2IsRefusedWithTelegramsWords(String markdown, String error) {
        assertThatExceptionOfType(EntityParseException.class).isThrownBy(() -> MarkdownV2Parser.parse(markdown))
                .withMessage(error);
    }

    static Stream<Arguments> markdownV2Texts() {
        return Stream.of(
                arguments("\\\\\\\\\\_\\*\\`", "\\\\_*`", List.of()),
                arguments("🏟 🏟_abac \\* asd _", "🏟 🏟abac * asd ", List.of("italic 5 11")),
                arguments("🏟 🏟_🏟 __🏟___", "🏟 🏟🏟 🏟", List.of("italic 5 5", "underline 8 2")),
                arguments("🏟 🏟```🏟\r\n🏟```", "🏟 🏟🏟", List.of("pre 5 2 🏟")),
                arguments("🏟 🏟```🏟 \\\\\\`🏟```", "🏟 🏟 \\`🏟", List.of("pre 5 5 🏟")),
                arguments("||test||", "test", List.of("spoiler 0 4")),
                arguments("`_* *_`__*` `*__", "_* *_ ", List.of("code 0 5", "code 5 1", "bold 5 1", "underline 5 1")),
                arguments("[ ](telegram.org)", " ", List.of("text_link 0 1 http://telegram.org/")),
                arguments("[ ](as)", " ", List.of()),
                arguments("[telegram\\.org](https://telegram.dog?)", "telegram.org",
                        List.of("text_link 0 12 https://telegram.dog/?")),
                arguments("[telegram\\.org](tg:user?id=123456)", "telegram.org", List.of("text_mention 0 12 123456")),
                arguments("🏟 🏟![👍](TG://EMoJI/?test=1231&id=25#id=32)a", "🏟 🏟👍a", List.of("custom_emoji 5 2 25")),
                arguments("> \n> \n>", " \n \n", List.of("blockquote 0 4")),
                arguments("abc\n>def\n>def\n\r>ghi2\njkl", "abc\ndef\ndef\n\rghi2\njkl",
                        List.of("blockquote 4 8", "blockquote 13 5")),
                arguments(">asd\n>q||e||w||\nasdad", "asd\nqew\nasdad",
                        List.of("expandable_blockquote 0 8", "spoiler 5 1")),
                arguments(">asd\n>q||ew||\nasdad", "asd\nqew\nasdad", List.of("blockquote 0 8", "spoiler 5 2")),
                arguments(">\n**>2", "\n2", List.of("blockquote 0 1", "blockquote 1 1")),
                arguments("*Hola\\!* ¿todo bien\\?", "Hola! ¿todo bien?", List.of("bold 0 5")));
    }

    @ParameterizedTest
    @MethodSource("markdownV2Texts")
    void markdownV2BecomesTextAndEntities(String markdown, String text, List<String> entities) {
        assertParsed(MarkdownV2Parser.parse(markdown), text, entities);
    }

    @Test
    void legacyMarkdownKeepsItsOwnRules() {
        assertParsed(MarkdownParser.parse("*negrita* y _cursiva_ 1.5-2"), "negrita y cursiva 1.5-2",
                List.of("bold 0 7", "italic 10 7"));
        assertThatExceptionOfType(EntityParseException.class).isThrownBy(() -> MarkdownParser.parse("*unclosed"))
                .withMessage("Can't find end of the entity starting at byte offset 0");
    }

    @Test
    void textIsTrimmedAndMeasuredAfterParsing() {
        FormattedText parsed = TextFormatter.parse("\n <b> hola </b>\n", Optional.of("html"), Optional.empty(), false);

        FormattedText stored = TextFormatter.finishText(parsed);

        assertThat(stored.text()).isEqualTo("hola");
        assertThat(stored.entities()).containsExactly(new TextEntity("bold", 0, 4));
        assertThatExceptionOfType(BotApiError.class)
                .isThrownBy(() -> TextFormatter.finishText(FormattedText.plain("<b></b>".substring(0, 0))))
                .withMessage("Bad Request: message text is empty");
    }

    private static void assertParsed(FormattedText parsed, String text, List<String> entities) {
        assertThat(parsed.text()).isEqualTo(text);
        assertThat(parsed.entities()).extracting(entity -> (entity.type() + " " + entity.offset() + " "
                        + entity.length() + " " + entity.argument()).strip())
                .containsExactlyElementsOf(entities);
    }
}
