package org.relactation.bot.operations;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /healthz} (200 when the database answers and the scheduler runs, else 503, with a one-line JSON
 * saying which) and {@code GET /metrics} (Prometheus text) on their own port, for load balancers, orchestrators
 * and Prometheus; never on the public address. The JDK's HTTP server is enough for two tiny read-only pages.
 */
public final class OperatorEndpoints implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OperatorEndpoints.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService threads;

    private OperatorEndpoints(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * @param database  true when the database answers now
     * @param scheduler true when the reminder scheduler runs
     */
    public static OperatorEndpoints start(int port, Metrics metrics, BooleanSupplier database,
                                          BooleanSupplier scheduler) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("The operator port " + port + " (OPERATIONS_PORT) cannot be opened", e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "operator-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/healthz", exchange -> {
            boolean databaseUp = database.getAsBoolean();
            boolean schedulerUp = scheduler.getAsBoolean();
            String body = "{\"status\":\"" + (databaseUp && schedulerUp ? "up" : "down") + "\",\"database\":\""
                    + (databaseUp ? "up" : "down") + "\",\"scheduler\":\"" + (schedulerUp ? "up" : "down") + "\"}\n";
            answer(exchange, databaseUp && schedulerUp ? 200 : 503, "application/json", body);
        });
        server.createContext("/metrics", exchange -> answer(exchange, 200, PROMETHEUS_TEXT, metrics.scrape()));
        server.start();
        LOG.info("Operator endpoints on port {}: /healthz, /metrics", server.getAddress().getPort());
        return new OperatorEndpoints(server, threads);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /** The port listened on (useful when 0 asked the system for a free one). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        threads.shutdownNow();
    }
}
