package org.relactation.bot.e2e;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.telegram.fake.BotMessage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbers a parent relies on, from her first day (issue 17): /stats, /week, /progress, /next and /export count
 * from the day her plan started or her first log, whichever is earlier, never the days before; trends compare like
 * with like and say so; files, dates and decimals are in her language.
 */
class NumbersEndToEndTest extends SharedBotTest {
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Her plan started {@code days} days ago, as if she had set it up then. */
    private static void planStartedDaysAgo(Parent parent, int days) {
        bot.application().database().collection("users", Document.class).updateOne(
                Filters.eq("_id", parent.id()), Updates.set("planStartedAt",
                        Date.from(Instant.now().minus(Duration.ofDays(days)))));
    }

    private static LocalDate today(ZoneId zone) {
        return LocalDate.now(zone);
    }

    private static List<String> weekLines(String text) {
        return text.lines().filter(line -> line.matches(".*\\d+/\\d+.*")).toList();
    }

    private static List<CSVRecord> csv(BotMessage file) throws IOException {
        String text = new String(file.file().bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    private static String pdf(BotMessage file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.file().bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replace("\r", "");
        }
    }

    @Test
    void onHerSecondDayASpanishParentSeesOnlyHerOwnDaysInHerLanguage() throws IOException {
        Parent parent = bot.parent(17001, "es");
        parent.says("/start");
        parent.presses("Recuperar mi leche");
        parent.presses(parent.lastMessage().buttonTexts().getFirst()); // how long ago her milk stopped
        String babyAge = parent.lastMessage().buttonTexts().getFirst();
        parent.presses(babyAge);
        parent.presses(parent.lastMessage().buttonTexts().getFirst()); // how her baby feeds
        parent.presses("Parte de su leche");
        parent.says("Ciudad de México");
        parent.presses("Sí, es correcto");
        parent.presses("8 (recomendado)");
        parent.presses("Omitir");
        parent.presses("Omitir");
        planStartedDaysAgo(parent, 1);
        parent.says("sacaleches 15 min 30 ml ayer a las 08:30");
        parent.says("sacaleches 15 min ayer a las 12:00");
        parent.says("pecho 10 min ayer a las 16:00");
        parent.says("sacaleches 20 min 65 ml, salió más leche con música");
        parent.says("pecho 10 min");
        LocalFormat es = LocalFormat.of("es");
        LocalDate today = today(MEXICO_CITY);
        LocalDate yesterday = today.minusDays(1);

        parent.says("/stats");
        String stats = parent.lastMessage().text();
        assertThat(stats).contains("Tus números desde que empezaste, " + es.date(yesterday) + " (2 días)")
                .contains("Sesiones al día de media: 2,5 (objetivo 8)")
                .contains("comparo solo días completos")
                .doesNotContain("→").doesNotContain("1,4").doesNotContain("0,7");

        parent.says("/week");
        String week = parent.lastMessage().text();
        assertThat(week).startsWith("🗓 Tus días desde que empezaste, " + es.date(yesterday));
        assertThat(weekLines(week)).hasSize(2)
                .satisfiesExactly(line -> assertThat(line).startsWith(es.weekday(yesterday)).contains("3/8")
                                .contains("💧 30 ml"),
                        line -> assertThat(line).startsWith(es.weekday(today)).contains("2/8").contains("💧 65 ml"));
        assertThat(week).doesNotContain("0/8");

        parent.says("/next");
        assertThat(parent.lastMessage().text()).doesNotContain("→").doesNotContain("ml al día");

        parent.says("/progress");
        assertThat(parent.lastMessage().caption()).isEqualTo("Tus días desde que empezaste, " + es.date(yesterday)
                + ". Cada día que anotas suma sus barras.");

        List<BotMessage> files = parent.says("/export");
        assertThat(files.get(1).caption()).contains("del " + es.date(yesterday) + " a hoy");
        List<CSVRecord> rows = csv(files.get(0));
        assertThat(rows.getFirst().getParser().getHeaderNames()).startsWith("Fecha", "Hora", "Hora local (ISO)",
                "Hora UTC (ISO)", "Anotación", "Método", "Lado", "Minutos", "Minutos izquierdo", "Minutos derecho",
                "ml", "ml izquierdo", "ml derecho", "Suplemento");
        assertThat(rows).hasSize(5);
        CSVRecord first = rows.getFirst();
        assertThat(first.get("Fecha")).isEqualTo(es.date(yesterday));
        assertThat(first.get("Hora")).isEqualTo("08:30");
        assertThat(first.get("Anotación")).isEqualTo("Sesión");
        assertThat(first.get("Método")).isEqualTo("Sacaleches");
        assertThat(first.get("ml")).isEqualTo("30");
        assertThat(rows.get(2).get("Método")).isEqualTo("Pecho");
        for (CSVRecord row : rows) {
            String local = row.get("Hora local (ISO)");
            assertThat(local).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-06:00");
            assertThat(OffsetDateTime.parse(local).toInstant()).isEqualTo(Instant.parse(row.get("Hora UTC (ISO)")));
        }

        String summary = pdf(files.get(1));
        assertThat(summary).contains("Periodo: " + es.date(yesterday) + " – " + es.date(today) + " (2 días)",
                "Zona horaria: America/Mexico_City", "Situación: Recuperar mi leche", babyAge, "Meta: Parte de su leche",
                "Objetivo diario: 8 sesiones", "Objetivo diario cumplido 0 de 2 días.",
                "De media al día: 2,5 sesiones, 47,5 ml extraídos", "Sacaleches 3 50 95", "Pecho 2 20 0",
                "salió más leche con música")
                .doesNotContain("de 30 días").doesNotContain("pump");
    }

    @Test
    void inLondonOnHerSecondDayTheNumbersAndTheFileTimesAreHers() throws IOException {
        Parent parent = bot.parent(17002, "en");
        parent.says("/timezone");
        parent.says("London");
        parent.presses("Yes, that's right");
        parent.says("pumped 15 min 30 ml yesterday at 10am");
        parent.says("pumped 15 min 65 ml");
        parent.says("nursed 10 min");
        LocalFormat en = LocalFormat.of("en");
        LocalDate yesterday = today(LONDON).minusDays(1);

        parent.says("/stats");
        assertThat(parent.lastMessage().text())
                .contains("Your numbers since you started, " + en.date(yesterday) + " (2 days)")
                .contains("Sessions a day on average: 1.5 (target 8)")
                .contains("Milk expressed a day on average: 48 ml");

        parent.says("/week");
        assertThat(weekLines(parent.lastMessage().text())).hasSize(2);

        List<CSVRecord> rows = csv(parent.says("/export").get(0));
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("Local time (ISO)")).matches(".*[+-]\\d\\d:\\d\\d").doesNotEndWith("Z");
            assertThat(row.get("UTC time (ISO)")).endsWith("Z");
            assertThat(OffsetDateTime.parse(row.get("Local time (ISO)")).toInstant().atZone(LONDON).getOffset())
                    .isEqualTo(OffsetDateTime.parse(row.get("Local time (ISO)")).getOffset());
        });
        assertThat(rows.getFirst().get("Date")).isEqualTo(en.date(yesterday));
        assertThat(rows.getFirst().get("Time")).isEqualTo("10:00");
        assertThat(rows.getFirst().get("Method")).isEqualTo("Pump");
        assertThat(rows.get(2).get("Method")).isEqualTo("Nursing");
    }

    @Test
    void whatNextAndStatsCompareYesterdayWithTheDayBeforeUsingWhatSheLogged() {
        Parent parent = onboardedAtNoon(17003);
        parent.says("pumped 15 min 30 ml 48 hours ago");
        parent.says("pumped 15 min 65 ml 24 hours ago");
        parent.says("pumped 15 min 5 ml");

        parent.says("/next");
        assertThat(parent.lastMessage().text())
                .contains("📈 Your expressed milk is going up: 30 → 65 ml a day (yesterday against the day before).");

        parent.says("/stats");
        assertThat(parent.lastMessage().text()).contains("(3 days)")
                .contains("Expressed milk: going up 📈 30 → 65 ml a day (yesterday against the day before)")
                .doesNotContain("Supplement: steady");
    }

    @Test
    void aParentWhoStartedLongAgoStillSeesAWholeWeek() {
        Parent parent = onboardedAtNoon(17004);
        planStartedDaysAgo(parent, 10);
        parent.says("pumped 15 min 40 ml");

        parent.says("/week");
        String week = parent.lastMessage().text();
        assertThat(week).startsWith("🗓 Your last 7 days");
        assertThat(weekLines(week)).hasSize(7).filteredOn(line -> line.contains("0/8")).hasSize(6);

        parent.says("/stats");
        assertThat(parent.lastMessage().text()).startsWith("📊 Your numbers (last 7 days)")
                .contains("Sessions a day on average: 0.1 (target 8)")
                .doesNotContain("Expressed milk:"); // nothing to compare: no "0 → 0"
    }
}
