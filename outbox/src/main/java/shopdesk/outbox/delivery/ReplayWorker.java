package shopdesk.outbox.delivery;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.health.HealthMonitor;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.pull.FeedPuller;
import shopdesk.outbox.queue.SyncQueueStore;

/**
 * The background thread: pushes while entries are due, then pulls, then sleeps until the next entry is due,
 * the poll interval passes, or someone wakes it. Online, every local commit wakes it at once; offline (or
 * paused) a commit only refreshes the health, and sending is retried on the poll interval.
 */
public final class ReplayWorker {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayWorker.class);
    private static final long PURGE_EVERY_MS = 6 * 3_600_000L;

    private final ReplayCycle cycle;
    private final FeedPuller puller;
    private final SyncQueueStore store;
    private final HealthMonitor health;
    private final OutboxConfig config;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private boolean pushRequested = true;
    private boolean pullRequested = true;
    private boolean healthRequested = true;
    private volatile boolean running;
    private Thread thread;
    private long lastPullAt = Long.MIN_VALUE / 2;
    private long lastPurgeAt = Long.MIN_VALUE / 2;
    private long lastStepNanos = System.nanoTime();

    public ReplayWorker(ReplayCycle cycle, FeedPuller puller, SyncQueueStore store, HealthMonitor health,
                        OutboxConfig config, Clock clock) {
        this.cycle = cycle;
        this.puller = puller;
        this.store = store;
        this.health = health;
        this.config = config;
        this.clock = clock;
    }

    public synchronized void start() {
        if (running) return;
        running = true;
        thread = new Thread(this::loop, "shopdesk-sync");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        Thread t = thread;
        if (t == null) return;
        // woken, never interrupted: a thread interrupted inside H2's file I/O closes the whole database (H2 writes
        // in the committing thread since WRITE_DELAY=0, docs/RELIABILITY.md)
        wake(true, false);
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    /** A local commit recorded an entry. */
    public void committed() {
        boolean send = health.online() && health.paused() == PausedReason.NONE;
        wake(send, false);
    }

    /** "Sync now", a resolution, a login, a change of "work offline": push and pull at once. */
    public void syncNow() {
        wake(true, true);
    }

    private void wake(boolean push, boolean pull) {
        lock.lock();
        try {
            pushRequested |= push;
            pullRequested |= pull;
            healthRequested = true;
            signal.signal();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            boolean push, pull;
            lock.lock();
            try {
                push = pushRequested;
                pull = pullRequested;
                pushRequested = pullRequested = healthRequested = false;
            } finally {
                lock.unlock();
            }
            // Commits while offline only refresh the health; without this a till that keeps selling faster
            // than the poll interval would never try the cloud again (found by the fault suite).
            if (!push && System.nanoTime() - lastStepNanos >= config.pollIntervalMs() * 1_000_000L) push = true;
            try {
                if (push) {
                    lastStepNanos = System.nanoTime();
                    step(pull);
                }
                health.refresh();
            } catch (RuntimeException e) {
                if (!running) break; // stopping: an interrupted query is expected
                LOG.warn("Sync step failed; trying again later", e);
                health.serverError("Sync failed: " + e.getMessage());
            }
            if (!running) break;
            await();
        }
    }

    /** One run: push everything due (pipelined: {@link PipelinedPush}), then pull if it is time, then purge if it is time. */
    private void step(boolean pullNow) {
        if (health.paused() != PausedReason.NONE) return;
        int total = store.countUndelivered();
        health.progress(true, 0, total);
        try {
            new PipelinedPush(cycle, health, false).run(PipelinedPush.NO_DEADLINE, () -> running, sent -> {
                health.progress(true, sent, Math.max(total, sent));
                health.refresh();
            });
        } finally {
            health.progress(false, 0, 0);
        }
        long now = clock.millis();
        // Pulling also probes the cloud while offline with nothing to push.
        if (running && health.paused() == PausedReason.NONE && (pullNow || now - lastPullAt >= config.pollIntervalMs())) {
            lastPullAt = now;
            puller.pullAll();
        }
        if (now - lastPurgeAt >= PURGE_EVERY_MS) {
            lastPurgeAt = now;
            int n = store.purgeDone(now - config.purgeDoneAfterDays() * 86_400_000L);
            if (n > 0) LOG.info("Purged {} delivered sync entries older than {} days", n, config.purgeDoneAfterDays());
        }
    }

    private void await() {
        // Offline, commits wake the thread only to refresh the health; the poll still runs on time.
        long sinceStepMs = (System.nanoTime() - lastStepNanos) / 1_000_000L;
        long wait = Math.max(0, config.pollIntervalMs() - sinceStepMs);
        if (health.online() && health.paused() == PausedReason.NONE) {
            Long due = store.nextDueAt(clock.millis());
            if (due != null) wait = Math.max(0, Math.min(wait, due - clock.millis()));
        }
        lock.lock();
        try {
            if (wait > 0 && !pushRequested && !healthRequested && running) {
                boolean signalled = signal.await(wait, TimeUnit.MILLISECONDS);
                if (!signalled) pushRequested = true; // the interval passed: look again
            } else if (wait == 0) {
                pushRequested = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }
}
