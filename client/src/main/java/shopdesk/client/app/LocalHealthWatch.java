package shopdesk.client.app;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import shopdesk.dal.safety.DiskSpace;

/**
 * Watches what can stop the till from saving bills before it happens: free disk space where the database
 * lives, and the last backup problem. Publishes one plain warning line, or "" when all is well.
 */
public final class LocalHealthWatch implements AutoCloseable {
    private final Path dataDir;
    private final long warnBelowBytes;
    private final LongSupplier freeBytes;
    private final Consumer<String> publish;
    private final AtomicReference<String> backupProblem = new AtomicReference<>("");
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "shopdesk-health-watch");
        t.setDaemon(true);
        return t;
    });

    public LocalHealthWatch(Path dataDir, long warnBelowBytes, Consumer<String> publish) {
        this(dataDir, warnBelowBytes, () -> DiskSpace.check(dataDir, warnBelowBytes).freeBytes(), publish);
    }

    LocalHealthWatch(Path dataDir, long warnBelowBytes, LongSupplier freeBytes, Consumer<String> publish) {
        this.dataDir = dataDir;
        this.warnBelowBytes = warnBelowBytes;
        this.freeBytes = freeBytes;
        this.publish = publish;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::check, 0, 1, TimeUnit.MINUTES);
    }

    /** A backup failed (or "" once one worked again). */
    public void backupProblem(String message) {
        backupProblem.set(message == null ? "" : message);
        check();
    }

    /** Computes and publishes the current warning; returns it too. */
    public String check() {
        DiskSpace.Status disk = new DiskSpace.Status(freeBytes.getAsLong(), warnBelowBytes);
        String warning = disk.low() ? disk.message() : backupProblem.get();
        publish.accept(warning);
        return warning;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
