package shopdesk.bench.drain;

import java.sql.SQLException;
import shopdesk.bench.billsave.PlainBillWriter;

/** The cloud database's own bill-transaction rate: plain-JDBC bill transactions, one at a time, into it. */
public final class ServerDbRate {
    private ServerDbRate() {
    }

    /** At most this long per measurement: 10,000 fsynced bills into PostgreSQL took 19 s on a slow disk. */
    static final long MAX_NANOS = 8_000_000_000L;

    /** {@code bills} transactions after {@code warmup} unmeasured, or as many as {@link #MAX_NANOS} allows. */
    public static double billsPerSecond(CloudShop cloud, int bills, int warmup) throws SQLException {
        try (PlainBillWriter w = cloud.plainWriter()) {
            for (int i = 0; i < warmup; i++) w.save();
            long t0 = System.nanoTime();
            int done = 0;
            while (done < bills && System.nanoTime() - t0 < MAX_NANOS) {
                w.save();
                done++;
            }
            return done / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
