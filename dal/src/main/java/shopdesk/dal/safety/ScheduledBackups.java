package shopdesk.dal.safety;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;

/** A backup at day close, and one whenever the newest is older than a day (checked hourly). */
public final class ScheduledBackups implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);
    private final Database db;
    private final BackupStore store;
    private final Clock clock;
    private final Duration every;
    private final Consumer<String> problems;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "shopdesk-backups");
        t.setDaemon(true);
        return t;
    });

    public ScheduledBackups(Database db, BackupStore store, Clock clock, Duration every, Consumer<String> problems) {
        this.db = db;
        this.store = store;
        this.clock = clock;
        this.every = every;
        this.problems = problems;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::backupIfDue, 1, 60, TimeUnit.MINUTES);
    }

    /** Called when the shop closes the day. */
    public Backup dayClose() {
        return store.backup(db);
    }

    /** Takes a backup when the newest is older than the interval; returns true if it took one. */
    public boolean backupIfDue() {
        try {
            var newest = store.list().stream().findFirst();
            if (newest.isPresent() && clock.millis() - newest.get().takenAt() < every.toMillis()) return false;
            Backup b = store.backup(db);
            LOG.info("Backup written: {} ({} bytes)", b.file(), b.sizeBytes());
            return true;
        } catch (RuntimeException e) {
            LOG.error("Scheduled backup failed", e);
            problems.accept("The daily backup failed: " + e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
