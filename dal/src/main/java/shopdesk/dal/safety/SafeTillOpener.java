package shopdesk.dal.safety;

import java.util.Optional;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;

/**
 * Opens the till database the safe way: quick_check first; when the file is damaged, offer the newest good
 * backup and restore it. Entries that were DONE in the backup stay DONE; entries sent after the backup was
 * taken are sent again with their original request ids, and the server answers them from its stored results,
 * so nothing is applied twice.
 */
public final class SafeTillOpener {
    private SafeTillOpener() {
    }

    public record Opened(Database database, IntegrityReport check, Optional<Backup> restoredFrom) {
    }

    public static Opened open(DatabaseConfig config, BackupStore backups, RestoreDecision decision) {
        if (config.dialect() != Dialect.SQLITE) {
            return new Opened(Database.open(config), new IntegrityReport(IntegrityReport.Status.OK, null), Optional.empty());
        }
        IntegrityReport report = IntegrityCheck.quickCheck(config.sqliteFile());
        if (report.status() != IntegrityReport.Status.CORRUPT) {
            return new Opened(Database.open(config), report, Optional.empty());
        }
        Optional<Backup> good = backups.newestGood();
        if (good.isEmpty()) {
            throw new DamagedDatabaseException(report.message() + " No good backup was found in " + backups.dir()
                    + ". Do not delete the file: call support, it may still be repaired.");
        }
        if (!decision.restore(report, good.get())) {
            throw new DamagedDatabaseException(report.message() + " The backup was not restored, so the till cannot open.");
        }
        backups.restore(good.get(), config.sqliteFile());
        return new Opened(Database.open(config), report, good);
    }
}
