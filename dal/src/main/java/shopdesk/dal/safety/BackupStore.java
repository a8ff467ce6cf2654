package shopdesk.dal.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;

/**
 * Online backups of the till's SQLite database with {@code VACUUM INTO} (a consistent snapshot, taken while
 * the till keeps selling, that includes the SyncQueue), each verified with quick_check, kept for a
 * configurable number of days, and restore of the newest good one.
 */
public final class BackupStore {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String PREFIX = "till-";
    private static final String SUFFIX = ".db";

    private final Path dir;
    private final Duration retention;
    private final Clock clock;

    public BackupStore(Path dir, Duration retention, Clock clock) {
        this.dir = dir;
        this.retention = retention;
        this.clock = clock;
    }

    /** Takes a verified backup of the open database, then prunes backups older than the retention (keeping the newest). */
    public Backup backup(Database db) {
        if (db.dialect() != Dialect.SQLITE) {
            throw new IllegalStateException("Backups here are for the till's SQLite file; back up " + db.dialect()
                    + " with its own tools (pg_dump, H2 BACKUP)");
        }
        try {
            Files.createDirectories(dir);
            long now = clock.millis();
            Path target = dir.resolve(PREFIX + NAME.format(Instant.ofEpochMilli(now)) + SUFFIX);
            Path partial = dir.resolve(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("VACUUM INTO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            IntegrityReport report = IntegrityCheck.quickCheck(partial);
            if (!report.ok()) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("The backup failed its integrity check: " + report.detail());
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune(now);
            return new Backup(target, now, Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("Backup to " + dir + " failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
        }
    }

    /** Newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.getFileName().toString().endsWith(SUFFIX))
                    .map(BackupStore::describe).flatMap(Optional::stream)
                    .sorted(Comparator.comparingLong(Backup::takenAt).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest backup that passes quick_check. */
    public Optional<Backup> newestGood() {
        return list().stream().filter(b -> IntegrityCheck.quickCheck(b.file()).ok()).findFirst();
    }

    /**
     * Puts {@code backup} in place of the (closed) database file. The damaged file and its WAL are kept beside it
     * as {@code <name>.damaged-<time>} for support; nothing is deleted.
     */
    public Path restore(Backup backup, Path databaseFile) {
        try {
            String stamp = NAME.format(Instant.ofEpochMilli(clock.millis()));
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path f = Path.of(databaseFile + suffix);
                if (Files.exists(f)) Files.move(f, Path.of(databaseFile + suffix + ".damaged-" + stamp));
            }
            Files.createDirectories(databaseFile.toAbsolutePath().getParent());
            Path partial = Path.of(databaseFile + ".restoring");
            Files.copy(backup.file(), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, databaseFile, StandardCopyOption.ATOMIC_MOVE);
            return databaseFile;
        } catch (IOException e) {
            throw new UncheckedIOException("Restore of " + backup.file() + " failed: " + e.getMessage(), e);
        }
    }

    private void prune(long now) throws IOException {
        List<Backup> all = list();
        for (int i = 1; i < all.size(); i++) { // the newest always stays
            if (now - all.get(i).takenAt() > retention.toMillis()) Files.deleteIfExists(all.get(i).file());
        }
    }

    private static Optional<Backup> describe(Path p) {
        String name = p.getFileName().toString();
        try {
            long at = Instant.from(NAME.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()))).toEpochMilli();
            return Optional.of(new Backup(p, at, Files.size(p)));
        } catch (RuntimeException | IOException e) {
            return Optional.empty();
        }
    }

    public Path dir() {
        return dir;
    }
}
