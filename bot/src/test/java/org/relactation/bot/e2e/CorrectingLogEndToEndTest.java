package org.relactation.bot.e2e;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Inbound;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.logbook.Entry;
import org.relactation.bot.logbook.EntryKind;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.logbook.Method;
import org.relactation.bot.logbook.Side;
import org.relactation.bot.telegram.fake.AnsweredCallback;
import org.relactation.bot.telegram.fake.BotMessage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A logbook a parent can correct (issue 17): /today lists the day's entries with a button each; an entry opened
 * from it changes its time, minutes, amount, method or side by buttons or typed words, or is removed once
 * confirmed, and /today, /week, /stats and the export agree afterwards; a button of an entry no longer there
 * changes nothing; left and right amounts are kept, shown and exported. On a clock the test sets (12:00 UTC,
 * parents in UTC), so "at 08:00" is this morning.
 */
class CorrectingLogEndToEndTest {
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

    private static BotMessage message(Parent parent, int messageId) {
        return parent.messages().stream().filter(m -> m.messageId() == messageId).findFirst().orElseThrow();
    }

    private static List<CSVRecord> csv(BotMessage file) throws IOException {
        String text = new String(file.file().bytes(), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    private static AnsweredCallback lastAnswer(Parent parent) {
        return bot.telegram().answeredCallbacks().stream().filter(answer -> answer.userId() == parent.id())
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void aParentFixesTheSecondSessionsAmountAndRemovesTheThirdFromToday() throws IOException {
        Parent parent = bot.parent(17201, "en");
        parent.says("pumped 15 min 20 ml at 08:00");
        parent.says("pumped 15 min 30 ml at 09:00");
        parent.says("pumped 10 min 25 ml at 10:00, felt calm");

        parent.says("/today");
        BotMessage today = parent.lastMessage();
        assertThat(today.text()).contains("Sessions: 3 of 8").contains("Expressed: 75 ml")
                .contains("Tap an entry to change or remove it:")
                .contains("1. 08:00  pumped · 15 min · 20 ml\n2. 09:00  pumped · 15 min · 30 ml\n"
                        + "3. 10:00  pumped · 10 min · 25 ml · “felt calm”");
        assertThat(today.buttonTexts()).containsExactly("✏️ 1 · 08:00", "✏️ 2 · 09:00", "✏️ 3 · 10:00",
                "Pumped", "Nursed", "Hand expressed");
        int messages = parent.messages().size();

        parent.presses("✏️ 2 · 09:00");
        BotMessage card = message(parent, today.messageId());
        assertThat(card.text()).startsWith("✏️ pumped · 15 min · 30 ml · at 09:00\nTap what to change, or type it");
        assertThat(card.buttonTexts()).containsExactly("🕒 Time", "⏱ Minutes", "💧 Amount", "🤲 Method", "↔️ Side",
                "🗑 Remove", "📅 Back to today");
        parent.presses("💧 Amount");
        parent.presses("50 ml");
        assertThat(message(parent, today.messageId()).text()).startsWith("✏️ pumped · 15 min · 50 ml · at 09:00");
        parent.presses("📅 Back to today");
        assertThat(message(parent, today.messageId()).text()).contains("Expressed: 95 ml")
                .contains("2. 09:00  pumped · 15 min · 50 ml\n");

        parent.presses("✏️ 3 · 10:00");
        parent.presses("🗑 Remove");
        assertThat(message(parent, today.messageId()).text())
                .isEqualTo("Remove this entry? pumped · 10 min · 25 ml · at 10:00 · “felt calm”");
        assertThat(entriesOf(17201)).hasSize(3); // asked first, nothing removed yet
        parent.presses("Yes, remove it");
        BotMessage after = message(parent, today.messageId());
        assertThat(after.text()).startsWith("↩️ Removed: pumped · 10 min · 25 ml · at 10:00")
                .contains("Sessions: 2 of 8").contains("Expressed: 70 ml")
                .contains("1. 08:00  pumped · 15 min · 20 ml\n2. 09:00  pumped · 15 min · 50 ml")
                .doesNotContain("3. 10:00");
        assertThat(after.buttonTexts()).doesNotContain("✏️ 3 · 10:00");
        assertThat(parent.messages()).hasSize(messages); // all of it in the one /today message

        parent.says("/today");
        assertThat(parent.lastMessage().text()).contains("Sessions: 2 of 8").contains("Expressed: 70 ml")
                .contains("2. 09:00  pumped · 15 min · 50 ml").doesNotContain("3. ");
        parent.says("/week");
        assertThat(parent.lastMessage().text()).contains("2/8").contains("💧 70 ml");
        parent.says("/stats");
        assertThat(parent.lastMessage().text()).contains("Milk expressed a day on average: 70 ml");
        List<BotMessage> files = parent.says("/export");
        List<CSVRecord> rows = csv(files.get(0));
        assertThat(rows).extracting(row -> row.get("Time")).containsExactly("08:00", "09:00");
        assertThat(rows).extracting(row -> row.get("ml")).containsExactly("20", "50");
        assertThat(entriesOf(17201)).extracting(Entry::ml).containsExactly(20, 50);
    }

    @Test
    void anOpenedEntryIsChangedByTypingAndByItsMethodAndSideButtons() throws IOException {
        Parent parent = bot.parent(17202, "en");
        parent.says("pumped 15 min 20 ml at 08:00");
        parent.says("done at 09:00");
        parent.says("/today");
        int list = parent.lastMessage().messageId();
        parent.presses("✏️ 2 · 09:00");

        assertThat(parent.says("L 20 R 15 ml")).isEmpty(); // the entry's message changes, no new one
        assertThat(message(parent, list).text())
                .startsWith("✏️ pumped · both sides · 35 ml (L 20, R 15) · at 09:00");
        parent.says("at 09:30");
        parent.says("20 min");
        assertThat(message(parent, list).text())
                .startsWith("✏️ pumped · both sides · 20 min · 35 ml (L 20, R 15) · at 09:30");
        parent.presses("🤲 Method");
        assertThat(message(parent, list).text()).startsWith("How was it done?");
        parent.presses("Nursed");
        parent.presses("↔️ Side");
        parent.presses("Both");
        assertThat(message(parent, list).text())
                .startsWith("✏️ nursed · both sides · 20 min · 35 ml (L 20, R 15) · at 09:30");

        parent.says("14");
        assertThat(parent.lastMessage().text()).isEqualTo(
                "Is that ml or minutes? Type it with its unit, like “20 ml” or “15 min”.");
        parent.says("12 ml");
        assertThat(message(parent, list).text()).startsWith("✏️ nursed · both sides · 20 min · 12 ml · at 09:30");
        parent.says("L 5 R 7 ml");

        assertThat(entriesOf(17202)).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.method()).isEqualTo(Method.NURSE);
            assertThat(entry.side()).isEqualTo(Side.BOTH);
            assertThat(entry.minutes()).isEqualTo(20);
            assertThat(entry.ml()).isEqualTo(12);
            assertThat(entry.leftMl()).isEqualTo(5);
            assertThat(entry.rightMl()).isEqualTo(7);
            assertThat(entry.at()).isEqualTo(DAY.atTime(9, 30).toInstant(ZoneOffset.UTC));
        });

        parent.presses("📅 Back to today");
        assertThat(message(parent, list).text())
                .contains("2. 09:30  nursed · both sides · 20 min · 12 ml (L 5, R 7)");
        List<CSVRecord> rows = csv(parent.says("/export").get(0));
        assertThat(rows.get(1).get("Method")).isEqualTo("Nursing");
        assertThat(rows.get(1).get("ml")).isEqualTo("12");
        assertThat(rows.get(1).get("ml left")).isEqualTo("5");
        assertThat(rows.get(1).get("ml right")).isEqualTo("7");
        assertThat(rows.get(0).get("ml left")).isEmpty();

        // Back on the list, the entry is closed: a number typed now is a new log again.
        parent.says("20 ml");
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged:");
        assertThat(entriesOf(17202)).hasSize(3);
    }

