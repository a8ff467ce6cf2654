package shopdesk.outbox.cloud;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import shopdesk.outbox.OutboxConfig;

/**
 * The pooled HTTP connection to the cloud: the config's timeouts, no automatic retries or redirects (the SyncQueue
 * decides when to retry). Each answer is read whole and its Date observed for the clock skew; a failure is
 * unreachable (the request never left) or failed (it may have arrived).
 */
final class CloudHttp implements AutoCloseable {
    private final CloseableHttpClient http;
    private final ClockSkew skew;

    CloudHttp(OutboxConfig config, ClockSkew skew) {
        this.skew = skew;
        PoolingHttpClientConnectionManager cm = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(config.connectTimeoutMs()))
                        .setSocketTimeout(Timeout.ofMilliseconds(config.readTimeoutMs()))
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(500))
                        .build())
                .setMaxConnTotal(4).setMaxConnPerRoute(4)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(cm)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(config.readTimeoutMs()))
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(config.connectTimeoutMs()))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
    }

    /** Sends {@code request}, which carries the access token {@code sentWith} (empty: none). */
    CloudResponse exchange(HttpUriRequestBase request, Optional<String> sentWith) throws IOException {
        int token = CloudResponse.tokenOf(sentWith);
        long sentAt = System.currentTimeMillis();
        try {
            return http.execute(request, response -> {
                String date = value(response.getFirstHeader("Date"));
                skew.observe(date, sentAt, System.currentTimeMillis());
                return new CloudResponse(response.getCode(),
                        response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8),
                        value(response.getFirstHeader("Retry-After")), date, token);
            });
        } catch (ConnectException | ConnectTimeoutException | UnknownHostException | NoRouteToHostException e) {
            throw new CloudUnreachableException(describe(e), e);
        } catch (IOException e) {
            if (e instanceof HttpHostConnectException) throw new CloudUnreachableException(describe(e), e);
            if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) throw e;
            throw new ExchangeFailedException(describe(e), e);
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static String value(Header h) {
        return h == null ? null : h.getValue();
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
    }
}
