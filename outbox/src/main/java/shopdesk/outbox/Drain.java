package shopdesk.outbox;

import java.time.Duration;
import shopdesk.dal.db.Database;
import shopdesk.outbox.delivery.PipelinedPush;
import shopdesk.outbox.delivery.ReplayCycle;
import shopdesk.outbox.delivery.ReplayWorker;
import shopdesk.outbox.health.HealthMonitor;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueueCounts;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.outbox.queue.Tx;

/**
 * Pushes everything it can before the app closes, ignoring backoff, each entry at most once, until the queue is
 * empty, the cloud is unreachable, sending is paused or the timeout passes. Runs on the caller's thread (the
 * worker's own runs wait meanwhile), one request at a time but with the next batch claimed while one is on the wire
 * ({@link PipelinedPush}), and reports progress as sent/total.
 */
final class Drain {
    private final Database db;
    private final SyncQueueStore store;
    private final ReplayCycle cycle;
    private final HealthMonitor health;
    private final ReplayWorker worker;

    Drain(Database db, SyncQueueStore store, ReplayCycle cycle, HealthMonitor health, ReplayWorker worker) {
        this.db = db;
        this.store = store;
        this.cycle = cycle;
        this.health = health;
        this.worker = worker;
    }

    DrainResult run(Duration timeout, DrainProgressListener listener) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int total = store.countUndelivered();
        listener.progress(0, total);
        health.progress(true, 0, total);
        PipelinedPush.Summary summary;
        try {
            summary = new PipelinedPush(cycle, health, true).run(deadline, () -> true, sent -> {
                listener.progress(sent, Math.max(total, sent));
                health.progress(true, sent, Math.max(total, sent));
            });
        } finally {
            health.progress(false, 0, 0);
        }
        int remaining = store.countUndelivered();
        boolean timedOut = summary.deadlinePassed() && remaining > 0;
        int parked = Tx.call(db, tx -> QueueCounts.countIn(tx, java.util.EnumSet.of(DeliveryState.CONFLICT, DeliveryState.FAILED)));
        worker.syncNow();
        return new DrainResult(total, summary.sent(), remaining, parked, timedOut, summary.unreachable(), health.paused());
    }
}
