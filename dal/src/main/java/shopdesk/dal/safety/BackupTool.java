package shopdesk.dal.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;

/**
 * Command line for scripts/backup and scripts/restore:
 * {@code backup <db-file> <backup-dir> [retention-days]}, {@code list <backup-dir>},
 * {@code check <db-file>}, {@code restore <db-file> <backup-dir>} (the newest good backup; the till must be closed).
 */
public final class BackupTool {
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: backup <db-file> <backup-dir> [retention-days] | list <backup-dir> | check <db-file>"
                    + " | restore <db-file> <backup-dir>");
            System.exit(2);
        }
        Clock clock = Clock.systemUTC();
        switch (args[0]) {
            case "backup" -> {
                Duration retention = Duration.ofDays(args.length > 3 ? Long.parseLong(args[3]) : 30);
                try (Database db = Database.open(DatabaseConfig.sqlite(Path.of(args[1]), SchemaContext.TILL))) {
                    Backup b = new BackupStore(Path.of(args[2]), retention, clock).backup(db);
                    System.out.println("backup written: " + b.file() + " (" + b.sizeBytes() + " bytes)");
                }
            }
            case "list" -> new BackupStore(Path.of(args[1]), Duration.ofDays(30), clock).list()
                    .forEach(b -> System.out.println(b.file() + "\t" + java.time.Instant.ofEpochMilli(b.takenAt()) + "\t" + b.sizeBytes()));
            case "check" -> {
                IntegrityReport r = IntegrityCheck.quickCheck(Path.of(args[1]));
                System.out.println(r.message());
                System.exit(r.ok() ? 0 : 1);
            }
            case "restore" -> {
                BackupStore store = new BackupStore(Path.of(args[2]), Duration.ofDays(30), clock);
                Backup good = store.newestGood().orElseThrow(() -> new IllegalStateException("No good backup in " + args[2]));
                store.restore(good, Path.of(args[1]));
                System.out.println("restored " + good.file() + " to " + args[1] + " (the old file was kept beside it)");
            }
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private BackupTool() {
    }
}
