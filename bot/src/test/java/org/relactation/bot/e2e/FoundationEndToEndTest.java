package org.relactation.bot.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.relactation.bot.inbox.InboxStore;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.telegram.fake.BotCommandEntry;
import org.relactation.bot.telegram.fake.BotMessage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation through Telegram: the real bot, long polling a fake Bot API, on the embedded database. */
class FoundationEndToEndTest extends SharedBotTest {
    @Test
    void theCommandMenuIsRegisteredInEveryLanguage() {
        Map<String, List<BotCommandEntry>> menus = bot.telegram().commands();

        assertThat(menus.get("")).extracting(BotCommandEntry::command).startsWith("start")
                .contains("help", "guide", "plan", "settings", "about");
        assertThat(menus.get("en")).isEqualTo(menus.get(""));
        assertThat(menus.get("es")).extracting(BotCommandEntry::command).startsWith("empezar")
                .contains("ayuda", "guia", "plan", "ajustes", "acerca");
        assertThat(menus.toString()).contains("What I can do").contains("Lo que puedo hacer");
    }

    @Test
    void startGreetsInEnglishSaysItDoesNotReplaceAClinicianAndStoresTheParent() {
        Parent parent = bot.parent(1001, "en");

        parent.says("/start");

        assertThat(parent.newText()).contains("I'm here to walk with you")
                .contains("I don't replace your doctor, midwife or lactation consultant")
                .contains("What brings you here?");
        UserProfile stored = bot.application().users().find(1001).orElseThrow();
        assertThat(stored.language()).isEqualTo("en");
        assertThat(stored.chatId()).isEqualTo(1001);
        assertThat(stored.startedAt()).isNotNull();
    }

    @Test
    void startSpeaksTheParentsTelegramLanguage() {
        Parent parent = bot.parent(1002, "es-MX");

        parent.says("/start");

        assertThat(parent.newText()).contains("¡Hola! 💛").contains("no sustituyo a tu médico");
        assertThat(bot.application().users().find(1002).orElseThrow().language()).isEqualTo("es");
    }

    @Test
    void aLanguageWithoutTranslationGetsEnglish() {
        Parent parent = bot.parent(1003, "fr");

        parent.says("/start");

        assertThat(parent.newText()).contains("Hi! 💛");
    }

    @Test
    void helpListsWhatTheBotCanDo() {
        Parent parent = bot.parent(1004, "en");

        parent.says("/help");

        assertThat(parent.newText()).contains("/start – Start or restart the conversation")
                .contains("/help – What I can do").contains("/plan").contains("/settings");
    }

    @Test
    void unknownInputGetsAKindPointerToHelp() {
        Parent parent = bot.parent(1005, "en");

        List<BotMessage> replies = parent.says("blah blah");

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).contains("not sure").contains("/help");
            assertThat(reply.buttonTexts()).contains("🤝 Where to get help");
        });
    }

    @Test
    void aStickerGetsANoteThatOnlyTextIsRead() {
        Parent parent = bot.parent(1006, "en");
        parent.says("/help");
        ObjectNode update = sticker(1006);

        bot.telegram().enqueueRaw(update);
        bot.delivered();
        bot.awaitHandled();

        assertThat(parent.lastMessage().text()).contains("I can only read text messages");
    }

    @Test
    void inAGroupTheBotPointsToAPrivateChatAndStoresNothing() {
        long groupId = -100777;

        bot.telegram().groupMessage(groupId, 1007, "/start");
        bot.delivered();
        bot.awaitHandled();

        assertThat(bot.telegram().messagesTo(groupId)).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("private chat"));
        assertThat(bot.application().users().find(1007)).isEmpty();
        // No parent's record shows it handled, so a crash must not bring it back: it left the inbox in the commit of
        // its answer (with the handled updates that waited to leave together).
        assertThat(new InboxStore(bot.application().database()).count()).as("updates in the inbox").isZero();
    }

    @Test
    void aButtonPressedTwiceCountsOnceAndTheSecondPressIsAnsweredKindly() {
        Parent parent = bot.parent(1008, "en");
        parent.says("/start");

        List<BotMessage> replies = parent.doublePresses("Inducing lactation");

        assertThat(replies).extracting(BotMessage::text).filteredOn(t -> t.contains("How old is your baby?"))
                .hasSize(1);
        assertThat(bot.telegram().answeredCallbacks()).filteredOn(answer -> answer.userId() == 1008)
                .hasSize(2).last().satisfies(answer -> assertThat(answer.text()).contains("already answered"));
        UserProfile after = bot.application().users().find(1008).orElseThrow();
        assertThat(after.setup().situation()).isEqualTo("induce");
        assertThat(after.onboarding().step()).isEqualTo("baby_age");
    }

    private static ObjectNode sticker(long userId) {
        var json = new ObjectMapper();
        ObjectNode message = json.createObjectNode();
        message.put("message_id", 999_001);
        message.put("date", Instant.now().getEpochSecond());
        message.putObject("chat").put("id", userId).put("type", "private").put("first_name", "Parent");
        message.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "Parent")
                .put("language_code", "en");
        message.putObject("sticker").put("file_id", "sticker-1").put("file_unique_id", "s1").put("width", 512)
                .put("height", 512).put("is_animated", false).put("is_video", false).put("type", "regular");
        ObjectNode update = json.createObjectNode();
        update.set("message", message);
        return update;
    }
}
