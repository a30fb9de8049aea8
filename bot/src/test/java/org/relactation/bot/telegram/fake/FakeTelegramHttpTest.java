package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The fake at the HTTP level: routing, the ways parameters come, and getUpdates' exact semantics. */
class FakeTelegramHttpTest {
    private static final String TOKEN = "555:http-test";
    private static final long USER = 42;
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private FakeTelegram telegram;

    /** A status and a JSON body. */
    private record Answer(int status, JsonNode body) {
        JsonNode result() {
            return body.get("result");
        }

        String description() {
            return body.path("description").asText();
        }
    }

    @BeforeEach
    void start() {
        telegram = FakeTelegram.start(TOKEN);
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void routesAsTelegramDoes() throws Exception {
        Answer wrongToken = send(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot1:nope/getMe")));
        Answer unknown = json("sendCarrierPigeon", "{}");
        Answer noBot = send(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/getMe")));

        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.body().toString())
                .isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().toString())
                .isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        assertThat(noBot.status()).isEqualTo(404);
        assertThat(get("GETME", "").result().get("username").asText()).isEqualTo("relactation_test_bot");
        assertThat(telegram.callsOf("getMe")).extracting(ApiCall::method, ApiCall::httpStatus)
                .containsExactly(tuple("getMe", 401), tuple("getMe", 200));
    }

    @Test
    void parametersComeAsJsonFormQueryOrMultipart() throws Exception {
        telegram.userSends(USER, "hi");
        String keyboard = "{\"inline_keyboard\":[[{\"text\":\"A\",\"callback_data\":\"a\"}]]}";

        Answer byQuery = get("sendMessage", "chat_id=42&text=" + encode("por query"));
        Answer byForm = form("sendMessage", "chat_id=42&text=" + encode("por <b>form</b>") + "&parse_mode=HTML"
                + "&reply_markup=" + encode(keyboard));
        Answer byJson = json("sendMessage", "{\"chat_id\":42,\"text\":\"por json\",\"reply_markup\":" + keyboard + "}");
        Answer byMultipart = multipart("sendMessage", "chat_id", "42", "text", "por multipart",
                "reply_markup", keyboard);

        assertThat(List.of(byQuery, byForm, byJson, byMultipart)).allSatisfy(answer ->
                assertThat(answer.status()).isEqualTo(200));
        assertThat(telegram.messagesTo(USER)).extracting(BotMessage::text)
                .containsExactly("por query", "por form", "por json", "por multipart");
        assertThat(telegram.messagesTo(USER).get(1).buttonTexts()).containsExactly("A");
        assertThat(byForm.result().get("entities").get(0).get("type").asText()).isEqualTo("bold");
        assertThat(byMultipart.result().get("reply_markup")).isEqualTo(MAPPER.readTree(keyboard));
    }

    @Test
    void checksWhatTheLibraryChecksBeforeSending() throws Exception {
        telegram.userSends(USER, "hi");

        assertThat(json("sendMessage", "{\"chat_id\":42,\"text\":\"\"}").description())
                .isEqualTo("Bad Request: message text is empty");
        assertThat(json("sendMessage", "{\"chat_id\":42,\"text\":\"  \\n \"}").description())
                .isEqualTo("Bad Request: text must be non-empty");
        assertThat(json("sendMessage", "{\"text\":\"hi\"}").description()).isEqualTo("Bad Request: chat_id is empty");
        assertThat(json("sendMessage", "{\"chat_id\":42,\"text\":\"hi\",\"reply_markup\":{\"inline_keyboard\":"
                + "[[{\"text\":\" \",\"callback_data\":\"x\"}]]}}").description())
                .isEqualTo("Bad Request: BUTTON_TEXT_INVALID");
        assertThat(json("setMyCommands", "{\"commands\":[{\"command\":\"\",\"description\":\"x\"}]}").description())
                .isEqualTo("Bad Request: command must be non-empty");
        assertThat(json("setMyCommands", "{\"commands\":[{\"command\":\"go\",\"description\":\" \"}]}")
                .description()).isEqualTo("Bad Request: command description must be non-empty");
        StringBuilder many = new StringBuilder("{\"commands\":[");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("{\"command\":\"c").append(i).append("\",\"description\":\"d\"}");
        }
        assertThat(json("setMyCommands", many + "]}").description()).isEqualTo("Bad Request: BOT_COMMANDS_TOO_MUCH");
        assertThat(json("answerCallbackQuery", "{}").description())
                .isEqualTo("Bad Request: parameter \"callback_query_id\" is required");
        assertThat(telegram.messagesTo(USER)).isEmpty();
        assertThat(telegram.commands()).isEmpty();
    }

