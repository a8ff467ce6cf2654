package shopdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;
import shopdesk.outbox.delivery.Backoff;
import shopdesk.outbox.delivery.RetryAfter;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.StreamGate;

/** The pure decisions: backoff, Retry-After, which entries may go, configuration checks. */
class BackoffAndGateTest {

    @Test
    void backoffCeilingDoublesUpToTheCapAndWaitsAreJitteredBelowIt() {
        Backoff b = new Backoff(1_000, 30_000, new Random(7));
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 60).stream().map(b::ceilingMs).toList())
                .containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L, 30_000L);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            long d = b.delayMs(4, 0);
            assertThat(d).isBetween(0L, 8_000L);
            seen.add(d);
        }
        assertThat(seen).as("full jitter spreads the waits").hasSizeGreaterThan(150);
        assertThat(b.delayMs(1, 5_000)).as("Retry-After is a floor").isGreaterThanOrEqualTo(5_000);
    }

    @Test
    void theSameRandomSeedGivesTheSameWaits() {
        Backoff a = new Backoff(100, 10_000, new Random(3));
        Backoff b = new Backoff(100, 10_000, new Random(3));
        for (int i = 1; i < 10; i++) assertThat(a.delayMs(i, 0)).isEqualTo(b.delayMs(i, 0));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDatesRelativeToTheServersDate() {
        assertThat(RetryAfter.millis("120", null, 0)).isEqualTo(120_000);
        assertThat(RetryAfter.millis("Wed, 21 Oct 2015 07:28:30 GMT", "Wed, 21 Oct 2015 07:28:00 GMT", 0)).isEqualTo(30_000);
        assertThat(RetryAfter.millis("soon", null, 0)).isZero();
        assertThat(RetryAfter.millis(null, null, 0)).isZero();
        assertThat(RetryAfter.millis("999999", null, 0)).as("capped at an hour").isEqualTo(3_600_000);
    }

    @Test
    void theGateLetsTheHeadOfEachStreamGoAndHoldsDependents() {
        List<StreamGate.Row> rows = List.of(
                row(1, "product:p", List.of(), DeliveryState.FAILED, 0),
                row(2, "product:p", List.of(), DeliveryState.PENDING, 0),      // behind its own stream's FAILED entry
                row(3, "bill:b1", List.of("product:p"), DeliveryState.PENDING, 0), // depends on the blocked stream
                row(4, "bill:b2", List.of("product:q"), DeliveryState.PENDING, 0), // free
                row(5, "product:r", List.of(), DeliveryState.RETRY_WAIT, 500),  // not due yet
                row(6, "bill:b3", List.of("product:r"), DeliveryState.PENDING, 0), // waits for r
                row(7, "bill:b4", List.of(), DeliveryState.IN_FLIGHT, 0));
        StreamGate.Decision d = StreamGate.decide(rows.iterator(), 100, 50, Set.of(), false);
        assertThat(d.due()).containsExactly(4L, 7L);
        StreamGate.Decision later = StreamGate.decide(rows.iterator(), 100, 50, Set.of(4L, 7L), false);
        assertThat(later.due()).isEmpty();
        assertThat(later.nextDueAt()).isEqualTo(500);
        assertThat(StreamGate.decide(rows.iterator(), 100, 50, Set.of(), true).due()).as("drain ignores backoff")
                .containsExactly(4L, 5L, 7L);
        assertThat(StreamGate.decide(rows.iterator(), 100, 1, Set.of(), false).due()).containsExactly(4L);
    }

    @Test
    void invalidConfigurationNamesTheKey() {
        assertThat(OutboxConfig.from(Config.of(Map.of()), "s", "d").batchSize()).isEqualTo(50);
        assertKey(Map.of("sync.batch-size", "0"), "sync.batch-size");
        assertKey(Map.of("sync.poll-interval-ms", "often"), "sync.poll-interval-ms");
        assertKey(Map.of("cloud.url", "ftp://cloud"), "cloud.url");
        assertKey(Map.of("sync.backoff.base-ms", "5000", "sync.backoff.cap-ms", "1000"), "sync.backoff.cap-ms");
        assertKey(Map.of("sync.lease-ms", "5000"), "sync.lease-ms");
        assertThatThrownBy(() -> OutboxConfig.from(Config.of(Map.of())))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("shop.id"));
    }

    private static void assertKey(Map<String, String> values, String key) {
        assertThatThrownBy(() -> OutboxConfig.from(Config.of(values), "shop", "device"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.getMessage()).contains(key);
                });
    }

    private static StreamGate.Row row(long seq, String stream, List<String> deps, DeliveryState s, long nextAt) {
        return new StreamGate.Row(seq, stream, deps, s, nextAt, s == DeliveryState.IN_FLIGHT ? 50L : null);
    }
}
