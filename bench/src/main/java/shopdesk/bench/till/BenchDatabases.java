package shopdesk.bench.till;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;

/**
 * Fresh, migrated databases for a benchmark: files under a scratch folder for SQLite and H2, a new schema on the
 * PostgreSQL at {@code SHOPDESK_TEST_PG_URL} (default jdbc:postgresql://127.0.0.1:5432/test, user postgres).
 */
public final class BenchDatabases {
    private BenchDatabases() {
    }

    public static Path scratch() {
        Path dir = Path.of(System.getProperty("bench.scratch", "bench/target/scratch"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + dir, e);
        }
        return dir;
    }

    public static DatabaseConfig config(Engine engine, SchemaContext context) {
        String name = "db-" + UUID.randomUUID();
        return switch (engine.dialect) {
            case SQLITE -> DatabaseConfig.sqlite(scratch().resolve(name + ".db"), context).withSynchronous(engine.synchronous);
            case H2 -> DatabaseConfig.h2(scratch().resolve(name).toAbsolutePath(), context);
            case POSTGRES -> DatabaseConfig.postgres(freshPostgresSchema(), null, null, context);
        };
    }

    public static Database open(Engine engine, SchemaContext context) {
        return Database.open(config(engine, context));
    }

    /** Closes the database and removes its files or schema. */
    public static void dispose(Database db) {
        if (db == null) return;
        db.close();
        dispose(db.config());
    }

    /** Removes a closed database's files or schema. */
    public static void dispose(DatabaseConfig c) {
        try {
            if (c.dialect() == Dialect.POSTGRES) {
                dropSchemaOf(c.url());
            } else if (c.dialect() == Dialect.SQLITE) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(c.sqliteFile() + suffix));
            } else {
                Files.deleteIfExists(Path.of(c.url() + ".mv.db"));
                Files.deleteIfExists(Path.of(c.url() + ".trace.db"));
            }
        } catch (IOException e) {
            // scratch files are removed by scripts/bench anyway
        }
    }

    public static String postgresBaseUrl() {
        String env = System.getenv("SHOPDESK_TEST_PG_URL");
        String url = env == null || env.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : env;
        return url.contains("user=") ? url : url + (url.contains("?") ? "&" : "?") + "user=postgres";
    }

    public static String freshPostgresSchema() {
        String base = postgresBaseUrl();
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a schema on " + base + " (is PostgreSQL running? set "
                    + "SHOPDESK_TEST_PG_URL): " + e.getMessage(), e);
        }
        return base + "&currentSchema=" + schema;
    }

    public static void dropSchemaOf(String url) {
        int i = url.indexOf("currentSchema=");
        if (i < 0) return;
        String schema = url.substring(i + "currentSchema=".length()).replaceAll("[&].*", "");
        try (Connection c = DriverManager.getConnection(postgresBaseUrl()); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException ignored) {
            // a leftover bench schema harms nothing
        }
    }

    /** The durability settings of the PostgreSQL server, for the report (fsync, synchronous_commit). */
    public static String postgresSettings() {
        try (Connection c = DriverManager.getConnection(postgresBaseUrl()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select version(), current_setting('fsync'), current_setting('synchronous_commit')")) {
            r.next();
            String v = r.getString(1);
            return v.substring(0, Math.min(v.length(), v.indexOf(" on ") > 0 ? v.indexOf(" on ") : v.length()))
                    + ", fsync=" + r.getString(2) + ", synchronous_commit=" + r.getString(3);
        } catch (SQLException e) {
            return "unavailable: " + e.getMessage();
        }
    }
}