    @Test
    void getUpdatesConfirmsByOffsetAndLimits() throws Exception {
        int first = telegram.userSends(USER, "1");
        int second = telegram.userSends(USER, "2");
        int third = telegram.userSends(USER, "3");

        assertThat(updateIds(get("getUpdates", ""))).containsExactly(first, second, third);
        assertThat(updateIds(get("getUpdates", "limit=1"))).containsExactly(first);
        assertThat(updateIds(get("getUpdates", "offset=" + second))).containsExactly(second, third);
        assertThat(updateIds(get("getUpdates", "offset=0"))).containsExactly(second, third); // first is gone
        assertThat(updateIds(get("getUpdates", "offset=-1"))).containsExactly(third);
        assertThat(telegram.pendingUpdates()).isEqualTo(1);
        assertThat(third).isEqualTo(first + 2);
        JsonNode message = get("getUpdates", "").result().get(0).get("message");
        assertThat(message.get("chat").get("type").asText()).isEqualTo("private");
        assertThat(message.get("date").asLong()).isBetween(System.currentTimeMillis() / 1000 - 60,
                System.currentTimeMillis() / 1000 + 60);
    }

    @Test
    void aLongPollWakesUpForANewUpdate() throws Exception {
        CompletableFuture<Answer> poll = sendAsync(getRequest("getUpdates", "timeout=30"));
        await().atMost(PATIENCE).until(() -> telegram.waitingPolls() == 1);

        int id = telegram.userSends(USER, "¿hay alguien?");

        assertThat(updateIds(poll.get())).containsExactly(id);
    }

