package shopdesk.dal.db;

import java.nio.file.Path;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;

/**
 * Where and how to open the database. Keys: {@code db.dialect} (sqlite | h2 | postgres), {@code db.url}
 * (a file path for sqlite/h2, or a full JDBC URL), {@code db.user}, {@code db.password},
 * {@code db.pool.size}, {@code db.sqlite.synchronous} (full | normal), {@code db.busy-timeout-ms}.
 */
public record DatabaseConfig(Dialect dialect, String url, String user, String password, int poolSize,
                             SqliteSynchronous synchronous, int busyTimeoutMs, SchemaContext context) {

    public static DatabaseConfig from(Config config, SchemaContext context, Path defaultFile) {
        Dialect dialect = config.getEnum("db.dialect", Dialect.class, Dialect.SQLITE);
        String url = config.find("db.url").orElse(null);
        if (url == null) {
            if (dialect == Dialect.POSTGRES) {
                config.require("db.url", "a JDBC URL such as jdbc:postgresql://127.0.0.1:5432/shopdesk");
            }
            url = defaultFile.toString();
        }
        String user = config.get("db.user", dialect == Dialect.H2 ? "sa" : null);
        String password = config.get("db.password", dialect == Dialect.H2 ? "" : null);
        int pool = config.getInt("db.pool.size", 8, 1, 200);
        SqliteSynchronous sync = config.getEnum("db.sqlite.synchronous", SqliteSynchronous.class, SqliteSynchronous.FULL);
        int busy = config.getInt("db.busy-timeout-ms", 10_000, 0, 600_000);
        DatabaseConfig cfg = new DatabaseConfig(dialect, url, user, password, pool, sync, busy, context);
        cfg.jdbcUrl(); // validate the URL shape now, so start-up names the key
        return cfg;
    }

    public static DatabaseConfig sqlite(Path file, SchemaContext context) {
        return new DatabaseConfig(Dialect.SQLITE, file.toString(), null, null, 1, SqliteSynchronous.FULL, 10_000, context);
    }

    public static DatabaseConfig h2(Path fileWithoutSuffix, SchemaContext context) {
        return new DatabaseConfig(Dialect.H2, fileWithoutSuffix.toString(), "sa", "", 8, SqliteSynchronous.FULL, 10_000, context);
    }

    public static DatabaseConfig postgres(String jdbcUrl, String user, String password, SchemaContext context) {
        return new DatabaseConfig(Dialect.POSTGRES, jdbcUrl, user, password, 8, SqliteSynchronous.FULL, 10_000, context);
    }

    public DatabaseConfig withContext(SchemaContext c) {
        return new DatabaseConfig(dialect, url, user, password, poolSize, synchronous, busyTimeoutMs, c);
    }

    public DatabaseConfig withSynchronous(SqliteSynchronous s) {
        return new DatabaseConfig(dialect, url, user, password, poolSize, s, busyTimeoutMs, context);
    }

    static final int H2_QUERY_CACHE_SIZE = 64;
    static final int H2_WRITE_DELAY_MS = 0;

    /** The JDBC URL for this dialect; a bare path becomes a file URL. */
    public String jdbcUrl() {
        return switch (dialect) {
            case SQLITE -> url.startsWith("jdbc:sqlite:") ? url : "jdbc:sqlite:" + url;
            case H2 -> {
                String base = url.startsWith("jdbc:h2:") ? url : "jdbc:h2:file:" + stripH2Suffix(url);
                if (!base.contains("LOCK_TIMEOUT")) base += ";LOCK_TIMEOUT=" + busyTimeoutMs;
                // H2 keeps commits in memory for up to WRITE_DELAY (500 ms) and a kill -9 loses them: with 0 every
                // commit is written to the file before it returns (docs/RELIABILITY.md says what that covers)
                if (!base.contains("WRITE_DELAY")) base += ";WRITE_DELAY=" + H2_WRITE_DELAY_MS;
                // H2 keeps 8 parsed statements per session by default; a pushed batch alone runs about 15
                // different ones, so each was parsed anew every time
                yield base.contains("QUERY_CACHE_SIZE") ? base : base + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE;
            }
            case POSTGRES -> {
                if (!url.startsWith("jdbc:postgresql:")) {
                    throw new ConfigException("db.url", "Config key 'db.url' has value '" + url
                            + "' (accepted for db.dialect=postgres: a JDBC URL such as jdbc:postgresql://127.0.0.1:5432/shopdesk)");
                }
                yield url;
            }
        };
    }

    /** The SQLite file, for backups and integrity checks; null for other dialects. */
    public Path sqliteFile() {
        if (dialect != Dialect.SQLITE) return null;
        String u = jdbcUrl().substring("jdbc:sqlite:".length());
        int q = u.indexOf('?');
        return Path.of(q < 0 ? u : u.substring(0, q));
    }

    /**
     * The H2 database file ({@code .mv.db} left off), for the migration lock beside it; null for other dialects and
     * for H2 in memory or over the network.
     */
    public Path h2File() {
        if (dialect != Dialect.H2) return null;
        String u = jdbcUrl().substring("jdbc:h2:".length());
        int semicolon = u.indexOf(';');
        if (semicolon >= 0) u = u.substring(0, semicolon);
        if (u.startsWith("file:")) u = u.substring("file:".length());
        else if (u.matches("^[a-zA-Z]{2,}:.*")) return null; // mem:, tcp:, ssl:, zip:, ...
        return Path.of(u);
    }

    private static String stripH2Suffix(String path) {
        return path.endsWith(".mv.db") ? path.substring(0, path.length() - ".mv.db".length()) : path;
    }
}
