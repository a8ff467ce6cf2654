package shopdesk.outbox.health;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.outbox.cloud.ClockSkew;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueueCounts;
import shopdesk.outbox.queue.SyncMeta;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.outbox.queue.Tx;

/** Holds the worker's live status (online, paused, progress) and turns it plus the queue's counts into SyncHealth. */
public final class HealthMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);
    private final Database db;
    private final SyncQueueStore store;
    private final Clock clock;
    private final List<SyncHealthListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean online = true;
    private volatile PausedReason paused = PausedReason.NONE;
    private volatile boolean workOffline;
    private volatile boolean syncing;
    private volatile int sent;
    private volatile int total;
    private volatile String lastError;
    private SyncHealth last;
    private volatile ClockSkew skew;

    public HealthMonitor(Database db, SyncQueueStore store, Clock clock) {
        this.db = db;
        this.store = store;
        this.clock = clock;
    }

    /** Where the snapshot reads the till's clock skew from (the cloud client measures it). */
    public void watchClock(ClockSkew s) {
        skew = s;
    }

    public void addListener(SyncHealthListener l) {
        listeners.add(l);
    }

    public void removeListener(SyncHealthListener l) {
        listeners.remove(l);
    }

    /** A fresh snapshot from the database and the live status. */
    public SyncHealth snapshot() {
        return Tx.call(db, tx -> {
            Map<DeliveryState, Long> counts = QueueCounts.counts(tx);
            Long oldest = QueueCounts.oldestUndeliveredCreatedAt(tx);
            Long push = SyncMeta.getLong(tx, SyncMeta.LAST_PUSH_SERVER_TIME);
            Long pull = SyncMeta.getLong(tx, SyncMeta.LAST_PULL_SERVER_TIME);
            return new SyncHealth(Map.copyOf(counts), oldest == null ? null : Math.max(0, clock.millis() - oldest),
                    push, pull, online, paused(), syncing, sent, total, lastError, skew == null ? null : skew.offsetMs());
        });
    }

    /** Recomputes the health and tells the listeners if it changed. Call from the worker thread. */
    public SyncHealth refresh() {
        SyncHealth h = snapshot();
        boolean changed;
        synchronized (this) {
            changed = !Objects.equals(h, last);
            last = h;
        }
        if (changed) {
            for (SyncHealthListener l : listeners) {
                try {
                    l.healthChanged(h);
                } catch (RuntimeException e) {
                    LOG.warn("A sync health listener failed", e);
                }
            }
        }
        return h;
    }

    public boolean online() {
        return online;
    }

    public void reachable() {
        online = true;
        lastError = null;
    }

    public void unreachable(String error) {
        online = false;
        lastError = error;
    }

    public void serverError(String error) {
        online = true;
        lastError = error;
    }

    /** The effective pause: "work offline" wins over the cloud's reasons. */
    public PausedReason paused() {
        return workOffline ? PausedReason.WORK_OFFLINE : paused;
    }

    public void pause(PausedReason reason) {
        paused = reason;
    }

    public void resumeFrom(PausedReason reason) {
        if (paused == reason) paused = PausedReason.NONE;
    }

    /**
     * Pauses for a login after a 401, unless {@code loggedInSince} (asked after pausing) says a login replaced the
     * token the refused request carried: a login finishing while the 401 was read resumes first, and a pause after it
     * would wait for a login that has already happened.
     */
    public void pauseForLogin(java.util.function.BooleanSupplier loggedInSince) {
        pause(PausedReason.LOGIN_REQUIRED);
        if (loggedInSince.getAsBoolean()) resumeFrom(PausedReason.LOGIN_REQUIRED);
    }

    public void setWorkOffline(boolean offline) {
        workOffline = offline;
    }

    public void progress(boolean syncing, int sent, int total) {
        this.syncing = syncing;
        this.sent = sent;
        this.total = total;
    }
}