    @Test
    void theConfirmationsPickersTakeATypedTimeOrBothSidesToo() {
        Parent parent = bot.parent(17209, "en");
        parent.says("pumped 15 min 20 ml");

        parent.presses("🕒 Time");
        assertThat(parent.says("at 10:15")).isEmpty();
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged: pumped · 15 min · 20 ml · at 10:15");
        parent.presses("💧 Amount");
        parent.says("L 20 R 15 ml");

        assertThat(parent.messages()).hasSize(1);
        assertThat(parent.lastMessage().text())
                .startsWith("✅ Logged: pumped · both sides · 15 min · 35 ml (L 20, R 15) · at 10:15");
        assertThat(entriesOf(17209)).singleElement().satisfies(entry -> {
            assertThat(entry.at()).isEqualTo(DAY.atTime(10, 15).toInstant(ZoneOffset.UTC));
            assertThat(entry.leftMl()).isEqualTo(20);
            assertThat(entry.rightMl()).isEqualTo(15);
        });
    }

    @Test
    void theAmountPickerTakesAmountsSaidAsParentsSayThemAndNoAmountAtAll() {
        Parent parent = bot.parent(17231, "es");
        parent.says("me saqué 15 min");
        parent.presses("💧 Cantidad");
        parent.says("9 de un lado y 6 del otro");
        assertThat(entriesOf(17231)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(15));

        parent.says("me saqué 10 min");
        parent.presses("💧 Cantidad");
        parent.says("no salió nada");
        assertThat(parent.lastMessage().text()).startsWith("Sin problema: queda guardada sin cantidad");
        assertThat(entriesOf(17231)).hasSize(2).allSatisfy(entry -> assertThat(entry.kind())
                .isEqualTo(EntryKind.SESSION)).filteredOn(entry -> entry.minutes() == 10)
                .singleElement().satisfies(entry -> assertThat(entry.ml()).isNull());
    }

