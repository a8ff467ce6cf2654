package shopdesk.faults;

import java.nio.file.Path;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;

/**
 * A till starting on its SQLite file, for the kill-during-migration scenario: prints MIGRATING, opens (and so
 * migrates) the database, prints "OPENED <ms>" and exits. Args: db-file.
 */
public final class TillStartProcess {
    public static void main(String[] args) {
        System.out.println("MIGRATING");
        System.out.flush();
        long started = System.nanoTime();
        try (Database db = Database.open(DatabaseConfig.sqlite(Path.of(args[0]), SchemaContext.TILL))) {
            System.out.println("OPENED " + (System.nanoTime() - started) / 1_000_000 + " ran-liquibase=" + db.ranLiquibase());
        }
        System.out.flush();
    }

    private TillStartProcess() {
    }
}
