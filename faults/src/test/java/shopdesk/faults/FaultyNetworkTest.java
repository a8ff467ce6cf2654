package shopdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.faults.support.Cloud;
import shopdesk.faults.support.Ledger;

/**
 * A till syncing through a proxy that resets connections before the request, drops answers after the server
 * committed, delays, truncates and resets mid-body: every bill still lands exactly once.
 */
class FaultyNetworkTest {
    static final int MIN_FAULTS = 200;
    @TempDir Path dir;

    @Test
    void everyBillLandsExactlyOnceThroughResetsDropsDelaysAndTruncations() throws Exception {
        Fault[] kinds = {Fault.RESET_BEFORE_REQUEST, Fault.DROP_RESPONSE, Fault.DELAY, Fault.TRUNCATE_RESPONSE, Fault.RESET_MID_BODY};
        Random random = new Random(20261126);
        AtomicBoolean breaking = new AtomicBoolean(true);
        try (Cloud cloud = new Cloud(DatabaseConfig.h2(dir.resolve("cloud"), SchemaContext.CLOUD));
             FaultyProxy proxy = new FaultyProxy(new InetSocketAddress("127.0.0.1", cloud.server.port()),
                     n -> breaking.get() && random.nextInt(100) < 60 ? kinds[random.nextInt(kinds.length)] : Fault.NONE, 100);
             TillNode till = new TillNode(dir.resolve("t1.db"), proxy.url(), cloud.till("T1"), Clock.systemUTC(), 1)) {
            till.connect(cloud.productIds, Duration.ofSeconds(60));
            till.outbox.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            int written = 0;
            while (proxy.faultsInjected() < MIN_FAULTS + 20 && System.nanoTime() < deadline) {
                till.sellRandom(cloud.productIds);
                written++;
                Thread.sleep(15); // a busy till, not a flood: the worker shares the one SQLite writer
            }
            long faults = proxy.faultsInjected();
            breaking.set(false);
            assertThat(till.drain(Duration.ofSeconds(120))).as("queue drained").isTrue();
            Ledger.Counts counts = Ledger.check("faulty network", cloud, List.of(till.db), List.of(), 0, faults);
            assertThat(written).isPositive();
            assertThat(faults).isGreaterThanOrEqualTo(MIN_FAULTS);
            for (Fault f : kinds) assertThat(proxy.injected(f)).as(f.name()).isPositive();
            assertThat(counts.clean()).as(counts.line()).isTrue();
        }
    }
}
