package shopdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy breaks exactly what it says, before or after the server handled the request. */
class FaultyProxyTest {
    private HttpServer server;
    private final AtomicInteger handled = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void startServer() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", ex -> {
            handled.incrementAndGet();
            byte[] body = "{\"ok\":true,\"padding\":\"0123456789012345678901234567890123456789\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<String> post(FaultyProxy proxy) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(proxy.url() + "/push")).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private FaultyProxy proxy(Fault fault) throws IOException {
        return new FaultyProxy(server.getAddress(), n -> fault, 300);
    }

    @Test
    void noFaultPassesTheExchangeThrough() throws Exception {
        try (FaultyProxy proxy = proxy(Fault.NONE)) {
            HttpResponse<String> r = post(proxy);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"ok\":true");
            assertThat(r.headers().firstValue("connection")).contains("close");
            assertThat(post(proxy).statusCode()).isEqualTo(200);
            assertThat(proxy.connections()).as("one connection per exchange").isEqualTo(2);
            assertThat(proxy.faultsInjected()).isZero();
        }
    }

    @Test
    void resetBeforeRequestNeverReachesTheServer() throws Exception {
        try (FaultyProxy proxy = proxy(Fault.RESET_BEFORE_REQUEST)) {
            assertThatThrownBy(() -> post(proxy)).isInstanceOf(IOException.class);
            assertThat(handled).hasValue(0);
            assertThat(proxy.injected(Fault.RESET_BEFORE_REQUEST)).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void dropResponseLetsTheServerHandleItButTheClientNeverHears() throws Exception {
        try (FaultyProxy proxy = proxy(Fault.DROP_RESPONSE)) {
            assertThatThrownBy(() -> post(proxy)).isInstanceOf(IOException.class);
            assertThat(handled.get()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void truncatedAndResetBodiesFailTheClient() throws Exception {
        for (Fault f : new Fault[] {Fault.TRUNCATE_RESPONSE, Fault.RESET_MID_BODY}) {
            try (FaultyProxy proxy = proxy(f)) {
                assertThatThrownBy(() -> post(proxy)).as(f.name()).isInstanceOf(IOException.class);
                assertThat(proxy.injected(f)).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void delayedAnswersStillArrive() throws Exception {
        try (FaultyProxy proxy = proxy(Fault.DELAY)) {
            assertThat(post(proxy).statusCode()).isEqualTo(200);
            assertThat(proxy.injected(Fault.DELAY)).isEqualTo(1);
        }
    }
}