    @Test
    void aNappyToldInPassingIsLoggedAndOneDeniedIsNot() {
        Parent parent = bot.parent(17232, "en");
        parent.says("no poop since this morning");
        assertThat(entriesOf(17232)).isEmpty();
        parent.says("giant blowout, all up her back");
        assertThat(parent.lastMessage().text()).startsWith("✅ Logged:");
        assertThat(entriesOf(17232)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.NAPPIES);
            assertThat(entry.dirty()).isEqualTo(1);
        });
    }

    @Test
    void aButtonOfAnEntryNoLongerThereAnswersKindlyAndChangesNothing() {
        Parent parent = bot.parent(17203, "en");
        parent.says("pumped 15 min 20 ml at 08:00");
        parent.says("pumped 10 min at 09:00");
        parent.says("/today");
        BotMessage list = parent.lastMessage();
        parent.says("/today");
        parent.presses("✏️ 2 · 09:00"); // opened on the second list
        BotMessage card = parent.lastMessage();

        parent.says("/undo");
        assertThat(parent.lastMessage().text()).startsWith("↩️ Removed: pumped · 10 min · at 09:00");

        parent.pressesOn(list, list.callbackDataOf("✏️ 2 · 09:00").orElseThrow());
        assertThat(lastAnswer(parent).text()).isEqualTo("That entry isn't there any more.");
        assertThat(message(parent, list.messageId()).text()).isEqualTo(list.text());
        parent.pressesOn(card, card.callbackDataOf("🗑 Remove").orElseThrow());
        assertThat(lastAnswer(parent).text()).isEqualTo("That entry isn't there any more.");
        assertThat(message(parent, card.messageId()).text()).isEqualTo(card.text());
        // Forged: one never stored, or another parent's, is not there for this parent either.
        Parent other = bot.parent(17208, "en");
        other.says("done");
        Entry theirs = entriesOf(17208).get(0);
        List<String> forged = List.of("le:dd:" + new ObjectId().toHexString(), "le:dd:" + theirs.id().toHexString(),
                "le:mm:" + theirs.id().toHexString() + ":NURSE");
        for (String data : forged) {
            // As if the list carried it: past the button check, the entry's owner is checked too.
            bot.application().router().buttonCheck().shown(17203, list.messageId(),
                    Keyboard.of(List.of(
                            new Button("x", data))));
            List<Action> answer = bot.application().router().handle(new Inbound(9_000_000 + forged.indexOf(data), 17203,
                    17203, true, null, new Inbound.ButtonPress(data, list.messageId(), "forged-" + data), "en",
                    clock.instant()));
            assertThat(answer).singleElement().isInstanceOfSatisfying(Action.AnswerButton.class,
                    press -> assertThat(press.notice()).isEqualTo("That entry isn't there any more."));
        }
        assertThat(entriesOf(17208)).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(theirs.id());
            assertThat(entry.method()).isEqualTo(Method.PUMP);
        });
        assertThat(entriesOf(17203)).singleElement().satisfies(entry -> assertThat(entry.ml()).isEqualTo(20));
    }

    @Test
    void leftAndRightAreKeptShownAndExportedInEitherLanguage() throws IOException {
        Parent english = bot.parent(17205, "en");
        english.says("L 20 R 15 ml");
        assertThat(english.lastMessage().text()).startsWith("✅ Logged: pumped · both sides · 35 ml (L 20, R 15) · at");
        assertThat(entriesOf(17205)).singleElement().satisfies(entry -> {
            assertThat(entry.ml()).isEqualTo(35);
            assertThat(entry.leftMl()).isEqualTo(20);
            assertThat(entry.rightMl()).isEqualTo(15);
        });

        Parent spanish = bot.parent(17206, "es");
        spanish.says("izq 10 der 12");
        assertThat(spanish.lastMessage().text())
                .startsWith("✅ Anotado: sacaleches · ambos pechos · 22 min (izq. 10, der. 12) · a las 12:00");
        spanish.says("/today");
        assertThat(spanish.lastMessage().text())
                .contains("1. 12:00  sacaleches · ambos pechos · 22 min (izq. 10, der. 12)");
        CSVRecord row = csv(spanish.says("/export").get(0)).get(0);
        assertThat(row.get("Minutos")).isEqualTo("22");
        assertThat(row.get("Minutos izquierdo")).isEqualTo("10");
        assertThat(row.get("Minutos derecho")).isEqualTo("12");
        assertThat(row.get("ml izquierdo")).isEmpty();
    }

    @Test
    void aLongDayIsListedAPageAtATimeLatestFirst() {
        Parent parent = bot.parent(17207, "en");
        parent.says("done at 05:00"); // she exists and has a profile
        EntryStore store = new EntryStore(bot.application().database());
        String note = "calm, with music and a warm towel before I started, then a long talk with my partner";
        for (int i = 1; i < 12; i++) {
            Instant at = DAY.atTime(5, 0).plusMinutes(30L * i).toInstant(ZoneOffset.UTC);
            store.add(new Entry(null, 17207, "seed" + i, EntryKind.SESSION, Method.PUMP, Side.BOTH, 15, 20, at,
                    null, null, null, note, at, 10, 10, null, null));
        }

        parent.says("/today");
        BotMessage today = parent.lastMessage();
        assertThat(today.text()).contains("Sessions: 12 of 8").contains("Entries 10–12 of 12.")
                .contains("10. 09:30  pumped · both sides · 15 min · 20 ml (L 10, R 10) · “calm, with music and a "
                        + "warm…”")
                .contains("12. 10:30").doesNotContain("9. 09:00").hasSizeLessThan(1500);
        assertThat(today.buttonTexts()).containsExactly("✏️ 10 · 09:30", "✏️ 11 · 10:00", "✏️ 12 · 10:30",
                "◀️ Earlier", "Pumped", "Nursed", "Hand expressed");

        parent.presses("◀️ Earlier");
        BotMessage earlier = message(parent, today.messageId());
        assertThat(earlier.text()).contains("Entries 1–9 of 12.").contains("1. 05:00  pumped")
                .contains("9. 09:00").doesNotContain("10. 09:30").hasSizeLessThan(4096);
        assertThat(earlier.buttonTexts()).startsWith("✏️ 1 · 05:00").contains("✏️ 9 · 09:00", "Later ▶️")
                .doesNotContain("◀️ Earlier");

        parent.presses("✏️ 1 · 05:00");
        parent.presses("📅 Back to today"); // to the page the entry is on
        assertThat(message(parent, today.messageId()).text()).contains("Entries 1–9 of 12.");
        parent.presses("Later ▶️");
        assertThat(message(parent, today.messageId()).text()).contains("Entries 10–12 of 12.");
    }
}
