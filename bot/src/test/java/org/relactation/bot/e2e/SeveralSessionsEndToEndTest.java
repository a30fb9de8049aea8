package org.relactation.bot.e2e;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.telegram.fake.BotMessage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several sessions told in one message, each with its time ("pumped at 1, 3 and 5, 20 min each", "hice la de las 11
 * y la de las 3"): one entry each, stored once per update, confirmed in one reply with a button per entry and one
 * that takes them all back; /today, /undo and the export see them as entries of their own. On a clock the test sets
 * (12:00 UTC, parents in UTC).
 */
class SeveralSessionsEndToEndTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @TempDir
    static Path dataDir;
    static BotHarness bot;

    @BeforeAll
    static void startBot() {
        TestClock clock = new TestClock(DAY.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
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

    @Test
    void threeTimesInOneMessageAreThreeSessionsConfirmedTogether() throws IOException {
        Parent parent = bot.parent(18101, "en");

        parent.says("pumped at 1, 3 and 5, 20 min each");

        BotMessage reply = parent.lastMessage();
        assertThat(reply.text()).startsWith("✅ Logged all 3:\n1. pumped · 20 min · at 01:00\n"
                        + "2. pumped · 20 min · at 03:00\n3. pumped · 20 min · at 05:00\n")
                .contains("Today: 3 of 8 sessions.").contains("↩️ Undo all removes all 3.");
        assertThat(reply.buttonTexts()).containsExactly("✏️ 1 · 01:00", "✏️ 2 · 03:00", "✏️ 3 · 05:00",
                "↩️ Undo all");
        List<Entry> stored = entriesOf(18101);
        assertThat(stored).extracting(Entry::method).containsOnly(Method.PUMP);
        assertThat(stored).extracting(Entry::minutes).containsExactly(20, 20, 20);
        String update = stored.get(0).source();
        assertThat(stored).extracting(Entry::source).containsExactly(update, update + ":2", update + ":3");

        // The same update again, as after a crash before Telegram got the offset: answered, nothing stored twice.
        List<Action> again = bot.application().router().handle(new Inbound(Long.parseLong(update.substring(2)),
                18101, 18101, true, "pumped at 1, 3 and 5, 20 min each", null, "en", stored.get(0).createdAt()));
        assertThat(again).singleElement().satisfies(action ->
                assertThat(((Action.Reply) action).text()).startsWith("✅ Already logged, all 3:"));
        assertThat(entriesOf(18101)).hasSize(3);

        parent.says("/today");
        assertThat(parent.lastMessage().text()).contains("Sessions: 3 of 8").contains("Time: 60 min")
                .contains("1. 01:00  pumped · 20 min\n2. 03:00  pumped · 20 min\n3. 05:00  pumped · 20 min");
        List<CSVRecord> rows = csv(parent.says("/export").get(0));
        assertThat(rows).extracting(row -> row.get("Time")).containsExactly("01:00", "03:00", "05:00");
        assertThat(rows).extracting(row -> row.get("Minutes")).containsExactly("20", "20", "20");

        // One of them opened from the reply, and removed: the other two stay.
        parent.pressesOn(reply, reply.callbackDataOf("✏️ 2 · 03:00").orElseThrow());
        parent.presses("🗑 Remove");
        parent.presses("Yes, remove it");
        assertThat(entriesOf(18101)).extracting(Entry::at).extracting(at -> at.atZone(ZoneOffset.UTC).getHour())
                .containsExactly(1, 5);
    }

    @Test
    void undoAllTakesBackEveryEntryOfTheMessageAndSlashUndoToo() {
        Parent parent = bot.parent(18102, "en");
        parent.says("pumped 15 min at 9");

        parent.says("nursed left at 1am and right at 4am");
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged all 2:\n1. nursed · left · at 01:00\n"
                + "2. nursed · right · at 04:00");
        parent.presses("↩️ Undo all");
        assertThat(parent.lastMessage().text()).startsWith("↩️ Removed all 2:\n1. nursed · left · at 01:00\n"
                + "2. nursed · right · at 04:00");
        assertThat(parent.lastMessage().buttonTexts()).isEmpty();
        assertThat(entriesOf(18102)).extracting(Entry::minutes).containsExactly(15);

        parent.says("nursed x2 tonight (1am and 4am)");
        assertThat(entriesOf(18102)).hasSize(3);
        parent.says("/undo");
        assertThat(parent.lastMessage().text()).startsWith("↩️ Removed all 2:");
        assertThat(entriesOf(18102)).extracting(Entry::minutes).containsExactly(15);
    }

    @Test
    void aSessionThenATopUpInOneMessageAreBothLogged() {
        Parent parent = bot.parent(18104, "en");
        parent.says("nursed 15 min then topped up 40ml formula");
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged all 2:\n1. nursed · 15 min")
                .contains("2. ").contains("40 ml");
        assertThat(entriesOf(18104)).extracting(Entry::kind)
                .containsExactly(EntryKind.SESSION, EntryKind.SUPPLEMENT);
        assertThat(entriesOf(18104)).extracting(Entry::ml).containsExactly(null, 40);
        // /undo takes both back, as for any message logged as several
        parent.says("/undo");
        assertThat(entriesOf(18104)).isEmpty();
    }

    @Test
    void aCountIsAskedForItsTimesAndAnAmountForThemAllIsPutOnNone() {
        Parent parent = bot.parent(18103, "en");

        parent.says("pumped 3 times today");
        assertThat(parent.lastMessage().text()).startsWith("That sounds like 3 of them, well done 💛 When was each?");
        assertThat(entriesOf(18103)).isEmpty();
        parent.says("at 1, 4 and 7");
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged all 3:");
        assertThat(entriesOf(18103)).hasSize(3);

        parent.says("pumped at 9 and 10, 60 ml in total");
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged all 2:")
                .contains("I didn't split 60 ml between them, so it's on none of them");
        assertThat(entriesOf(18103)).hasSize(5).extracting(Entry::ml).containsOnlyNulls();

        // A time to come stops the whole message: nothing is half stored.
        parent.says("pumped at 11 and at 14");
        assertThat(parent.lastMessage().text()).contains("still to come");
        assertThat(entriesOf(18103)).hasSize(5);
    }

    @Test
    void enEspañolCadaUnaEsPorSesiónYLaListaSeConfirmaJunta() throws IOException {
        Parent parent = bot.parent(18104, "es");

        parent.says("me saqué la de las 11 y la de las 3, 20 min cada una");

        // At noon, 3 is 03:00 (15:00 is to come), and 11 the night before it.
        assertThat(parent.lastMessage().text()).startsWith(
                "✅ Anotadas las 2:\n1. sacaleches · 20 min · ayer a las 23:00\n2. sacaleches · 20 min · a las 03:00").contains("↩️ Deshacer todo quita las 2.");
        assertThat(parent.lastMessage().buttonTexts()).containsExactly("✏️ 1 · 23:00", "✏️ 2 · 03:00",
                "↩️ Deshacer todo");
        assertThat(entriesOf(18104)).extracting(Entry::minutes).containsExactly(20, 20);

        parent.says("di el pecho a la 1 y a las 4");
        BotMessage nursed = parent.lastMessage();
        assertThat(nursed.text()).startsWith("✅ Anotadas las 2:");
        parent.says("/hoy");
        assertThat(parent.lastMessage().text()).contains("1. 01:00").contains("2. 03:00").contains("3. 04:00");
        List<CSVRecord> rows = csv(parent.says("/exportar").get(0));
        assertThat(rows).hasSize(4);
        parent.presses("↩️ Deshacer todo");
        assertThat(parent.messages()).filteredOn(message -> message.messageId() == nursed.messageId())
                .singleElement().satisfies(undone -> assertThat(undone.text()).startsWith("↩️ Quitadas las 2:"));
        assertThat(entriesOf(18104)).hasSize(2);
    }
}
