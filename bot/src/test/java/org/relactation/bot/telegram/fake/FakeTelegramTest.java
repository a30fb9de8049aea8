package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** The fake Telegram as the bot meets it: through TelegramBots' own HTTP client and long polling. */
class FakeTelegramTest {
    private static final String TOKEN = "123456789:TEST-token";
    private static final long USER = 42;
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private FakeTelegram telegram;
    private TelegramClient client;

    @BeforeEach
    void start() {
        telegram = FakeTelegram.start(TOKEN);
        client = new OkHttpTelegramClient(TOKEN, telegram.telegramUrl());
        telegram.userSends(USER, "/start", "es");
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void aSentMessageComesBackAsTelegramsMessageAndIsKept() throws Exception {
        Message sent = client.execute(SendMessage.builder().chatId(USER).text("<b>Hola</b>, ¿qué tal?")
                .parseMode("HTML").replyMarkup(keyboard("Sí", "yes", "No", "no")).build());

        assertThat(sent.getMessageId()).isEqualTo(2); // the user's /start was message 1 of this chat
        assertThat(sent.getChatId()).isEqualTo(USER);
        assertThat(sent.getFrom().getIsBot()).isTrue();
        assertThat(sent.getText()).isEqualTo("Hola, ¿qué tal?");
        assertThat(sent.getEntities()).singleElement()
                .satisfies(bold -> assertThat(bold.getType()).isEqualTo("bold"))
                .satisfies(bold -> assertThat(bold.getLength()).isEqualTo(4));
        assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(1).getCallbackData()).isEqualTo("no");
        assertThat(sent.getDate()).isBetween((int) (System.currentTimeMillis() / 1000) - 60,
                (int) (System.currentTimeMillis() / 1000) + 60);

        BotMessage kept = telegram.lastMessageTo(USER).orElseThrow();
        assertThat(kept.text()).isEqualTo("Hola, ¿qué tal?");
        assertThat(kept.sentText()).isEqualTo("<b>Hola</b>, ¿qué tal?");
        assertThat(kept.parseMode()).isEqualTo("HTML");
        assertThat(kept.buttonTexts()).containsExactly("Sí", "No");
        assertThat(kept.callbackDataOf("No")).contains("no");
        assertThat(telegram.callsOf("sendMessage")).singleElement()
                .satisfies(call -> assertThat(call.params().get("reply_markup").isObject()).isTrue());
    }

    @Test
    void messageIdsCountPerChatAcrossTheUserAndTheBot() throws Exception {
        int bot1 = client.execute(text("uno")).getMessageId();
        telegram.userSends(USER, "dos");
        int bot2 = client.execute(text("tres")).getMessageId();
        telegram.userSends(7, "hi", "en");
        int other = client.execute(SendMessage.builder().chatId(7L).text("hello").build()).getMessageId();

        assertThat(List.of(bot1, bot2, other)).containsExactly(2, 4, 2);
        assertThat(client.execute(new GetMe()))
                .extracting(User::getId, User::getIsBot, User::getUserName)
                .containsExactly(123456789L, true, "relactation_test_bot");
    }

