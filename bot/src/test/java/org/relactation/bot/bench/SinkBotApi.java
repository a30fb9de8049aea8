package org.relactation.bot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Bot API that only counts what it is sent, keeping nothing per message: for fan-outs of 100,000 messages, where
 * the fake's full record of every message would measure the fake's memory instead of the bot's. getUpdates waits
 * a little and answers nothing; sendMessage answers a minimal message; anything else answers true.
 */
final class SinkBotApi implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicInteger messageIds = new AtomicInteger();
    /** Messages received in each second (epoch second to count). */
    private final ConcurrentHashMap<Long, AtomicInteger> perSecond = new ConcurrentHashMap<>();

    private SinkBotApi(HttpServer server) {
        this.server = server;
    }

    static SinkBotApi start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        SinkBotApi sink = new SinkBotApi(server);
        server.createContext("/", sink::handle);
        server.setExecutor(sink.executor);
        server.start();
        return sink;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long sent() {
        return sent.get();
    }

    /** The most messages received within one whole second, from {@code fromSecond} on. */
    int busiestSecond(long fromSecond, long toSecond) {
        return perSecond.entrySet().stream().filter(e -> e.getKey() >= fromSecond && e.getKey() < toSecond)
                .mapToInt(e -> e.getValue().get()).max().orElse(0);
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            String path = exchange.getRequestURI().getPath().toLowerCase(Locale.ROOT);
            String result;
            if (path.endsWith("/sendmessage")) {
                sent.incrementAndGet();
                perSecond.computeIfAbsent(System.currentTimeMillis() / 1000, s -> new AtomicInteger()).incrementAndGet();
                result = "{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":"
                        + System.currentTimeMillis() / 1000 + ",\"chat\":{\"id\":1,\"type\":\"private\"}}";
            } else if (path.endsWith("/getupdates")) {
                Thread.sleep(500);
                result = "[]";
            } else if (path.endsWith("/getwebhookinfo")) {
                result = "{\"url\":\"\",\"has_custom_certificate\":false,\"pending_update_count\":0}";
            } else if (path.endsWith("/getme")) {
                result = "{\"id\":123456789,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"bench_bot\"}";
            } else {
                result = "true";
            }
            byte[] body = ("{\"ok\":true,\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
