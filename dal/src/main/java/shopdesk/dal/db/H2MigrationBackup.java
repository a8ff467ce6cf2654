package shopdesk.dal.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 commits every DDL statement on its own, so a process killed inside a change set of several statements leaves
 * the first ones applied without Liquibase's record of the change set, and every later start fails on them
 * ("already exists"). So before Liquibase runs on an H2 file, an online {@code BACKUP TO} is taken beside it and
 * removed once the update is done. A backup found at the next start means the update was interrupted: the database
 * file is put back from it (the interrupted one is kept beside it) and the update runs again from there.
 * SQLite has the same guard ({@link SqliteMigrationBackup}): Liquibase records a change set in a transaction of
 * its own after the change set's. PostgreSQL needs no copy: there the two commit together ({@link ChangeSetTransaction}).
 */
final class H2MigrationBackup {
    private static final Logger LOG = LoggerFactory.getLogger(H2MigrationBackup.class);
    static final String BACKUP_SUFFIX = ".pre-migration.zip";
    static final String INTERRUPTED_SUFFIX = ".mv.db.interrupted-migration";

    private H2MigrationBackup() {
    }

    /** The backup of an H2 file database; null for other dialects and H2 in memory or over the network. */
    static Path backupOf(DatabaseConfig config) {
        Path file = config.h2File();
        return file == null ? null : file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /** Before the database opens: puts the file back from the backup an interrupted migration left. */
    static void restoreIfInterrupted(DatabaseConfig config) {
        Path file = config.h2File();
        if (file == null) return;
        InterruptedMigration.restore(config, backupOf(config), file.resolveSibling(file.getFileName() + ".mv.db"),
                file.resolveSibling(file.getFileName() + INTERRUPTED_SUFFIX), List.of(),
                H2MigrationBackup::unzipDatabaseFile);
    }

    /** Just before Liquibase runs, under the migration lock. */
    static void take(DatabaseConfig config, Connection c) {
        Path backup = backupOf(config);
        if (backup == null) return;
        try (Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + backup.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) { // e.g. a user without admin rights: migrate as before, unprotected
            LOG.warn("No backup before migrating {} ({}): a kill during the migration may need a manual restore",
                    config.h2File(), e.getMessage());
        }
    }

    /** After Liquibase finished, under the migration lock. */
    static void discard(DatabaseConfig config) throws IOException {
        Path backup = backupOf(config);
        if (backup != null) Files.deleteIfExists(backup);
    }

    private static boolean unzipDatabaseFile(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    copy(in, target);
                    return true;
                }
            }
        }
        return false;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
