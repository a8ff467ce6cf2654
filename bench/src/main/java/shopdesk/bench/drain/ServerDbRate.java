package shopdesk.bench.drain;

import java.sql.SQLException;
import shopdesk.bench.billsave.PlainBillWriter;

/** The cloud database's own bill-transaction rate: plain-JDBC bill transactions, one at a time, into it. */
public final class ServerDbRate {
    private ServerDbRate() {
    }

    public static double billsPerSecond(CloudShop cloud, int bills, int warmup) throws SQLException {
        try (PlainBillWriter w = cloud.plainWriter()) {
            for (int i = 0; i < warmup; i++) w.save();
            long t0 = System.nanoTime();
            for (int i = 0; i < bills; i++) w.save();
            return bills / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
