package shopdesk.dal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.TransactionListener;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import shopdesk.dal.config.Config;

/**
 * An open ShopDesk database: a pooled DataSource (one writer connection on SQLite) and a jOOQ
 * DSLContext, with the changelog applied. The same generated classes serve every dialect.
 */
public final class Database implements AutoCloseable {
    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final int schemaVersion;
    private final boolean ranLiquibase;
    private final List<TransactionListener> transactionListeners = new CopyOnWriteArrayList<>();
    private final WalCheckpointer checkpointer;

    private Database(DatabaseConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, config.dialect().jooq(), settings());
        this.dsl.configuration().set(() -> new DelegatingTransactionListener(transactionListeners));
        Migrator.Result migrated = Migrator.migrate(dataSource, config);
        this.schemaVersion = migrated.version();
        this.ranLiquibase = migrated.ranLiquibase();
        this.checkpointer = config.dialect() == Dialect.SQLITE
                ? new WalCheckpointer(sqliteSource(dataSource), config.sqliteFile().getFileName().toString()) : null;
        if (checkpointer != null) {
            addTransactionListener(new org.jooq.impl.DefaultTransactionListener() {
                @Override
                public void commitEnd(org.jooq.TransactionContext ctx) {
                    checkpointer.committed();
                }
            });
        }
    }

    public static Database open(Config config, SchemaContext context, Path defaultFile) {
        return open(DatabaseConfig.from(config, context, defaultFile));
    }

    public static Database open(DatabaseConfig config) {
        if (config.dialect() == Dialect.H2) H2MigrationBackup.restoreIfInterrupted(config);
        if (config.dialect() == Dialect.SQLITE) SqliteMigrationBackup.restoreIfInterrupted(config);
        HikariDataSource ds = dataSource(config);
        try {
            return new Database(config, ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static SQLiteDataSource sqliteSource(HikariDataSource pool) {
        try {
            return pool.getDataSource().unwrap(SQLiteDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("No SQLite data source under the pool", e);
        }
    }

    static Settings settings() {
        return new Settings().withRenderCatalog(false).withRenderSchema(false).withExecuteLogging(false);
    }

    /**
     * ShopDesk's statements are planned for their own values each time: pgjdbc sends them unnamed instead of
     * preparing them on the server after 5 uses (its default), after which PostgreSQL may keep one generic plan,
     * costed with the table as it was at that moment. A new cloud database is empty then, so lookups by key (stored
     * push results by request id, a batch's bill ids) were planned as sequential scans and stayed so while the tables
     * grew, until an ANALYZE, which never comes where autovacuum is off (as on the bench machine): the push time per
     * batch grew from 68 to 258 ms over 30,000 bills. Inserts, which have no plan to choose, are still prepared on
     * the server ({@link JdbcStatement}). This is done on the driver rather than with {@code plan_cache_mode =
     * force_custom_plan} for the session (as before), which also re-planned the foreign-key check PostgreSQL runs
     * for every inserted bill, item and payment row: with it, planning took about 40% of PostgreSQL's CPU during
     * the 4-till drain; the checks now keep their cached plans.
     */
    static final String POSTGRES_PREPARE_THRESHOLD = "0";

    private static HikariDataSource dataSource(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("shopdesk-" + config.dialect().name().toLowerCase());
        hc.setConnectionTimeout(Math.max(30_000, config.busyTimeoutMs() * 3L));
        switch (config.dialect()) {
            case SQLITE -> {
                Path file = config.sqliteFile();
                createParent(file);
                SQLiteConfig sc = new SQLiteConfig();
                sc.setBusyTimeout(config.busyTimeoutMs());       // first, so the pragmas below can wait too
                sc.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE); // writers queue instead of failing
                sc.setJournalMode(SQLiteConfig.JournalMode.WAL);
                sc.setSynchronous(config.synchronous() == SqliteSynchronous.FULL
                        ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
                sc.enforceForeignKeys(true);
                // jOOQ reads new keys itself (last_insert_rowid); without this sqlite-jdbc runs a hidden query after
                // every insert and keeps its result open, which also holds the statement cache's statements busy
                sc.setGetGeneratedKeys(false);
                sc.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, String.valueOf(WalCheckpointer.WRITER_AUTOCHECKPOINT_PAGES));
                SQLiteDataSource sqlite = new SQLiteDataSource(sc);
                sqlite.setUrl(config.jdbcUrl());
                hc.setDataSource(new LazyBegin(new StatementCache(sqlite)));
                hc.setMaximumPoolSize(1);                        // the single writer
                hc.setMinimumIdle(1);
            }
            case H2 -> {
                if (!config.url().startsWith("jdbc:")) createParent(Path.of(config.url()));
                hc.setJdbcUrl(config.jdbcUrl());
                hc.setUsername(config.user());
                hc.setPassword(config.password());
                hc.setMaximumPoolSize(config.poolSize());
            }
            case POSTGRES -> {
                hc.setJdbcUrl(config.jdbcUrl());
                hc.setUsername(config.user());
                hc.setPassword(config.password());
                hc.setMaximumPoolSize(config.poolSize());
                hc.addDataSourceProperty("prepareThreshold", POSTGRES_PREPARE_THRESHOLD);
                // a JDBC batch of inserts becomes multi-row inserts: one plan per up to 128 rows instead of one per
                // row; a URL that sets either property wins
                hc.addDataSourceProperty("reWriteBatchedInserts", "true");
            }
        }
        hc.setMinimumIdle(Math.min(hc.getMaximumPoolSize(), 1));
        return new HikariDataSource(hc);
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) return;
        try {
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the database folder " + parent + ": " + e.getMessage(), e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Runs the work in one transaction on the transaction's own DSLContext. */
    public <T> T inTransaction(TransactionalWork<T> work) {
        return dsl.transactionResult(cfg -> work.run(cfg.dsl()));
    }

    public void runInTransaction(TransactionalVoidWork work) {
        dsl.transaction(cfg -> work.run(cfg.dsl()));
    }


    /** Observes commits and rollbacks of every transaction run through this database. */
    public void addTransactionListener(TransactionListener listener) {
        transactionListeners.add(listener);
    }

    public Dialect dialect() {
        return config.dialect();
    }

    public DatabaseConfig config() {
        return config;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Whether opening ran Liquibase (a new or older database); false when it was found up to date. */
    public boolean ranLiquibase() {
        return ranLiquibase;
    }

    /** True when the database answers a trivial query. */
    public boolean isReachable() {
        try (var c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Holds background WAL checkpoints until the returned handle is closed (SQLite; a no-op elsewhere): the main
     * file then changes only through the writer's own checkpoint. For tools and tests that copy the live files and
     * need the main file to stay as it is meanwhile, as the torn-WAL fault test does.
     */
    public AutoCloseable holdCheckpoints() {
        if (checkpointer == null) return () -> { };
        checkpointer.hold(true);
        return () -> checkpointer.hold(false);
    }

    /** Background WAL checkpoints run so far (SQLite only; 0 elsewhere). */
    public long backgroundCheckpoints() {
        return checkpointer == null ? 0 : checkpointer.checkpoints();
    }

    @Override
    public void close() {
        if (checkpointer != null) checkpointer.close();
        dataSource.close();
    }

    @FunctionalInterface
    public interface TransactionalWork<T> {
        T run(DSLContext tx) throws Exception;
    }

    @FunctionalInterface
    public interface TransactionalVoidWork {
        void run(DSLContext tx) throws Exception;
    }
}
