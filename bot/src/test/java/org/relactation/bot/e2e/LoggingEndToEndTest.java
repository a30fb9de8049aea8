package org.relactation.bot.e2e;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.logbook.report.ProgressChart;
import org.relactation.bot.telegram.fake.BotMessage;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging by message through Telegram: confirm, fix, undo, redelivery, rejects, /today and "what next?". */
class LoggingEndToEndTest extends SharedBotTest {
    private static List<Entry> entriesOf(long userId) {
        return new EntryStore(bot.application().database()).all(userId);
    }

    @Test
    void aLogIsConfirmedInOneLineAndCanBeFixedAndUndone() {
        Parent parent = bot.parent(5001, "en");

        parent.says("pumped 15 min 20ml");
        BotMessage confirmation = parent.lastMessage();
        assertThat(confirmation.text()).startsWith("✅ Logged: pumped · 15 min · 20 ml · at ")
                .contains("Today: 1 of 8 sessions.");
        assertThat(confirmation.buttonTexts()).containsExactly("🕒 Time", "⏱ Minutes", "💧 Amount", "↩️ Undo");
        assertThat(entriesOf(5001)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.SESSION);
            assertThat(entry.method()).isEqualTo(Method.PUMP);
            assertThat(entry.minutes()).isEqualTo(15);
            assertThat(entry.ml()).isEqualTo(20);
        });

        parent.presses("💧 Amount");
        parent.presses("30 ml");
        assertThat(parent.lastMessage().text()).contains("30 ml");
        assertThat(entriesOf(5001)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(30));

        parent.presses("🕒 Time");
        parent.presses("30 min ago");
        assertThat(entriesOf(5001).get(0).at()).isBefore(entriesOf(5001).get(0).createdAt().minusSeconds(29 * 60));

        parent.presses("↩️ Undo");
        assertThat(parent.lastMessage().text()).startsWith("↩️ Removed: pumped");
        assertThat(parent.lastMessage().buttonTexts()).isEmpty();
        assertThat(entriesOf(5001)).isEmpty();
        assertThat(parent.messages()).hasSize(1);
    }

    @Test
    void doneUsesTheParentsUsualMethod() {
        Parent parent = bot.parent(5002, "en");
        parent.says("nursed left 10m");

        parent.says("done");

        assertThat(parent.lastMessage().text()).startsWith("✅ Logged: nursed").contains("Today: 2 of 8");
        assertThat(entriesOf(5002)).extracting(Entry::method).containsExactly(Method.NURSE, Method.NURSE);
    }

    @Test
    void doneIsTheMethodOfMostOfHerRecentSessionsNotOfTheLastOne() {
        Parent parent = bot.parent(5031, "en");
        parent.says("pumped 15 min");
        parent.says("pumped 10 min");
        parent.says("nursed 10 min");

        parent.says("done");

        assertThat(parent.lastMessage().text()).startsWith("✅ Logged: pumped");
        assertThat(entriesOf(5031)).extracting(Entry::method)
                .containsExactly(Method.PUMP, Method.PUMP, Method.NURSE, Method.PUMP);
    }

    @Test
    void aRedeliveredUpdateStoresOneEntry() {
        Parent parent = bot.parent(5003, "en");
        parent.says("done");
        Entry first = entriesOf(5003).get(0);

        // The same update id again, as after a crash before Telegram got the offset.
        List<Action> again = bot.application().router().handle(
                new Inbound(Long.parseLong(first.source().substring(2)), 5003, 5003,
                        true, "done", null, "en", first.createdAt()));

        // Answered again (the first answer may have been lost in the crash), never stored again.
        assertThat(again).singleElement().satisfies(action -> assertThat(
                ((Action.Reply) action).text()).startsWith("✅ Already logged"));
        assertThat(entriesOf(5003)).hasSize(1);
        // Even if the update was never recorded as handled (a crash in between), the entry is stored once.
        bot.application().database().collection("users", Document.class).updateOne(
                Filters.eq("_id", 5003L), Updates.unset("handled"));
        bot.application().router().handle(new Inbound(
                Long.parseLong(first.source().substring(2)), 5003, 5003, true, "done", null, "en", first.createdAt()));
        assertThat(entriesOf(5003)).hasSize(1);
    }

    @Test
    void impossibleValuesAreRefusedKindlyAndNothingIsStored() {
        Parent parent = bot.parent(5004, "en");

        parent.says("pumped 15 min 900 ml");
        assertThat(parent.lastMessage().text()).contains("900 ml").contains("didn't save");
        parent.says("pumped 0 min 20 ml");
        assertThat(parent.lastMessage().text()).contains("didn't save");

        assertThat(entriesOf(5004)).isEmpty();
    }

    @Test
    void aQuestionWithDoneInsideIsNotALog() {
        Parent parent = bot.parent(5005, "en");

        List<BotMessage> replies = parent.says("how do I know when I'm done?");

        // Answered as a question (a card, or the honest "not sure" with the nearest topics), not confirmed as a log.
        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).doesNotStartWith("✅");
            assertThat(reply.buttonTexts()).containsAnyOf("⬅️ Topics", "🤝 Where to get help");
        });
        assertThat(entriesOf(5005)).isEmpty();
    }

    @Test
    void aRedFlagInsideALogIsAnsweredFirstAndTheLogIsStillStored() {
        Parent parent = bot.parent(5006, "en");

        List<BotMessage> replies = parent.says("done, but I have a fever");

        assertThat(replies.get(0).text()).contains("mastitis").contains("today");
        assertThat(replies.get(replies.size() - 1).text()).startsWith("✅ Logged:");
        assertThat(entriesOf(5006)).hasSize(1);
    }

    @Test
    void undoCommandRemovesTheLastEntry() {
        Parent parent = bot.parent(5007, "es");
        parent.says("3 pañales mojados");
        parent.says("le di 60 ml de fórmula");

        parent.says("/undo");

        assertThat(parent.lastMessage().text()).startsWith("↩️ Quitado:").contains("fórmula");
        assertThat(entriesOf(5007)).extracting(Entry::kind).containsExactly(EntryKind.NAPPIES);
    }

    @Test
    void todaySumsTheLocalDay() {
        Parent parent = bot.parent(5008, "en");
        parent.says("pumped 20 min 15 ml");
        parent.says("gave 60 ml formula");
        parent.says("3 wet nappies");

        parent.says("/today");

        assertThat(parent.lastMessage().text()).contains("Sessions: 1 of 8").contains("Expressed: 15 ml")
                .contains("Supplement given: 60 ml").contains("Nappies: 3 wet, 0 dirty");
    }

    @Test
    void whatNextDependsOnTheParentsState() {
        Parent fresh = bot.parent(5009, "en");
        fresh.says("/next");
        String notSetUp = fresh.lastMessage().text();
        assertThat(notSetUp).contains("/start");

        Parent parent = bot.parent(5010, "en");
        onboardAtNoonWithSixSessions(parent);
        parent.says("what now?");
        String nothingYet = parent.lastMessage().text();
        assertThat(nothingYet).contains("Day 1 of your plan").contains("Your first step");

        parent.says("pumped 15 min 4 hours ago");
        parent.says("/next");
        String overdue = parent.lastMessage().text();
        assertThat(overdue).contains("It's been 4 h").contains("1 of 6 sessions, 5 to go");

        for (int i = 0; i < 5; i++) {
            parent.says("done");
        }
        parent.says("what should I do next");
        String targetMet = parent.lastMessage().text();
        assertThat(targetMet).contains("6 of 6 sessions").contains("Target reached");

        assertThat(List.of(notSetUp, nothingYet, overdue, targetMet)).doesNotHaveDuplicates();

        // Asked with small words around it, in either language.
        parent.says("ok so what do i do now");
        assertThat(parent.lastMessage().text()).contains("6 of 6 sessions");
        parent.says("y entonces qué hago");
        assertThat(parent.lastMessage().text()).contains("6 de 6 sesiones");
    }

    @Test
    void whatNextSuggestsTheNextTopicNotYetRead() {
        Parent parent = bot.parent(5011, "en");
        onboardAtNoonWithSixSessions(parent);
        parent.says("/next");
        assertThat(parent.lastMessage().text()).contains("Something to learn next: 🔁 How often to stimulate");

        parent.presses("🔁 How often to stimulate");
        parent.says("/next");

        assertThat(parent.lastMessage().text()).contains("Something to learn next:")
                .doesNotContain("How often to stimulate");
    }

    @Test
    void weekAndStatsSummariseTheLastDays() {
        Parent parent = bot.parent(5012, "en");
        parent.says("pumped 20 min 25 ml");
        parent.says("gave 40 ml formula");

        // Her first day: no plan yet, so the day of her first log; no days before it counted as zeros.
        parent.says("/week");
        assertThat(parent.lastMessage().text()).contains("Your days since you started").contains("1/8")
                .contains("💧 25 ml").contains("🍼 40 ml").doesNotContain("0/8");

        parent.says("/stats");
        assertThat(parent.lastMessage().text()).contains("Your numbers today, your first day")
                .contains("Days in a row at your target: 0").contains("Sessions a day on average: 1 (target 8)");
    }

    @Test
    void quickLogButtonsLogOnceEvenWhenPressedTwice() {
        Parent parent = bot.parent(5013, "en");
        parent.says("/today");
        assertThat(parent.lastMessage().buttonTexts()).containsExactly("Pumped", "Nursed", "Hand expressed");

        parent.doublePresses("Nursed");

        assertThat(entriesOf(5013)).singleElement().satisfies(entry -> assertThat(entry.method()).isEqualTo(Method.NURSE));
        assertThat(parent.newText()).contains("✅ Logged: nursed").contains("✅ Already logged: nursed");

        parent.presses("⏱ Minutes");
        parent.presses("20 min");
        assertThat(parent.lastMessage().text()).contains("nursed · 20 min");
        assertThat(entriesOf(5013).get(0).minutes()).isEqualTo(20);
    }

    @Test
    void deleteAsksTwiceThenLeavesNoDocumentBehindAndOldButtonsLogNothing() {
        Parent parent = bot.parent(5014, "en");
        parent.says("/start");
        parent.presses("Bringing my milk back");
        for (int i = 0; i < 8; i++) {
            parent.presses("Skip");
        }
        parent.says("pumped 10 min");
        BotMessage today = parent.says("/today").get(0);
        // Every collection holds something of the parent, but the outbox and the inbox (they hold only what is on its
        // way: an answer not yet sent, an update not yet handled) and the milestones of earlier versions (now kept in
        // the parent's record).
        assertThat(keptOf(5014)).allMatch(n -> n > 0);

        parent.says("/delete");
        parent.presses("Yes, delete");
        assertThat(keptOf(5014)).allMatch(n -> n > 0);
        parent.presses("Delete everything");

        assertThat(parent.messages()).anySatisfy(m -> assertThat(m.text()).contains("everything I kept about you is deleted"));
        assertThat(bot.application().database().countEverythingOf(5014).values()).allMatch(n -> n == 0);

        parent.pressesOn(today, today.callbackDataOf("Pumped").orElseThrow());
        assertThat(bot.application().database().countEverythingOf(5014).values()).allMatch(n -> n == 0);
        assertThat(bot.telegram().answeredCallbacks()).last()
                .satisfies(answer -> assertThat(answer.text()).contains("expired"));
    }

    /** How many documents of the parent each collection holds, but the outbox, the inbox and the earlier milestones. */
    private java.util.Collection<Long> keptOf(long userId) {
        Map<String, Long> counts = new java.util.HashMap<>(bot.application().database().countEverythingOf(userId));
        counts.remove(org.relactation.bot.storage.Schema.OUTBOX);
        counts.remove(org.relactation.bot.storage.Schema.MILESTONES);
        counts.remove(org.relactation.bot.storage.Schema.INBOX);
        return counts.values();
    }

    @Test
    void aForgedOrReplayedFinalYesDeletesNothing() {
        Parent parent = bot.parent(5030, "en");
        parent.says("pumped 10 min");
        Function<String, Boolean> forged = data -> {
            // As if message 1 carried it: past the button check, the token itself must hold.
            bot.application().router().buttonCheck().shown(5030, 1, Keyboard.of(
                    List.of(new Button("x", data))));
            Inbound press = new Inbound(
                    9_000_000 + data.length(), 5030, 5030, true, null,
                    new Inbound.ButtonPress(data, 1, "forged-" + data), "en",
                    Instant.now());
            bot.application().router().handle(press);
            return new EntryStore(bot.application().database()).all(5030).isEmpty();
        };

        assertThat(forged.apply("del:now")).as("no confirmation shown").isFalse();
        parent.says("/delete");
        parent.presses("Yes, delete");
        assertThat(forged.apply("del:now:0011223344556677")).as("another token").isFalse();
        String real = parent.lastMessage().callbackDataOf("Delete everything").orElseThrow();
        assertThat(forged.apply(real)).as("the right token on another message").isFalse();

        parent.presses("Delete everything");
        assertThat(entriesOf(5030)).isEmpty();
    }

    @Test
    void progressSendsAChartThatDecodes() throws Exception {
        Parent parent = bot.parent(5015, "es");
        parent.says("sacaleches 20 min 30 ml");

        parent.says("/progress 30");

        BotMessage photo = parent.lastMessage();
        assertThat(photo.kind()).isEqualTo(BotMessage.Kind.PHOTO);
        assertThat(photo.caption()).contains("desde que empezaste"); // her first day: one day, not 30
        BufferedImage image = ImageIO.read(
                new ByteArrayInputStream(photo.file().bytes()));
        assertThat(image.getWidth()).isEqualTo(ProgressChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ProgressChart.HEIGHT);
        // Her 30 ml stand as a blue bar in the middle panel (ml expressed): the chart is of her days, not blank.
        int blue = 0;
        for (int y = image.getHeight() / 3; y < 2 * image.getHeight() / 3; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                blue += pixel.getBlue() - pixel.getRed() > 100 ? 1 : 0;
            }
        }
        assertThat(blue).isGreaterThan(2_000);
    }

    @Test
    void exportSendsACsvThatRoundTripsAndAOnePagePdf() throws Exception {
        Parent parent = bot.parent(5016, "en");
        parent.says("pumped 15 min 20ml, felt \"really\" calm, then slept");
        parent.says("gave 60 ml formula");

        List<BotMessage> files = parent.says("/export");

        assertThat(files).hasSize(2).allSatisfy(file -> assertThat(file.kind()).isEqualTo(BotMessage.Kind.DOCUMENT));
        String csv = new String(files.get(0).file().bytes(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("Entry")).isEqualTo("Session");
        assertThat(rows.get(0).get("ml")).isEqualTo("20");
        assertThat(rows.get(0).get("Note")).contains("\"really\"");
        assertThat(rows.get(1).get("Supplement")).isEqualTo("Formula");
        assertThat(csv).doesNotContain("5016");
        try (var pdf = Loader.loadPDF(files.get(1).file().bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void todayCountsTheParentsLocalDayAcrossMidnight() {
        // A named zone whose clock is well inside the day now, so that 00:10 today has passed and isn't UTC.
        String city = Stream.of("Kolkata", "New York", "Tokyo", "Los Angeles", "Madrid", "Sydney")
                .filter(name -> {
                    ZoneId zone = ZoneId.of(switch (name) {
                        case "Kolkata" -> "Asia/Kolkata";
                        case "New York" -> "America/New_York";
                        case "Tokyo" -> "Asia/Tokyo";
                        case "Los Angeles" -> "America/Los_Angeles";
                        case "Madrid" -> "Europe/Madrid";
                        default -> "Australia/Sydney";
                    });
                    int hour = ZonedDateTime.now(zone).getHour();
                    return hour >= 2 && hour <= 21;
                }).findFirst().orElseThrow();
        Parent parent = bot.parent(5017, "en");
        parent.says("/timezone");
        parent.says(city);
        parent.presses("Yes, that's right");

        parent.says("pumped 15 min 10 ml yesterday 23:50");
        parent.says("pumped 15 min 20 ml at 00:10");
        parent.says("/today");

        assertThat(parent.lastMessage().text()).contains("Sessions: 1 of 8").contains("Expressed: 20 ml");
        parent.says("/week");
        assertThat(parent.lastMessage().text()).contains("💧 10 ml").contains("💧 20 ml");
    }

    /** Onboards with a fixed UTC offset that puts the parent's clock near noon, so "awake" holds at any hour. */
    private static void onboardAtNoonWithSixSessions(Parent parent) {
        int utcHour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        int offset = 12 - utcHour;
        parent.says("/start");
        for (int i = 0; i < 5; i++) {
            parent.presses("Skip");
        }
        parent.says(offset >= 0 ? "UTC+" + offset : "UTC" + offset);
        parent.presses("Yes, that's right");
        parent.presses("6");
        parent.presses("Skip");
        parent.presses("Skip");
        assertThat(parent.newText()).contains("Your plan");
    }
}
