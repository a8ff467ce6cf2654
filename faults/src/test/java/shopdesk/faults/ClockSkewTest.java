package shopdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.faults.support.Cloud;
import shopdesk.faults.support.Ledger;

/**
 * Two tills whose clocks are hours off and jump by hours, forwards and backwards, while they sell and sync:
 * numbers, order and delivery never depend on a till's clock; the server stamps its own time, and the
 * till's time is kept beside it only to be shown.
 */
class ClockSkewTest {
    static final int JUMPS = 200;
    @TempDir Path dir;

    /** A till clock that starts hours off and jumps when told. */
    static final class JumpyClock extends Clock {
        final AtomicLong offset;

        JumpyClock(long offsetMillis) {
            this.offset = new AtomicLong(offsetMillis);
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return Instant.ofEpochMilli(millis()); }
        @Override public long millis() { return System.currentTimeMillis() + offset.get(); }
    }

    @Test
    void skewedAndJumpingTillClocksDecideNothing() throws Exception {
        Random random = new Random(17);
        long hour = Duration.ofHours(1).toMillis();
        JumpyClock ahead = new JumpyClock(7 * hour);
        JumpyClock behind = new JumpyClock(-9 * hour);
        try (Cloud cloud = new Cloud(DatabaseConfig.h2(dir.resolve("cloud"), SchemaContext.CLOUD));
             TillNode t1 = new TillNode(dir.resolve("t1.db"), cloud.url(), cloud.till("T1"), ahead, 1);
             TillNode t2 = new TillNode(dir.resolve("t2.db"), cloud.url(), cloud.till("T2"), behind, 2)) {
            t1.connect(cloud.productIds, Duration.ofSeconds(60));
            t2.connect(cloud.productIds, Duration.ofSeconds(60));
            t1.outbox.start();
            t2.outbox.start();
            long realStart = System.currentTimeMillis();
            for (int jump = 0; jump < JUMPS; jump++) {
                (jump % 2 == 0 ? t1 : t2).sellRandom(cloud.productIds);
                JumpyClock c = jump % 2 == 0 ? ahead : behind;
                c.offset.addAndGet((random.nextInt(13) - 6) * hour); // -6h .. +6h, either way
                Thread.sleep(5);
            }
            // the worker alone, not a drain that ignores backoff, must get everything out after the last jump
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while ((t1.outbox.health().undelivered() > 0 || t2.outbox.health().undelivered() > 0) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(t1.outbox.health().undelivered() + t2.outbox.health().undelivered())
                    .as("delivered by the worker despite clock jumps").isZero();
            long realEnd = System.currentTimeMillis();
            t1.outbox.pullNow();
            t2.outbox.pullNow();

            Ledger.Counts counts = Ledger.check("till clocks skewed and jumping", cloud, List.of(t1.db, t2.db), List.of(), 0, JUMPS);
            assertThat(counts.clean()).as(counts.line()).isTrue();
            var bills = cloud.server.database().dsl().select(BILL.SERVER_CREATED_AT, BILL.CLIENT_CREATED_AT).from(BILL)
                    .where(BILL.SHOP_ID.eq(cloud.shopId)).fetch();
            assertThat(bills).hasSize(JUMPS);
            // the server's time is its own; the tills' times are kept, however wrong
            assertThat(bills).allSatisfy(r -> assertThat(r.value1()).isBetween(realStart - 1_000, realEnd + 1_000));
            assertThat(bills).anySatisfy(r -> assertThat(Math.abs(r.value2() - r.value1())).isGreaterThan(hour));
        }
    }
}
