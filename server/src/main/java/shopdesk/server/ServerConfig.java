package shopdesk.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.user.PasswordHasher;

/**
 * How a server instance runs. Build one with {@link #forDatabase(DatabaseConfig)} (tests: port 0 = a random
 * free port on loopback) and adjust it with the {@code with*} methods, or read it from properties with
 * {@link #from(Config)}.
 *
 * @param maxBodyBytes       request bodies above this answer 413 BODY_TOO_LARGE
 * @param maxPushEntries     a push with more entries answers 413 TOO_MANY_ENTRIES
 * @param maxPullLimit       a pull's {@code limit} is capped to this
 * @param passwordIterations PBKDF2 work factor for users created through {@link ServerApp#admin()}
 * @param sale               the selling terms bills are checked against (sale.* keys, docs/CONFIG.md)
 * @param clock              every time decision (token expiry, server timestamps) uses this clock
 * @param drawer             drawer.server-variance-approval-limit: the server holds a Z report's count to it
 */
public record ServerConfig(DatabaseConfig database, String host, int port, long maxBodyBytes, int maxPushEntries,
                           int maxPullLimit, Duration accessTokenTtl, Duration refreshTokenTtl,
                           int passwordIterations, Clock clock, DrawerSettings drawer,
                           SaleRules sale) {

    public static final String DEFAULT_H2_URL = "jdbc:h2:file:./data/cloud;AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0";

    public ServerConfig {
        if (database.dialect() == Dialect.SQLITE) {
            throw new ConfigException("db.dialect", "Config key 'db.dialect' has value 'sqlite' (accepted for the "
                    + "server: h2 | postgres)");
        }
        if (database.context() != SchemaContext.CLOUD) database = database.withContext(SchemaContext.CLOUD);
    }

    /** Loopback, a random port, default limits and lifetimes, the system clock. */
    public static ServerConfig forDatabase(DatabaseConfig database) {
        return new ServerConfig(database, "127.0.0.1", 0, 1_048_576, 500, 1000, Duration.ofDays(7),
                Duration.ofDays(30), PasswordHasher.DEFAULT_ITERATIONS, Clock.systemUTC(), DrawerSettings.DEFAULT,
                SaleRules.DEFAULT);
    }

    /** An embedded H2 file database (created if absent) at {@code fileWithoutSuffix}.mv.db, otherwise as {@link #forDatabase}. */
    public static ServerConfig forH2(Path fileWithoutSuffix) {
        return forDatabase(DatabaseConfig.h2(fileWithoutSuffix, SchemaContext.CLOUD));
    }

    /**
     * Keys: db.* (see DatabaseConfig; here db.dialect defaults to h2 and db.url to an H2 file ./data/cloud that
     * the admin command can open while the server runs), server.host (0.0.0.0), server.port (8080),
     * server.max-body-bytes, server.push.max-entries, server.pull.max-limit, auth.access-ttl-hours (168),
     * auth.refresh-ttl-hours (720), auth.password-iterations.
     */
    public static ServerConfig from(Config config) {
        Map<String, String> defaults = new HashMap<>();
        if (config.find("db.dialect").isEmpty()) defaults.put("db.dialect", "h2");
        Config c = defaults.isEmpty() ? config : config.with(defaults);
        Dialect dialect = c.getEnum("db.dialect", Dialect.class, Dialect.H2);
        if (dialect == Dialect.H2 && c.find("db.url").isEmpty()) c = c.with(Map.of("db.url", DEFAULT_H2_URL));
        DatabaseConfig db = DatabaseConfig.from(c, SchemaContext.CLOUD, Path.of("data", "cloud"));
        return new ServerConfig(db,
                c.get("server.host", "0.0.0.0"),
                c.getInt("server.port", 8080, 0, 65535),
                c.getLong("server.max-body-bytes", 1_048_576, 1024, 256L * 1024 * 1024),
                c.getInt("server.push.max-entries", 500, 1, 10_000),
                c.getInt("server.pull.max-limit", 1000, 1, 10_000),
                Duration.ofHours(c.getLong("auth.access-ttl-hours", 168, 1, 24L * 365)),
                Duration.ofHours(c.getLong("auth.refresh-ttl-hours", 720, 1, 24L * 3650)),
                c.getInt("auth.password-iterations", PasswordHasher.DEFAULT_ITERATIONS, 1000, 10_000_000),
                Clock.systemUTC(), DrawerSettings.forServer(c), SaleRules.from(c));
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(database, host, p, maxBodyBytes, maxPushEntries, maxPullLimit, accessTokenTtl,
                refreshTokenTtl, passwordIterations, clock, drawer, sale);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(database, h, port, maxBodyBytes, maxPushEntries, maxPullLimit, accessTokenTtl,
                refreshTokenTtl, passwordIterations, clock, drawer, sale);
    }

    public ServerConfig withClock(Clock c) {
        return new ServerConfig(database, host, port, maxBodyBytes, maxPushEntries, maxPullLimit, accessTokenTtl,
                refreshTokenTtl, passwordIterations, c, drawer, sale);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(database, host, port, bytes, maxPushEntries, maxPullLimit, accessTokenTtl,
                refreshTokenTtl, passwordIterations, clock, drawer, sale);
    }

    public ServerConfig withMaxPushEntries(int n) {
        return new ServerConfig(database, host, port, maxBodyBytes, n, maxPullLimit, accessTokenTtl,
                refreshTokenTtl, passwordIterations, clock, drawer, sale);
    }

    public ServerConfig withTokenTtls(Duration access, Duration refresh) {
        return new ServerConfig(database, host, port, maxBodyBytes, maxPushEntries, maxPullLimit, access, refresh,
                passwordIterations, clock, drawer, sale);
    }

    public ServerConfig withSale(SaleRules rules) {
        return new ServerConfig(database, host, port, maxBodyBytes, maxPushEntries, maxPullLimit, accessTokenTtl,
                refreshTokenTtl, passwordIterations, clock, drawer, rules);
    }

    /** Fewer iterations only for tests and demo data. */
    public ServerConfig withPasswordIterations(int iterations) {
        return new ServerConfig(database, host, port, maxBodyBytes, maxPushEntries, maxPullLimit, accessTokenTtl,
                refreshTokenTtl, iterations, clock, drawer, sale);
    }

    public ServerConfig withDrawer(DrawerSettings d) {
        return new ServerConfig(database, host, port, maxBodyBytes, maxPushEntries, maxPullLimit, accessTokenTtl,
                refreshTokenTtl, passwordIterations, clock, d, sale);
    }
}
