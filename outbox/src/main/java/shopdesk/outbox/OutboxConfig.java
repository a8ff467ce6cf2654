package shopdesk.outbox;

import java.net.URI;
import java.net.URISyntaxException;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;

/**
 * How the SyncQueue talks to the cloud and how patiently it retries. Read from dal's {@link Config}; a wrong
 * value stops start-up with a {@link ConfigException} naming the key.
 *
 * @param maxRetryableFailures after this many retryable failures (5xx, 429, timeouts, resets) an entry is FAILED
 * @param leaseMs              how long a claimed (IN_FLIGHT) entry stays claimed; a crash mid-send is recovered after it
 */
public record OutboxConfig(URI cloudUrl, String shopId, String deviceId, int batchSize, long pollIntervalMs,
                           long backoffBaseMs, long backoffCapMs, int maxRetryableFailures, long leaseMs,
                           int connectTimeoutMs, int readTimeoutMs, int purgeDoneAfterDays, int pullPageSize) {

    public static final String CLOUD_URL = "cloud.url";
    public static final String SHOP_ID = "shop.id";
    public static final String DEVICE_ID = "device.id";

    public OutboxConfig {
        if (shopId == null || shopId.isBlank()) throw new ConfigException(SHOP_ID, "Config key 'shop.id' is missing (accepted: the shop's id)");
        if (deviceId == null || deviceId.isBlank()) throw new ConfigException(DEVICE_ID, "Config key 'device.id' is missing (accepted: this till's device id)");
        if (backoffCapMs < backoffBaseMs) {
            throw new ConfigException("sync.backoff.cap-ms", "Config key 'sync.backoff.cap-ms' has value '" + backoffCapMs
                    + "' (accepted: at least sync.backoff.base-ms = " + backoffBaseMs + ")");
        }
        // A lease shorter than one exchange would let a live send be claimed a second time.
        if (leaseMs <= (long) connectTimeoutMs + readTimeoutMs) {
            throw new ConfigException("sync.lease-ms", "Config key 'sync.lease-ms' has value '" + leaseMs
                    + "' (accepted: more than sync.connect-timeout-ms + sync.read-timeout-ms = "
                    + ((long) connectTimeoutMs + readTimeoutMs) + ")");
        }
    }

    /** Reads every sync key; shop and device come from the caller (the till knows them after set-up). */
    public static OutboxConfig from(Config c, String shopId, String deviceId) {
        return new OutboxConfig(
                url(c.get(CLOUD_URL, "http://localhost:8080")),
                shopId, deviceId,
                c.getInt("sync.batch-size", 50, 1, 500),
                c.getLong("sync.poll-interval-ms", 15_000, 50, 3_600_000),
                c.getLong("sync.backoff.base-ms", 1_000, 1, 3_600_000),
                c.getLong("sync.backoff.cap-ms", 300_000, 1, 86_400_000),
                c.getInt("sync.max-retryable-failures", 20, 1, 10_000),
                c.getLong("sync.lease-ms", 120_000, 1_000, 86_400_000),
                c.getInt("sync.connect-timeout-ms", 5_000, 100, 600_000),
                c.getInt("sync.read-timeout-ms", 30_000, 100, 600_000),
                c.getInt("sync.purge-done-after-days", 30, 1, 3_650),
                c.getInt("sync.pull-page-size", 200, 1, 1000));
    }

    /** Reads shop and device from {@code shop.id} and {@code device.id} as well. */
    public static OutboxConfig from(Config c) {
        return from(c, c.require(SHOP_ID, "the shop's id"), c.require(DEVICE_ID, "this till's device id"));
    }

    /** Defaults for a cloud at {@code url}: handy for tests and tools. */
    public static OutboxConfig defaults(String url, String shopId, String deviceId) {
        return from(Config.of(java.util.Map.of(CLOUD_URL, url)), shopId, deviceId);
    }

    public OutboxConfig withCloudUrl(String url) {
        return new OutboxConfig(url(url), shopId, deviceId, batchSize, pollIntervalMs, backoffBaseMs, backoffCapMs,
                maxRetryableFailures, leaseMs, connectTimeoutMs, readTimeoutMs, purgeDoneAfterDays, pullPageSize);
    }

    public OutboxConfig withBackoff(long baseMs, long capMs, int maxFailures) {
        return new OutboxConfig(cloudUrl, shopId, deviceId, batchSize, pollIntervalMs, baseMs, capMs,
                maxFailures, leaseMs, connectTimeoutMs, readTimeoutMs, purgeDoneAfterDays, pullPageSize);
    }

    public OutboxConfig withTimeouts(int connectMs, int readMs, long lease) {
        return new OutboxConfig(cloudUrl, shopId, deviceId, batchSize, pollIntervalMs, backoffBaseMs, backoffCapMs,
                maxRetryableFailures, lease, connectMs, readMs, purgeDoneAfterDays, pullPageSize);
    }

    public OutboxConfig withBatchSize(int size) {
        return new OutboxConfig(cloudUrl, shopId, deviceId, size, pollIntervalMs, backoffBaseMs, backoffCapMs,
                maxRetryableFailures, leaseMs, connectTimeoutMs, readTimeoutMs, purgeDoneAfterDays, pullPageSize);
    }

    public OutboxConfig withPollIntervalMs(long ms) {
        return new OutboxConfig(cloudUrl, shopId, deviceId, batchSize, ms, backoffBaseMs, backoffCapMs,
                maxRetryableFailures, leaseMs, connectTimeoutMs, readTimeoutMs, purgeDoneAfterDays, pullPageSize);
    }

    private static URI url(String raw) {
        try {
            URI u = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
                throw new URISyntaxException(raw, "not http(s)");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new ConfigException(CLOUD_URL, "Config key 'cloud.url' has value '" + raw
                    + "' (accepted: an http or https URL such as https://cloud.example.com)");
        }
    }
}
