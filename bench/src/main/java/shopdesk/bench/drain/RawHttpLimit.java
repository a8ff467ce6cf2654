package shopdesk.bench.drain;

import io.javalin.Javalin;
import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The most HTTP can do here: the same number of equally sized POSTs, one after another on one kept-alive
 * connection, to a Javalin endpoint that reads the body and answers a small JSON without doing anything.
 */
public final class RawHttpLimit {
    private RawHttpLimit() {
    }

    /** Returns posts per second after {@code warmup} unmeasured posts. */
    public static double postsPerSecond(byte[] body, int posts, int warmup) throws IOException {
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = 16L * 1024 * 1024;
        });
        app.post("/api/v1/sync/push", ctx -> {
            ctx.bodyAsBytes();
            ctx.contentType("application/json").result("{\"results\":[]}");
        });
        app.start("127.0.0.1", 0);
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            String url = "http://127.0.0.1:" + app.port() + "/api/v1/sync/push";
            for (int i = 0; i < warmup; i++) post(http, url, body);
            long t0 = System.nanoTime();
            for (int i = 0; i < posts; i++) post(http, url, body);
            return posts / ((System.nanoTime() - t0) / 1e9);
        } finally {
            app.stop();
        }
    }

    private static void post(CloseableHttpClient http, String url, byte[] body) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setHeader("Authorization", "Bearer bench");
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        http.execute(post, response -> {
            if (response.getCode() != 200) throw new IOException("HTTP " + response.getCode());
            return EntityUtils.toByteArray(response.getEntity());
        });
    }
}
