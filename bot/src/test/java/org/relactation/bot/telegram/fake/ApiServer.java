package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side: routes {@code /bot<token>/<method>} on 127.0.0.1, applies injected faults, calls the method and
 * writes Telegram's answer ({@code {ok:true,result}} or {@code {ok:false,error_code,description[,parameters]}}
 * with the HTTP status equal to error_code). Every call is logged before its answer leaves, so a test that saw
 * the answer also sees the log entry.
 */
final class ApiServer {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Backend backend;
    private final MethodTable methods;

    private ApiServer(HttpServer server, ExecutorService executor, Backend backend, MethodTable methods) {
        this.server = server;
        this.executor = executor;
        this.backend = backend;
        this.methods = methods;
    }

    static ApiServer start(Backend backend, MethodTable methods) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Long polls park a thread each; virtual threads make that free.
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        ApiServer api = new ApiServer(server, executor, backend, methods);
        server.createContext("/", api::handle);
        server.setExecutor(executor);
        server.start();
        return api;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            route(exchange);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        int slash = path.startsWith("/bot") ? path.indexOf('/', 4) : -1;
        if (backend.faults.unreachable()) {
            drain(exchange);
            String method = slash < 0 ? path : path.substring(slash + 1);
            backend.log.add(new ApiCall(Instant.now(), method, Json.object(), 0, null, true));
            return; // closing the exchange without a response closes the connection
        }
        if (slash < 0) {
            drain(exchange);
            answer(exchange, path, Json.object(), BotApiError.notFound(), false);
            return;
        }
        String token = path.substring(4, slash);
        String requested = path.substring(slash + 1);
        if (!token.equals(backend.token)) {
            drain(exchange);
            answer(exchange, requested, Json.object(), BotApiError.unauthorized(), false);
            return;
        }
        Optional<MethodTable.Entry> entry = methods.find(requested);
        if (entry.isEmpty()) {
            drain(exchange);
            answer(exchange, requested, Json.object(), BotApiError.notFound(), false);
            return;
        }
        String method = entry.get().name();
        RequestParams params;
        try {
            params = RequestParser.parse(exchange);
        } catch (BotApiError error) {
            answer(exchange, method, Json.object(), error, false);
            return;
        }
        if (backend.faults.takeDrop(method)) {
            backend.log.add(new ApiCall(Instant.now(), method, params.toLogJson(), 0, null, true));
            return; // closing the exchange without a response closes the connection
        }
        FaultInjector.Failure failure = backend.faults.takeFailure(method);
        if (failure != null) {
            delay(method);
            answer(exchange, method, params.toLogJson(),
                    new BotApiError(failure.errorCode(), failure.description(), failure.retryAfter()), true);
            return;
        }
        JsonNode result;
        try {
            result = entry.get().method().call(params);
        } catch (BotApiError error) {
            delay(method);
            answer(exchange, method, params.toLogJson(), error, false);
            return;
        } catch (RuntimeException bug) {
            // A fault of the fake itself: answer like Telegram's 500 and leave a trace for whoever debugs it.
            bug.printStackTrace();
            answer(exchange, method, params.toLogJson(), new BotApiError(500, "Internal Server Error", null), false);
            return;
        }
        delay(method);
        ObjectNode body = Json.object();
        body.put("ok", true);
        body.set("result", result);
        write(exchange, method, params.toLogJson(), 200, body, false);
    }

    /**
     * A slowed-down method answers late, a held one when the test releases it (at most a minute later); its effect
     * (a sent message) has already happened, as in Telegram.
     */
    private void delay(String method) throws InterruptedException {
        Duration delay = backend.faults.delayFor(method);
        if (!delay.isZero()) {
            Thread.sleep(delay);
        }
        CountDownLatch hold = backend.faults.holdFor(method);
        if (hold != null) {
            hold.await(1, TimeUnit.MINUTES);
        }
    }

    private void answer(HttpExchange exchange, String method, ObjectNode params, BotApiError error,
                        boolean injected) throws IOException {
        ObjectNode body = Json.object();
        body.put("ok", false);
        body.put("error_code", error.errorCode());
        body.put("description", error.description());
        if (error.retryAfter() != null) {
            body.putObject("parameters").put("retry_after", error.retryAfter());
        }
        write(exchange, method, params, error.errorCode(), body, injected);
    }

    private void write(HttpExchange exchange, String method, ObjectNode params, int status, ObjectNode body,
                       boolean injected) throws IOException {
        backend.log.add(new ApiCall(Instant.now(), method, params, status, body.deepCopy(), injected));
        byte[] bytes = Json.bytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
