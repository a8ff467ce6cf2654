package shopdesk.outbox.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import shopdesk.outbox.OutboxConfig;

/**
 * A pull sent before the login finished comes back 401 after the login stored its token (seen in the till's
 * window test: the worker then paused for a login that had already happened). The client sends it again once
 * with the new token.
 */
class StaleTokenRaceTest {
    @Test
    void a401ForARequestSentWithAReplacedTokenIsRetriedWithTheNewOne() throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        CountDownLatch loggedIn = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/api/v1/sync/pull", ex -> {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            seen.add(String.valueOf(auth));
            byte[] body;
            int status;
            if (auth == null) {
                try {
                    loggedIn.await(5, TimeUnit.SECONDS); // answer only after the login stored its token
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 401;
                body = "{\"code\":\"UNAUTHORIZED\",\"message\":\"log in\"}".getBytes(StandardCharsets.UTF_8);
            } else {
                status = 200;
                body = "{\"changes\":[],\"nextCursor\":\"0\",\"hasMore\":false,\"serverTime\":1}".getBytes(StandardCharsets.UTF_8);
            }
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        try (CloudClient cloud = new CloudClient(OutboxConfig.defaults("http://127.0.0.1:" + server.getAddress().getPort(),
                "shop", "device"), tokens)) {
            CompletableFuture<CloudResponse> pull = CompletableFuture.supplyAsync(() -> {
                try {
                    return cloud.pull(null, 10);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            while (seen.isEmpty()) Thread.sleep(5);
            tokens.setAccessToken("fresh-token");
            loggedIn.countDown();
            CloudResponse r = pull.get(10, TimeUnit.SECONDS);
            assertThat(r.status()).isEqualTo(200);
            assertThat(seen).containsExactly("null", "Bearer fresh-token");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a401ForTheCurrentTokenIsReturnedAsIs() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/api/v1/sync/pull", ex -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(401, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        tokens.setAccessToken("revoked");
        try (CloudClient cloud = new CloudClient(OutboxConfig.defaults("http://127.0.0.1:" + server.getAddress().getPort(),
                "shop", "device"), tokens)) {
            CloudResponse r = cloud.pull(null, 10);
            assertThat(r.status()).isEqualTo(401);
            assertThat(cloud.tokenReplacedSince(r)).as("the token it was sent with is still the one held").isFalse();
            assertThat(r.toString()).doesNotContain("revoked");
            // a login finishing while the 401 travelled: the caller that paused for it resumes
            tokens.setAccessToken("fresh-token");
            assertThat(cloud.tokenReplacedSince(r)).isTrue();
        } finally {
            server.stop(0);
        }
    }
}