    @Test
    void textsAreRefusedAsTelegramRefusesThem() {
        assertRefused(() -> client.execute(SendMessage.builder().chatId(99L).text("hi").build()),
                400, "Bad Request: chat not found");
        assertRefused(() -> client.execute(text("x".repeat(4097))), 400, "Bad Request: message is too long");
        // Telegram counts UTF-16 code units: 2049 emoji are 4098 of them.
        assertRefused(() -> client.execute(text("😀".repeat(2049))), 400, "Bad Request: message is too long");
        assertRefused(() -> client.execute(html("<b>unclosed")), 400,
                "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        assertRefused(() -> client.execute(html("ok <p>no</p>")), 400,
                "Bad Request: can't parse entities: Unsupported start tag \"p\" at byte offset 3");
        assertRefused(() -> client.execute(html("1 < 2")), 400,
                "Bad Request: can't parse entities: Unsupported start tag \"\" at byte offset 2");
        assertRefused(() -> client.execute(html("<b><i>x</b></i>")), 400, "Bad Request: can't parse entities: "
                + "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"");
        assertRefused(() -> client.execute(markdownV2("Fin.")), 400, "Bad Request: can't parse entities: "
                + "Character '.' is reserved and must be escaped with the preceding '\\'");
        assertRefused(() -> client.execute(markdownV2("*negrita")), 400,
                "Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 0");
        assertRefused(() -> client.execute(SendMessage.builder().chatId(USER).text("hi").parseMode("BBCode")
                .build()), 400, "Bad Request: unsupported parse_mode");

        assertThat(telegram.messagesTo(USER)).isEmpty();
        assertThat(telegram.errors()).hasSize(10);
    }

    @Test
    void lengthIsMeasuredAfterTheMarkupIsGone() throws Exception {
        Message sent = client.execute(html("<i>" + "a".repeat(4096) + "</i>"));
        Message emoji = client.execute(text("😀".repeat(2048)));
        Message escaped = client.execute(markdownV2("*Fin\\.* 1\\+1\\=2"));

        assertThat(sent.getText()).hasSize(4096);
        assertThat(emoji.getText()).hasSize(4096);
        assertThat(escaped.getText()).isEqualTo("Fin. 1+1=2");
    }

    @Test
    void inlineKeyboardsAreCheckedButtonByButton() {
        String tooLong = "é".repeat(33); // 33 characters, 66 bytes
        assertRefused(() -> client.execute(withKeyboard(keyboard("Go", tooLong))), 400,
                "Bad Request: BUTTON_DATA_INVALID");
        assertRefused(() -> client.execute(withKeyboard(keyboard("Go", ""))), 400,
                "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        assertRefused(() -> client.execute(withKeyboard(new InlineKeyboardMarkup(List.of(
                        new InlineKeyboardRow(InlineKeyboardButton.builder().text("Nothing").build()))))), 400,
                "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text("n" + i).callbackData("d" + i)
                    .build()));
        }
        assertRefused(() -> client.execute(withKeyboard(new InlineKeyboardMarkup(rows))), 400,
                "Bad Request: reply markup is too long");

        assertThat(telegram.messagesTo(USER)).isEmpty();
    }

    @Test
    void editsFollowTelegramsRules() throws Exception {
        Message menu = client.execute(withKeyboard(keyboard("A", "a")));
        EditMessageText sameAgain = EditMessageText.builder().chatId(USER).messageId(menu.getMessageId())
                .text("Elige").replyMarkup(keyboard("A", "a")).build();

        assertRefused(() -> client.execute(sameAgain), 400, "Bad Request: message is not modified: specified new"
                + " message content and reply markup are exactly the same as a current content and reply markup"
                + " of the message");
        assertRefused(() -> client.execute(EditMessageText.builder().chatId(USER).messageId(999).text("x").build()),
                400, "Bad Request: message to edit not found");
        assertRefused(() -> client.execute(EditMessageText.builder().chatId(USER).messageId(1).text("x").build()),
                400, "Bad Request: message can't be edited");

        client.execute(EditMessageReplyMarkup.builder().chatId(USER).messageId(menu.getMessageId())
                .replyMarkup(keyboard("B", "b")).build());
        assertThat(telegram.lastMessageTo(USER).orElseThrow().buttonTexts()).containsExactly("B");

        // An edit without reply_markup takes the keyboard away, as in Telegram.
        client.execute(EditMessageText.builder().chatId(USER).messageId(menu.getMessageId()).text("Elegido").build());
        BotMessage edited = telegram.lastMessageTo(USER).orElseThrow();
        assertThat(edited.text()).isEqualTo("Elegido");
        assertThat(edited.replyMarkup()).isNull();
        assertThat(edited.editDate()).isNotNull();

        client.execute(DeleteMessage.builder().chatId(USER).messageId(menu.getMessageId()).build());
        assertThat(telegram.messagesTo(USER)).isEmpty();
        assertRefused(() -> client.execute(DeleteMessage.builder().chatId(USER).messageId(menu.getMessageId())
                .build()), 400, "Bad Request: message to delete not found");
    }

    @Test
    void aCallbackQueryIsAnsweredOnce() throws Exception {
        Message menu = client.execute(withKeyboard(keyboard("A", "a")));
        telegram.userPresses(USER, menu.getMessageId(), "a");
        String queryId = callbackQueryIds().get(0);

        client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("¡Hecho!").build());

        assertRefused(() -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).build()), 400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid");
        assertRefused(() -> client.execute(AnswerCallbackQuery.builder().callbackQueryId("12345").build()), 400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid");
        assertThat(telegram.answeredCallbacks()).singleElement()
                .satisfies(answer -> assertThat(answer.data()).isEqualTo("a"))
                .satisfies(answer -> assertThat(answer.text()).isEqualTo("¡Hecho!"));

        telegram.userPresses(USER, menu.getMessageId(), "a");
        String second = callbackQueryIds().get(1);
        assertRefused(() -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(second)
                .text("x".repeat(201)).build()), 400, "Bad Request: MESSAGE_TOO_LONG");
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(second).build()); // the refusal used nothing up
    }

    @Test
    void aPhotoIsUploadedAsMultipartAndMustBeAnImage() throws Exception {
        byte[] png = png(640, 480);
        Message sent = client.execute(SendPhoto.builder().chatId(USER)
                .photo(new InputFile(new ByteArrayInputStream(png), "chart.png"))
                .caption("<b>Semana 1</b>").parseMode("HTML").replyMarkup(keyboard("Más", "more")).build());

        assertThat(sent.getPhoto()).extracting(PhotoSize::getWidth).containsExactly(90, 320, 640);
        assertThat(sent.getCaption()).isEqualTo("Semana 1");
        assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("more");
        BotMessage kept = telegram.lastMessageTo(USER).orElseThrow();
        assertThat(kept.kind()).isEqualTo(BotMessage.Kind.PHOTO);
        assertThat(kept.file().bytes()).isEqualTo(png);
        assertThat(kept.file().fileName()).isEqualTo("chart.png");
        assertThat(kept.file().contentType()).isEqualTo("application/octet-stream");
        assertThat(kept.caption()).isEqualTo("Semana 1");
        assertThat(telegram.callsOf("sendPhoto").get(0).param("photo")).isEqualTo("attach://chart.png");

        assertRefused(() -> client.execute(EditMessageText.builder().chatId(USER).messageId(sent.getMessageId())
                .text("x").build()), 400, "Bad Request: there is no text in the message to edit");
        assertRefused(() -> client.execute(SendPhoto.builder().chatId(USER)
                        .photo(new InputFile(new ByteArrayInputStream("not an image".getBytes()), "chart.png"))
                        .build()),
                400, "Bad Request: IMAGE_PROCESS_FAILED");
        assertRefused(() -> client.execute(SendPhoto.builder().chatId(USER)
                        .photo(new InputFile(new ByteArrayInputStream(png), "chart.png")).caption("c".repeat(1025))
                        .build()),
                400, "Bad Request: message caption is too long");

        Message again = client.execute(SendPhoto.builder().chatId(USER)
                .photo(new InputFile(sent.getPhoto().get(2).getFileId())).build());
        assertThat(again.getPhoto().get(2).getFileId()).isEqualTo(sent.getPhoto().get(2).getFileId());
    }

    @Test
    void aDocumentKeepsItsBytesNameAndType() throws Exception {
        byte[] csv = "fecha;ml\n2024-05-01;60\n".getBytes(StandardCharsets.UTF_8);
        Message sent = client.execute(SendDocument.builder().chatId(USER)
                .document(new InputFile(new ByteArrayInputStream(csv), "registro.csv")).caption("Tu registro")
                .build());

        assertThat(sent.getDocument().getFileName()).isEqualTo("registro.csv");
        assertThat(sent.getDocument().getMimeType()).isEqualTo("text/csv");
        assertThat(sent.getDocument().getFileSize()).isEqualTo(csv.length);
        assertThat(telegram.lastMessageTo(USER).orElseThrow().file().bytes()).isEqualTo(csv);
        assertRefused(() -> client.execute(SendDocument.builder().chatId(USER)
                        .document(new InputFile(new ByteArrayInputStream(new byte[0]), "vacío.txt")).build()),
                400, "Bad Request: file must be non-empty");
    }

    @Test
    void commandMenusAreKeptPerScopeAndLanguageAndChecked() throws Exception {
        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Start over"))
                .command(new BotCommand("help", "What I can do")).build());
        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Empezar")).languageCode("es")
                .build());
        client.execute(SetMyCommands.builder().command(new BotCommand("menu", "Menú"))
                .scope(new BotCommandScopeAllPrivateChats()).languageCode("es").build());

        assertThat(telegram.commands()).containsOnlyKeys("", "es", "all_private_chats/es");
        assertThat(telegram.commands().get("")).extracting(BotCommandEntry::command).containsExactly("start", "help");
        assertThat(client.execute(GetMyCommands.builder().languageCode("es").build()))
                .extracting(BotCommand::getDescription).containsExactly("Empezar");

        assertRefused(() -> client.execute(SetMyCommands.builder().command(new BotCommand("Start", "x")).build()),
                400, "Bad Request: BOT_COMMAND_INVALID");
        assertRefused(() -> client.execute(SetMyCommands.builder()
                        .command(new BotCommand("start", "d".repeat(257))).build()),
                400, "Bad Request: command description length must not exceed 256");
        assertThat(telegram.commands().get("")).hasSize(2);

        client.execute(DeleteMyCommands.builder().languageCode("es").build());
        assertThat(telegram.commands()).containsOnlyKeys("", "all_private_chats/es");
    }

    @Test
    void scriptedFailuresReachTheBotAsTelegramSendsThem() throws Exception {
        telegram.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 3", 3);
        telegram.failNext("SENDMESSAGE", 1, 502, "Bad Gateway", null);

        assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> client.execute(text("1")))
                .satisfies(e -> assertThat(e.getErrorCode()).isEqualTo(429))
                .satisfies(e -> assertThat(e.getApiResponse()).isEqualTo("Too Many Requests: retry after 3"))
                .satisfies(e -> assertThat(e.getParameters().getRetryAfter()).isEqualTo(3));
        assertRefused(() -> client.execute(text("2")), 502, "Bad Gateway");
        assertThat(client.execute(text("3")).getMessageId()).isEqualTo(2); // failed calls used no id
        assertThat(telegram.errors()).allMatch(ApiCall::injected).hasSize(2);

        telegram.block(USER);
        assertRefused(() -> client.execute(text("4")), 403, "Forbidden: bot was blocked by the user");
        telegram.unblock(USER);
        client.execute(text("5"));
        assertThat(telegram.messagesTo(USER)).extracting(BotMessage::text).containsExactly("3", "5");
    }

    @Test
    void aDroppedConnectionIsANetworkErrorAndChangesNothing() throws Exception {
        client.execute(text("warm-up")); // a pooled connection, on which OkHttp retries a failure once itself
        telegram.dropConnectionNext("sendMessage", 2);

        assertThatExceptionOfType(TelegramApiException.class).isThrownBy(() -> client.execute(text("lost")))
                .isNotInstanceOf(TelegramApiRequestException.class)
                .havingRootCause().isInstanceOf(IOException.class);

        client.execute(text("after"));
        assertThat(telegram.messagesTo(USER)).extracting(BotMessage::text).containsExactly("warm-up", "after");
        assertThat(telegram.callsOf("sendMessage")).extracting(ApiCall::httpStatus).containsExactly(200, 0, 0, 200);
    }

    @Test
    void aSlowAnswerStillTakesEffect() throws Exception {
        telegram.slowDown(null, Duration.ofMillis(300));
        CompletableFuture<Message> answer = client.executeAsync(text("despacio"));

        await().atMost(PATIENCE).until(() -> telegram.messagesTo(USER).size() == 1);
        assertThat(answer.get().getText()).isEqualTo("despacio");
    }

    @Test
    void longPollingDeliversEveryUpdateOnceAndInOrder() throws Exception {
        List<Update> received = new CopyOnWriteArrayList<>();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> executor)) {
            app.registerBot(TOKEN, telegram::telegramUrl, new DefaultGetUpdatesGenerator(), received::addAll);
            await().atMost(PATIENCE).until(() -> received.size() == 1);

            Message menu = client.execute(withKeyboard(keyboard("A", "a")));
            int text = telegram.userSends(USER, "hola");
            int press = telegram.userPresses(USER, menu.getMessageId(), "a");
            await().atMost(PATIENCE).until(() -> received.size() >= 3);
            int later = telegram.userSends(USER, "otra vez");
            await().atMost(PATIENCE).until(() -> received.size() >= 4 && telegram.pendingUpdates() == 0);

            assertThat(received).extracting(Update::getUpdateId).doesNotHaveDuplicates().endsWith(text, press, later);
            Message start = received.get(0).getMessage();
            assertThat(start.getText()).isEqualTo("/start");
            // TelegramBots fills MessageEntity.text only inside getEntities(); isCommand() is false before it.
            assertThat(start.getEntities()).singleElement()
                    .satisfies(entity -> assertThat(entity.getType()).isEqualTo("bot_command"));
            assertThat(start.isCommand()).isTrue();
            assertThat(received.get(0).getMessage().getFrom().getLanguageCode()).isEqualTo("es");
            assertThat(received.get(0).getMessage().getFrom().getFirstName()).isEqualTo("Parent42");
            assertThat(received.get(1).getMessage().getText()).isEqualTo("hola");
            assertThat(received.get(2).getCallbackQuery().getData()).isEqualTo("a");
            assertThat(received.get(2).getCallbackQuery().getMessage().getMessageId()).isEqualTo(menu.getMessageId());
            assertThat(received).hasSize(4);
            assertThat(telegram.callsOf("deleteWebhook")).hasSize(1);
        } finally {
            executor.shutdownNow();
        }
    }

    /** The ids of the pending callback queries, read with a plain getUpdates as no poller runs here. */
    private List<String> callbackQueryIds() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(telegram.baseUrl() + "/bot" + TOKEN + "/getUpdates")).build(), BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        for (JsonNode update : new ObjectMapper().readTree(response.body()).get("result")) {
            if (update.has("callback_query")) {
                ids.add(update.get("callback_query").get("id").asText());
            }
        }
        return ids;
    }

    private static void assertRefused(ThrowingCallable call, int errorCode, String description) {
        assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getApiResponse()).isEqualTo(description))
                .satisfies(e -> assertThat(e.getErrorCode()).isEqualTo(errorCode));
    }

    private static SendMessage text(String text) {
        return SendMessage.builder().chatId(USER).text(text).build();
    }

    private static SendMessage html(String text) {
        return SendMessage.builder().chatId(USER).text(text).parseMode("HTML").build();
    }

    private static SendMessage markdownV2(String text) {
        return SendMessage.builder().chatId(USER).text(text).parseMode("MarkdownV2").build();
    }

    private static SendMessage withKeyboard(InlineKeyboardMarkup keyboard) {
        return SendMessage.builder().chatId(USER).text("Elige").replyMarkup(keyboard).build();
    }

    /** One row of buttons from text/data pairs. */
    private static InlineKeyboardMarkup keyboard(String... textsAndData) {
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (int i = 0; i < textsAndData.length; i += 2) {
            row.add(InlineKeyboardButton.builder().text(textsAndData[i]).callbackData(textsAndData[i + 1]).build());
        }
        return new InlineKeyboardMarkup(List.of(row));
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
