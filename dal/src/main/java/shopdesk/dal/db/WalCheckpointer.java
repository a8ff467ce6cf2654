package shopdesk.dal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies committed pages from a SQLite till's write-ahead log into the main file on a background thread, on its
 * own connection, shortly after commits. Left to itself SQLite checkpoints inside the commit that crosses
 * {@code wal_autocheckpoint} pages: that commit then writes and fsyncs thousands of pages of the main file while
 * the cashier waits (the slowest 1% of bill saves in the benchmarks). With this thread the writer's own checkpoint
 * (kept, at a higher threshold, so the log stays bounded even if this thread falls behind) finds almost every page
 * already copied. Durability does not change: a commit is durable once the log is synced, with or without a
 * checkpoint; a PASSIVE checkpoint never blocks the writer or readers.
 */
final class WalCheckpointer implements AutoCloseable {
    /** The writer checkpoints itself only beyond this many log pages (SQLite's default is 1,000). */
    static final int WRITER_AUTOCHECKPOINT_PAGES = 4_000;
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);
    private static final long MIN_GAP_MS = 50;
    private static final long IDLE_WAIT_MS = 5_000;

    private final DataSource source;
    private final Object lock = new Object();
    private final Thread thread;
    private boolean dirty;
    private volatile boolean running = true;
    private Connection connection;
    private volatile long checkpoints;
    private final Object checkpointing = new Object();
    private boolean held;

    WalCheckpointer(DataSource source, String name) {
        this.source = source;
        this.thread = new Thread(this::loop, "shopdesk-wal-checkpoint-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** A transaction committed: checkpoint soon. Never blocks. */
    void committed() {
        synchronized (lock) {
            dirty = true;
            lock.notify();
        }
    }

    /**
     * While held, no checkpoint starts (one under way finishes first: this waits for it); releasing asks for one.
     */
    void hold(boolean held) {
        synchronized (checkpointing) {
            this.held = held;
        }
        if (!held) committed();
    }

    /** How many background checkpoints ran (for tests and diagnostics). */
    long checkpoints() {
        return checkpoints;
    }

    private void loop() {
        while (running) {
            try {
                synchronized (lock) {
                    if (!dirty) lock.wait(IDLE_WAIT_MS);
                    if (!running) break;
                    if (!dirty) continue;
                    dirty = false;
                }
                checkpoint();
                Thread.sleep(MIN_GAP_MS); // commits in the meantime are gathered into the next checkpoint
            } catch (InterruptedException e) {
                break;
            }
        }
        closeConnection();
    }

    private void checkpoint() {
        synchronized (checkpointing) {
            if (!held) checkpointNow(); // held: releasing it asks for one
        }
    }

    private void checkpointNow() {
        try {
            if (connection == null) connection = source.getConnection();
            try (Statement s = connection.createStatement()) {
                s.execute("pragma wal_checkpoint(PASSIVE)");
            }
            checkpoints++;
        } catch (SQLException e) {
            // Harmless: the writer checkpoints itself beyond WRITER_AUTOCHECKPOINT_PAGES. Reconnect next time.
            LOG.debug("Background WAL checkpoint failed: {}", e.getMessage());
            closeConnection();
        }
    }

    private void closeConnection() {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection we no longer need
        }
        connection = null;
    }

    @Override
    public void close() {
        running = false;
        synchronized (lock) {
            lock.notify();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
