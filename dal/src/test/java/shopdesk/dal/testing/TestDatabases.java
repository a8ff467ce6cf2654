package shopdesk.dal.testing;

import java.nio.file.Path;
import java.util.UUID;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;

/** Opens a fresh, migrated database of any dialect for a test: temp files for SQLite and H2, a new schema on PostgreSQL. */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static DatabaseConfig config(Dialect dialect, SchemaContext context, Path dir) {
        String name = "db-" + UUID.randomUUID();
        return switch (dialect) {
            case SQLITE -> DatabaseConfig.sqlite(dir.resolve(name + ".db"), context);
            case H2 -> DatabaseConfig.h2(dir.resolve(name), context);
            case POSTGRES -> DatabaseConfig.postgres(TestPostgres.freshSchemaUrl(), null, null, context);
        };
    }

    public static Database open(Dialect dialect, SchemaContext context, Path dir) {
        return Database.open(config(dialect, context, dir));
    }

    /** Closes the database and, on PostgreSQL, drops its schema. */
    public static void close(Database db) {
        if (db == null) return;
        db.close();
        if (db.dialect() == Dialect.POSTGRES) TestPostgres.dropSchemaOf(db.config().url());
    }
}
