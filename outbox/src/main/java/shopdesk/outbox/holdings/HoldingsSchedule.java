package shopdesk.outbox.holdings;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.outbox.health.SyncHealth;

/**
 * Runs the holdings check on its own thread: soon after start, every {@code intervalMs}, and soon after the cloud
 * answers again following a time it did not (a server that was restored usually was also down for a while).
 */
public final class HoldingsSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HoldingsSchedule.class);
    private static final long SOON_MS = 2_000;

    private final HoldingsCheck check;
    private final long intervalMs;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "holdings-check");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wasOnline = new AtomicBoolean(true);

    public HoldingsSchedule(HoldingsCheck check, long intervalMs) {
        this.check = check;
        this.intervalMs = intervalMs;
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::runQuietly, SOON_MS, intervalMs, TimeUnit.MILLISECONDS);
    }

    /** A health listener: a check soon after the cloud is reachable again. */
    public void healthChanged(SyncHealth h) {
        if (h.online() && !wasOnline.getAndSet(true)) checkSoon();
        else if (!h.online()) wasOnline.set(false);
    }

    public void checkSoon() {
        if (!thread.isShutdown()) thread.schedule(this::runQuietly, SOON_MS, TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            check.run();
        } catch (Exception e) {
            LOG.info("Holdings check failed, will try again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdown(); // a check under way finishes: an interrupt inside H2's file I/O would close the database
    }
}
