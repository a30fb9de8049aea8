package org.relactation.bot.e2e;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.WeightUnit;
import org.relactation.bot.telegram.fake.BotMessage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baby's weight, logged in the parent's own words and units ("weighed at the clinic today 4.2kg", "pesa 3.900 en
 * la báscula", "12 lb 4 oz"): kept in grams, shown in the unit it was given in, confirmed with the change since the
 * weight before and a button to the weight-gain card, listed in /today and exported in the CSV and the PDF. A weight
 * no baby has is refused, and a question about weight stays a question. On a clock the test sets (12:00 UTC,
 * parents in UTC), moved a week on between weigh-ins.
 */
class WeightEndToEndTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @TempDir
    static Path dataDir;
    static TestClock clock;
    static BotHarness bot;

    @BeforeAll
    static void startBot() {
        clock = new TestClock(DAY.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        bot = BotHarness.startOnTestClock(dataDir, clock);
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @AfterEach
    void telegramRefusedNothing() {
        bot.assertTelegramRefusedNothing();
    }

    private static List<Entry> entriesOf(long userId) {
        return bot.entriesOf(userId);
    }

    private static List<CSVRecord> csv(BotMessage file) throws IOException {
        String text = new String(file.file().bytes(), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    private static String pdfText(BotMessage file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.file().bytes())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void weighInsAreLoggedWithTheChangeSinceTheLastOneAndShownEverywhere() throws IOException {
        clock.set(DAY.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        Parent parent = bot.parent(18201, "en");

        parent.says("weighed at the clinic today 4.02kg");
        BotMessage first = parent.lastMessage();
        assertThat(first.text()).startsWith("✅ Logged: baby's weight · 4.02 kg · at 12:00").doesNotContain("since");
        assertThat(first.buttonTexts()).containsExactly("🕒 Time", "↩️ Undo", "⚖️ Weight gain");
        assertThat(entriesOf(18201)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.WEIGHT);
            assertThat(entry.grams()).isEqualTo(4020);
            assertThat(entry.weightUnit()).isEqualTo(WeightUnit.KG);
            assertThat(entry.note()).isNull();
        });

        clock.advance(Duration.ofDays(7));
        parent.says("nursed 15 min");
        parent.says("weight 4.2kg (+180g this week) on the home scale");
        BotMessage second = parent.lastMessage();
        assertThat(second.text()).startsWith("✅ Logged: baby's weight · 4.2 kg · at 12:00")
                .contains("That's +180 g since Dec 5, when it was 4.02 kg.").doesNotContain("sessions");
        // The card is a button away, never a verdict in the reply.
        parent.presses("⚖️ Weight gain");
        assertThat(parent.lastMessage().text()).contains("150 to 200 grams");

        // Redelivered: answered again, stored once.
        Entry latest = entriesOf(18201).get(2);
        List<Action> again = bot.application().router().handle(new Inbound(Long.parseLong(latest.source().substring(2)),
                18201, 18201, true, "weight 4.2kg (+180g this week) on the home scale", null, "en",
                latest.createdAt()));
        assertThat(again).singleElement().satisfies(action ->
                assertThat(((Action.Reply) action).text()).startsWith("✅ Already logged: baby's weight · 4.2 kg"));
        assertThat(entriesOf(18201)).filteredOn(entry -> entry.kind() == EntryKind.WEIGHT).hasSize(2);

        parent.says("/today");
        assertThat(parent.lastMessage().text()).contains("Sessions: 1 of 8")
                .contains("2. 12:00  baby's weight · 4.2 kg · “+180g this week”");
        List<BotMessage> files = parent.says("/export");
        List<CSVRecord> rows = csv(files.get(0));
        assertThat(rows).extracting(row -> row.get("Entry")).containsExactly("Baby's weight", "Session",
                "Baby's weight");
        assertThat(rows).extracting(row -> row.get("Baby's weight (g)")).containsExactly("4020", "", "4200");
        assertThat(pdfText(files.get(1))).contains("Baby's weight: Dec 5: 4.02 kg, Dec 12: 4.2 kg");
    }

    @Test
    void poundsAndOuncesStayPoundsAndOuncesAndAnUnlikelyWeightIsRefused() {
        clock.set(DAY.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        Parent parent = bot.parent(18202, "en");

        parent.says("12 lb 4 oz");
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged: baby's weight · 12 lb 4 oz");
        clock.advance(Duration.ofHours(1));
        parent.says("wieghed him at home, 12lb 10oz");
        assertThat(parent.lastMessage().text()).contains("That's +6 oz since Dec 5, when it was 12 lb 4 oz.");
        assertThat(entriesOf(18202)).extracting(Entry::grams).containsExactly(5557, 5727);

        parent.says("she weighs 42 kg");
        assertThat(parent.lastMessage().text()).contains("doesn't look like a baby's weight").contains("didn't save");
        parent.says("weighed 4 kg at 22:00");
        assertThat(parent.lastMessage().text()).contains("still to come");
        assertThat(entriesOf(18202)).hasSize(2);

        // A question about weight is answered as one, and logs nothing.
        parent.says("is 4.2kg ok at 6 weeks?");
        parent.says("how much weight should she gain");
        assertThat(parent.lastMessage().text()).doesNotContain("Logged");
        assertThat(entriesOf(18202)).hasSize(2);
    }

    @Test
    void enEspañolElPesoSeAnotaEnGramosOKilosYSeQuitaConDeshacer() throws IOException {
        clock.set(DAY.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        Parent parent = bot.parent(18203, "es");

        parent.says("hoy pesa 3.900 en la báscula de la farmacia");
        assertThat(parent.lastMessage().text()).startsWith("✅ Anotado: peso del bebé · 3.900 g · a las 12:00");
        assertThat(parent.lastMessage().buttonTexts())
                .containsExactly("🕒 Hora", "↩️ Deshacer", "⚖️ Aumento de peso");
        clock.advance(Duration.ofDays(7));
        parent.says("pesó 4,25 kg en la revisión");
        assertThat(parent.lastMessage().text()).startsWith("✅ Anotado: peso del bebé · 4,25 kg")
                .contains("Son +350 g desde el 5 dic, cuando pesaba 3,9 kg.");
        parent.says("/hoy");
        assertThat(parent.lastMessage().text()).contains("1. 12:00  peso del bebé · 4,25 kg");
        List<BotMessage> files = parent.says("/exportar");
        assertThat(csv(files.get(0))).extracting(row -> row.get("Peso del bebé (g)")).containsExactly("3900", "4250");
        assertThat(pdfText(files.get(1))).contains("Peso del bebé: 5 dic: 3.900 g, 12 dic: 4,25 kg");

        // Opened from /hoy, a weight typed again replaces it: a slip on the scale is fixed, not logged twice.
        parent.says("/hoy");
        parent.presses("✏️ 1 · 12:00");
        assertThat(parent.lastMessage().text()).contains("escribe el peso o la hora");
        assertThat(parent.lastMessage().buttonTexts()).containsExactly("🕒 Hora", "🗑 Quitar", "📅 Volver a hoy");
        parent.says("4,3 kg");
        assertThat(entriesOf(18203)).extracting(Entry::grams).containsExactly(3900, 4300);

        parent.says("/deshacer");
        assertThat(parent.lastMessage().text()).startsWith("↩️ Quitado: peso del bebé · 4,3 kg");
        assertThat(entriesOf(18203)).extracting(Entry::grams).containsExactly(3900);
    }
}
