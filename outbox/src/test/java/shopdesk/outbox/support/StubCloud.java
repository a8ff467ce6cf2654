package shopdesk.outbox.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Json;
import shopdesk.protocol.PullResponse;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushRequest;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.TokenResponse;

/** An in-test cloud on the JDK's HTTP server: answers pushes and pulls as the test programs it, records requests. */
public final class StubCloud implements AutoCloseable {
    static {
        // Without it the JDK server answers small requests ~44 ms late (Nagle + delayed ACK).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public record Reply(int status, String body, Map<String, String> headers) {
        public static Reply json(int status, Object body) {
            return new Reply(status, body instanceof String s ? s : Json.gson().toJson(body), Map.of());
        }
    }

    public static final long SERVER_TIME = 1_900_000_000_000L;
    private final HttpServer server;
    private final List<PushRequest> pushes = new ArrayList<>();
    private final List<String> authHeaders = new ArrayList<>();
    private final AtomicLong billNumbers = new AtomicLong();
    private final List<String> refreshes = new ArrayList<>();
    private volatile Function<String, Reply> onRefresh = body -> tokens("access-2", "refresh-2");
    private volatile Function<PushRequest, Reply> onPush = this::applyAll;
    private volatile Function<String, Reply> onPull = cursor -> Reply.json(200, new PullResponse(List.of(), cursor, false, SERVER_TIME));

    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool();

    public StubCloud() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/sync/push", ex -> {
            PushRequest r = Json.gson().fromJson(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), PushRequest.class);
            synchronized (this) {
                pushes.add(r);
                authHeaders.add(ex.getRequestHeaders().getFirst("Authorization"));
            }
            reply(ex, onPush.apply(r));
        });
        server.createContext("/api/v1/sync/pull", ex -> {
            String q = ex.getRequestURI().getQuery();
            String since = null;
            if (q != null) for (String p : q.split("&")) if (p.startsWith("since=")) since = p.substring(6);
            reply(ex, onPull.apply(since));
        });
        server.createContext("/api/v1/auth/refresh", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (this) {
                refreshes.add(body);
            }
            reply(ex, onRefresh.apply(body));
        });
        server.setExecutor(executor); // requests are handled concurrently, so a client that overlaps them would show
        server.start();
    }

    /** The refresh endpoint answers this (default: a new token pair "access-2"/"refresh-2"). */
    public void onRefresh(Function<String, Reply> f) {
        onRefresh = f;
    }

    public synchronized List<String> refreshes() {
        return List.copyOf(refreshes);
    }

    public static Reply tokens(String access, String refresh) {
        return Reply.json(200, new TokenResponse(access, SERVER_TIME + 3_600_000, refresh, SERVER_TIME + 86_400_000,
                new TokenResponse.UserInfo("u", "asha", "Asha", "CASHIER", "s", "d", null), SERVER_TIME));
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void onPush(Function<PushRequest, Reply> f) {
        onPush = f;
    }

    public void onPull(Function<String, Reply> f) {
        onPull = f;
    }

    public synchronized List<PushRequest> pushes() {
        return List.copyOf(pushes);
    }

    public synchronized List<String> authHeaders() {
        return new ArrayList<>(authHeaders);
    }

    public synchronized List<PushEntry> pushedEntries() {
        return pushes.stream().flatMap(p -> p.entries().stream()).toList();
    }

    /** APPLIED for every entry: bills get the next server number, edits base + 1. */
    public Reply applyAll(PushRequest r) {
        return Reply.json(200, new PushResponse(r.entries().stream().map(this::applied).toList(), SERVER_TIME));
    }

    public EntryResult applied(PushEntry e) {
        Long number = ChangeAction.CREATE_BILL.name().equals(e.action()) ? billNumbers.incrementAndGet() : null;
        long version = e.baseVersion() == null ? 1 : e.baseVersion() + 1;
        return EntryResult.applied(e.requestId(), new EntryResult.Applied(number, version, SERVER_TIME));
    }

    private static void reply(HttpExchange ex, Reply r) throws IOException {
        byte[] body = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
