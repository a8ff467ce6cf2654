package shopdesk.dal.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step shared by {@link H2MigrationBackup} and {@link SqliteMigrationBackup}: a copy found beside a database
 * file at start-up means its last migration was killed, so the file is put back from the copy (the interrupted
 * one kept beside it) before the migration runs again.
 */
final class InterruptedMigration {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedMigration.class);

    /** Writes the database file held by {@code backup} to {@code target}; false when the copy holds none. */
    @FunctionalInterface
    interface Extract {
        boolean to(Path backup, Path target) throws IOException;
    }

    private InterruptedMigration() {
    }

    /**
     * @param data        the database file to put back
     * @param interrupted where the interrupted file is kept
     * @param stale       files beside it that belong to the interrupted file only (journals), deleted
     */
    static void restore(DatabaseConfig config, Path backup, Path data, Path interrupted, List<Path> stale,
                        Extract extract) {
        if (backup == null || !Files.exists(backup)) return;
        try (MigrationLock lock = MigrationLock.acquire(config, null)) {
            if (!Files.exists(backup)) return; // another process restored it while this one waited
            Path restored = data.resolveSibling(data.getFileName() + ".restoring");
            if (!extract.to(backup, restored)) {
                LOG.warn("Ignored {}: it holds no database file", backup);
                Files.delete(backup);
                return;
            }
            if (Files.exists(data)) Files.move(data, interrupted, StandardCopyOption.REPLACE_EXISTING);
            for (Path p : stale) Files.deleteIfExists(p);
            Files.move(restored, data, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(backup);
            LOG.warn("The last schema migration of {} was interrupted; the database was put back as it was before it "
                    + "(the interrupted file is kept as {}) and is migrated again", data, interrupted.getFileName());
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot restore " + data + " from " + backup
                    + " after an interrupted migration: " + e.getMessage(), e);
        }
    }
}
