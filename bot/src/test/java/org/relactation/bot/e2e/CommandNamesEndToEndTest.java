package org.relactation.bot.e2e;

import org.junit.jupiter.api.Test;
import org.relactation.bot.logbook.EntryStore;
import org.relactation.bot.telegram.fake.BotCommandEntry;
import org.relactation.bot.telegram.fake.BotMessage;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command names in the parent's language: Telegram's Spanish menu and /ayuda list /hoy, /deshacer…, and every
 * language's names run the same command for everyone.
 */
class CommandNamesEndToEndTest extends SharedBotTest {

    private static List<String> menu(String language) {
        return bot.telegram().commands().get(language).stream().map(BotCommandEntry::command).toList();
    }

    @Test
    void theSpanishMenuHasSpanishNamesAndTheOthersEnglishOnes() {
        Map<String, List<BotCommandEntry>> menus = bot.telegram().commands();

        assertThat(menu("es")).contains("hoy", "semana", "deshacer", "ayuda", "siguiente", "recordatorios",
                "estadisticas", "exportar", "borrar_todo", "pausa", "reanudar", "parar", "acerca", "cancelar")
                .doesNotContain("today", "undo", "help").doesNotHaveDuplicates().hasSameSizeAs(menu(""));
        assertThat(menus.get("es")).contains(new BotCommandEntry("hoy", "Las sesiones y totales de hoy"));
        assertThat(menu("")).contains("today", "week", "undo", "help", "next").doesNotContain("hoy");
        assertThat(menu("en")).isEqualTo(menu(""));
    }

    @Test
    void spanishHelpListsTheSpanishNamesAndEnglishHelpTheEnglishOnes() {
        String ayuda = bot.parent(41_001, "es").says("/ayuda").getFirst().text();
        assertThat(ayuda).contains("/hoy – Las sesiones y totales de hoy").contains("/deshacer – Quitar la última")
                .contains("/ayuda – Lo que puedo hacer").doesNotContain("/today").doesNotContain("/help –");

        String help = bot.parent(41_002, "en").says("/help").getFirst().text();
        assertThat(help).contains("/today – Today's sessions").contains("/undo – Remove the last entry")
                .doesNotContain("/hoy");
    }

    @Test
    void deshacerUndoesAndHoyShowsToday() {
        Parent parent = onboardedAtNoon(41_003);
        bot.application().users().setLanguage(41_003, "es");
        parent = bot.parent(41_003, "es");
        parent.says("saqué 20 ml");
        assertThat(new EntryStore(bot.application().database()).all(41_003)).hasSize(1);

        parent.says("/deshacer");

        assertThat(new EntryStore(bot.application().database()).all(41_003)).isEmpty();
        assertThat(parent.says("/hoy").getFirst().text()).isEqualTo(parent.says("/today").getFirst().text());
    }

    /**
     * Two parents in the same state, one using Spanish names of the menu and one the English names, in the menu's
     * order, read the same conversation (but for numbers, such as times, and "in a moment", that move while it
     * runs). Half the menu each pair: a chat sending more than 30 messages a minute is slowed down.
     */
    @Test
    void everySpanishNameRunsTheSameCommandAsItsEnglishName() {
        List<String> nombres = menu("es");
        List<String> names = menu("");
        assertThat(nombres).hasSameSizeAs(names);
        int half = names.size() / 2;
        sameConversation(41_004, nombres.subList(0, half), names.subList(0, half));
        sameConversation(41_006, nombres.subList(half, names.size()), names.subList(half, names.size()));
    }

    private static void sameConversation(long firstId, List<String> nombres, List<String> names) {
        Parent spanish = spanishParent(firstId);
        Parent english = spanishParent(firstId + 1);
        for (int i = 0; i < names.size(); i++) {
            String inSpanish = transcript(spanish.says("/" + nombres.get(i)));
            String inEnglish = transcript(english.says("/" + names.get(i)));

            assertThat(inSpanish).as("/" + nombres.get(i)).isNotBlank().isEqualTo(inEnglish)
                    .doesNotContain("no te haya entendido").doesNotContain("no te he entendido");
        }
    }

    @Test
    void englishParentsMayUseSpanishNamesAndAccentsOrCapitalsDoNotMatter() {
        Parent parent = onboardedAtNoon(41_008);
        String stats = parent.says("/stats").getFirst().text();

        assertThat(parent.says("/estadisticas").getFirst().text()).isEqualTo(stats);
        assertThat(parent.says("/Estadísticas").getFirst().text()).isEqualTo(stats);
        assertThat(parent.says("/STATS").getFirst().text()).isEqualTo(stats);
    }

    private static Parent spanishParent(long id) {
        onboardedAtNoon(id);
        bot.application().users().setLanguage(id, "es");
        return bot.parent(id, "es");
    }

    private static String transcript(List<BotMessage> messages) {
        return String.join("\n", messages.stream()
                .map(message -> message.kind() + ": " + message.visibleText() + " " + message.buttonTexts())
                .toList()).replaceAll("\\d", "#").replace(NEXT_REMINDER_NOW, NEXT_REMINDER_TODAY);
    }

    /** The next reminder's time moves while the test runs: due within the minute, it reads "en un momento". */
    private static final String NEXT_REMINDER_NOW = "Próximo recordatorio: en un momento";
    private static final String NEXT_REMINDER_TODAY = "Próximo recordatorio: hoy a las ##:##";
}