    @Test
    void aNewerPollEndsTheOlderOneWithAConflict() throws Exception {
        CompletableFuture<Answer> older = sendAsync(getRequest("getUpdates", "timeout=30"));
        await().atMost(PATIENCE).until(() -> telegram.waitingPolls() == 1);

        Answer newer = get("getUpdates", "timeout=0");

        assertThat(newer.status()).isEqualTo(200);
        assertThat(older.get().status()).isEqualTo(409);
        assertThat(older.get().description()).isEqualTo(
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
    }

    @Test
    void aWebhookExcludesGetUpdates() throws Exception {
        assertThat(json("setWebhook", "{\"url\":\"http://insecure.example\"}").description())
                .isEqualTo("Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        json("setWebhook", "{\"url\":\"https://bot.example/hook\",\"secret_token\":\"s3cret\"}");

        assertThat(telegram.webhook()).contains(new Webhook("https://bot.example/hook", "s3cret"));
        assertThat(get("getUpdates", "").status()).isEqualTo(409);
        assertThat(json("deleteWebhook", "{}").result().asBoolean()).isTrue();
        assertThat(get("getUpdates", "").status()).isEqualTo(200);
    }

    @Test
    void allowedUpdatesFilterWhatIsCreatedAfterThem() throws Exception {
        ObjectNode member = MAPPER.createObjectNode();
        member.putObject("chat_member").put("date", 1);
        telegram.enqueueRaw(member); // not a default type: dropped
        telegram.block(USER);        // a my_chat_member update, a default type

        JsonNode blocked = get("getUpdates", "").result();
        assertThat(blocked).singleElement().satisfies(update -> assertThat(
                update.get("my_chat_member").get("new_chat_member").get("status").asText()).isEqualTo("kicked"));

        int confirmed = blocked.get(0).get("update_id").asInt() + 1;
        get("getUpdates", "offset=" + confirmed + "&allowed_updates=" + encode("[\"chat_member\"]"));
        int kept = telegram.enqueueRaw(member);
        telegram.userSends(USER, "not wanted now");
        assertThat(updateIds(get("getUpdates", ""))).containsExactly(kept);
    }

    @Test
    void usersCanOnlyPressButtonsThatExist() throws Exception {
        telegram.userSends(USER, "hi");
        json("sendMessage", "{\"chat_id\":42,\"text\":\"Elige\",\"reply_markup\":{\"inline_keyboard\":"
                + "[[{\"text\":\"A\",\"callback_data\":\"a\"}]]}}");

        assertThatIllegalArgumentException().isThrownBy(() -> telegram.userPresses(USER, 2, "b"))
                .withMessageContaining("no button with callback_data 'b'");
        assertThatIllegalArgumentException().isThrownBy(() -> telegram.userPresses(USER, 1, "a"))
                .withMessageContaining("no bot message 1");
        telegram.userPresses(USER, 2, "a");
        JsonNode press = get("getUpdates", "").result().get(1).get("callback_query");
        assertThat(press.get("message").get("message_id").asInt()).isEqualTo(2);
        assertThat(press.get("from").get("id").asLong()).isEqualTo(USER);
        assertThat(press.get("chat_instance").asText()).isNotEmpty();
    }

    @Test
    void groupsAreChatsOfTheirOwn() throws Exception {
        int update = telegram.groupMessage(-100, USER, "/start@relactation_test_bot hola");

        JsonNode message = get("getUpdates", "").result().get(0).get("message");
        assertThat(message.get("chat").get("type").asText()).isEqualTo("group");
        assertThat(message.get("entities").get(0).get("length").asInt()).isEqualTo(27);
        assertThat(json("sendMessage", "{\"chat_id\":-100,\"text\":\"hola, grupo\"}").status()).isEqualTo(200);
        assertThat(telegram.messagesTo(-100)).singleElement()
                .satisfies(sent -> assertThat(sent.messageId()).isEqualTo(2));
        assertThat(update).isPositive();
    }

    @Test
    void chatActionsNeedAKnownActionAndAnUnblockedUser() throws Exception {
        telegram.userSends(USER, "hi");

        assertThat(json("sendChatAction", "{\"chat_id\":42,\"action\":\"typing\"}").result().asBoolean()).isTrue();
        assertThat(json("sendChatAction", "{\"chat_id\":42,\"action\":\"dancing\"}").description())
                .isEqualTo("Bad Request: wrong parameter action in request");
        telegram.block(USER);
        Answer blocked = json("sendChatAction", "{\"chat_id\":42,\"action\":\"typing\"}");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.description()).isEqualTo("Forbidden: bot was blocked by the user");
    }

    @Test
    void aDroppedConnectionAnswersNothing() {
        telegram.dropConnectionNext("getMe", 1);

        // A POST: the JDK client would silently retry a GET, as OkHttp retries on a reused connection.
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> json("getMe", "{}"));
        assertThat(telegram.calls()).singleElement().satisfies(call -> assertThat(call.httpStatus()).isZero());
    }

    private List<Integer> updateIds(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return answer.result().findValues("update_id").stream().map(JsonNode::asInt).toList();
    }

    private Answer get(String method, String query) throws IOException, InterruptedException {
        return send(getRequest(method, query));
    }

    private HttpRequest.Builder getRequest(String method, String query) {
        return HttpRequest.newBuilder(URI.create(url(method) + (query.isEmpty() ? "" : "?" + query)));
    }

    private Answer json(String method, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(method))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Answer form(String method, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(method)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Answer multipart(String method, String... namesAndValues) throws IOException, InterruptedException {
        String boundary = "fake-boundary-7";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(namesAndValues[i]).append("\"\r\n")
                    .append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
                    .append(namesAndValues[i + 1]).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(URI.create(url(method)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private String url(String method) {
        return telegram.baseUrl() + "/bot" + TOKEN + "/" + method;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), MAPPER.readTree(response.body()));
    }

    private CompletableFuture<Answer> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            try {
                return new Answer(response.statusCode(), MAPPER.readTree(response.body()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
