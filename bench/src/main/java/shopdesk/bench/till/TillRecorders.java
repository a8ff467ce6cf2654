package shopdesk.bench.till;

import java.time.Clock;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.db.Database;

/** The ChangeRecorder a till's services get in a benchmark: the real outbox's when it is available. */
public final class TillRecorders {
    private TillRecorders() {
    }

    /** A recorder and whatever must be closed with it. */
    public record Recorder(ChangeRecorder recorder, AutoCloseable owner, String description) {
        public void close() {
            try {
                if (owner != null) owner.close();
            } catch (Exception ignored) {
                // closing after a benchmark
            }
        }
    }

    public static Recorder forTill(Database db, TillShop shop, Clock clock) {
        return new Recorder(new QueueRowRecorder(clock), null,
                "bench's QueueRowRecorder (next stream sequence, sync_queue row, sync_delivery row)");
    }
}
