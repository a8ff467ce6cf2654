package shopdesk.dal.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Held around a Liquibase update: only one ShopDesk process migrates a database at a time, and the holder knows
 * no other live ShopDesk process is migrating it. Unlike Liquibase's own lock row, this lock dies with its
 * process: a PostgreSQL session advisory lock (released when the connection drops), or an OS lock on a file
 * beside an SQLite or H2 file (released by the kernel when the process dies). So a Liquibase lock row found
 * while holding it is stale ({@link StaleChangelogLock}).
 */
abstract class MigrationLock implements AutoCloseable {
    /** First key of ShopDesk's advisory locks; the second is the schema's hash, as tests share one database. */
    static final int POSTGRES_LOCK_CLASS = 0x5D0C;
    static final String FILE_SUFFIX = ".migration-lock";

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    /** Waits until no other ShopDesk process (or thread) migrates this database. */
    static MigrationLock acquire(DatabaseConfig config, Connection c) throws SQLException, IOException {
        if (config.dialect() == Dialect.POSTGRES) return new Advisory(c);
        Path file = config.dialect() == Dialect.SQLITE ? config.sqliteFile() : config.h2File();
        if (file == null) return new None(); // H2 in memory or over TCP: no file of ours to lock
        return new OnFile(file.resolveSibling(file.getFileName() + FILE_SUFFIX).toAbsolutePath().normalize());
    }

    /** Whether a lock taken this way is exclusive between processes (false: H2 in memory or over TCP). */
    abstract boolean excludesOtherProcesses();

    @Override
    public abstract void close() throws SQLException, IOException;

    private static final class Advisory extends MigrationLock {
        private final Connection c;

        Advisory(Connection c) throws SQLException {
            this.c = c;
            run("select pg_advisory_lock(?, hashtext(current_schema()))");
        }

        private void run(String sql) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, POSTGRES_LOCK_CLASS);
                ps.execute();
            }
        }

        @Override
        boolean excludesOtherProcesses() {
            return true;
        }

        @Override
        public void close() throws SQLException {
            if (!c.getAutoCommit()) c.commit(); // the unlock must not ride on a transaction left open
            run("select pg_advisory_unlock(?, hashtext(current_schema()))");
        }
    }

    private static final class OnFile extends MigrationLock {
        private final ReentrantLock jvmLock;
        private final FileChannel channel;
        private final FileLock fileLock;

        OnFile(Path lockFile) throws IOException {
            jvmLock = IN_THIS_JVM.computeIfAbsent(lockFile, f -> new ReentrantLock());
            jvmLock.lock(); // a FileLock excludes processes only; threads of one JVM queue here
            try {
                Files.createDirectories(lockFile.getParent());
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                fileLock = channel.lock();
            } catch (IOException | RuntimeException e) {
                jvmLock.unlock();
                throw e;
            }
        }

        @Override
        boolean excludesOtherProcesses() {
            return true;
        }

        @Override
        public void close() throws IOException {
            try {
                fileLock.release();
                channel.close();
            } finally {
                jvmLock.unlock();
            }
        }
    }

    private static final class None extends MigrationLock {
        @Override
        boolean excludesOtherProcesses() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
