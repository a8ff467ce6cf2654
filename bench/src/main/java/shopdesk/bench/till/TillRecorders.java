package shopdesk.bench.till;

import java.time.Clock;
import shopdesk.dal.db.Database;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;

/** The ChangeRecorder a till's services get in a benchmark: the real outbox's, with its worker never started. */
public final class TillRecorders {
    private TillRecorders() {
    }

    /** A recorder and whatever must be closed with it. */
    public record Recorder(shopdesk.dal.change.ChangeRecorder recorder, AutoCloseable owner, String description) {
        public void close() {
            try {
                if (owner != null) owner.close();
            } catch (Exception ignored) {
                // closing after a benchmark
            }
        }
    }

    public static Recorder forTill(Database db, TillShop shop, Clock clock) {
        // Nothing listens on the discard port: the worker is not started, so nothing is ever sent.
        Outbox outbox = Outbox.create(db, OutboxConfig.defaults("http://127.0.0.1:9", shop.cashier.shopId(),
                shop.cashier.deviceId()), clock);
        return new Recorder(outbox.recorder(), outbox, "the real `Outbox.recorder()` (worker not started)");
    }
}
