package shopdesk.dal.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase commits a change set and then, in a second transaction, its record in DATABASECHANGELOG: a till killed
 * between the two (seen in the fault suite) keeps the tables without the record, and every later start fails on
 * "already exists". So before Liquibase runs on an SQLite file, a copy is taken beside it with {@code VACUUM INTO}
 * and removed once the update is done; a copy found at the next start means the update was interrupted, and the
 * file is put back from it (the interrupted one kept beside it) before the update runs again.
 */
final class SqliteMigrationBackup {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteMigrationBackup.class);
    static final String BACKUP_SUFFIX = ".pre-migration";
    static final String INTERRUPTED_SUFFIX = ".interrupted-migration";

    private SqliteMigrationBackup() {
    }

    static Path backupOf(DatabaseConfig config) {
        Path file = config.sqliteFile();
        return file == null ? null : file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /** Before the database opens: puts the file back from the copy an interrupted migration left. */
    static void restoreIfInterrupted(DatabaseConfig config) {
        Path file = config.sqliteFile();
        if (file == null) return;
        List<Path> journals = Stream.of("-wal", "-shm", "-journal")
                .map(side -> file.resolveSibling(file.getFileName() + side)).toList();
        InterruptedMigration.restore(config, backupOf(config), file,
                file.resolveSibling(file.getFileName() + INTERRUPTED_SUFFIX), journals, (copy, target) -> {
                    Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING);
                    return true;
                });
    }

    /** Just before Liquibase runs, under the migration lock. */
    static void take(DatabaseConfig config, Connection c) throws IOException {
        Path backup = backupOf(config);
        if (backup == null) return;
        Path partial = backup.resolveSibling(backup.getFileName() + ".tmp");
        Files.deleteIfExists(partial);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            LOG.warn("No copy before migrating {} ({}): a kill during the migration may need a restore from backup",
                    config.sqliteFile(), e.getMessage());
            return;
        }
        // the copy counts only once complete: a kill while it is written leaves a .tmp, which is ignored
        Files.move(partial, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** After Liquibase finished, under the migration lock. */
    static void discard(DatabaseConfig config) throws IOException {
        Path backup = backupOf(config);
        if (backup != null) Files.deleteIfExists(backup);
    }
}
