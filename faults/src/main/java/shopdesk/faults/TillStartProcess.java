package shopdesk.faults;

import java.nio.file.Path;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;

/**
 * A till starting on its SQLite file, or a server's database on a PostgreSQL schema, for the kill-during-migration
 * scenarios: prints MIGRATING, opens (and so migrates) the database, prints "OPENED <ms>" and exits.
 * Args: db-file, or {@code postgres <jdbc-url>}.
 */
public final class TillStartProcess {
    public static void main(String[] args) {
        DatabaseConfig config = args[0].equals("postgres")
                ? DatabaseConfig.postgres(args[1], null, null, SchemaContext.CLOUD)
                : DatabaseConfig.sqlite(Path.of(args[0]), SchemaContext.TILL);
        System.out.println("MIGRATING");
        System.out.flush();
        long started = System.nanoTime();
        try (Database db = Database.open(config)) {
            System.out.println("OPENED " + (System.nanoTime() - started) / 1_000_000 + " ran-liquibase=" + db.ranLiquibase());
        }
        System.out.flush();
    }

    private TillStartProcess() {
    }
}
