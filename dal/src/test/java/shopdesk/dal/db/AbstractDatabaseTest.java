package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.SCHEMA_VERSION;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.testing.TestDatabases;

/** Opening, migrating and refusing databases; one tiny subclass per dialect. */
abstract class AbstractDatabaseTest {
    @TempDir Path dir;
    private Database db;

    abstract Dialect dialect();

    @AfterEach
    void close() {
        TestDatabases.close(db);
    }

    @Test
    void migrationIsAppliedAndIsIdempotentOnReopen() {
        DatabaseConfig cfg = TestDatabases.config(dialect(), SchemaContext.ALL, dir);
        Database.open(cfg).close();
        db = Database.open(cfg);
        assertThat(db.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(db.isReachable()).isTrue();
        assertThat(db.dsl().fetchCount(SYNC_QUEUE)).isZero();
    }

    @Test
    void anUpToDateDatabaseOpensWithoutLiquibaseAndANewOrOlderOneIsMigrated() {
        DatabaseConfig cfg = TestDatabases.config(dialect(), SchemaContext.TILL, dir);
        db = Database.open(cfg);
        assertThat(db.ranLiquibase()).as("new database").isTrue();
        assertThat(db.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        db.close();
        db = Database.open(cfg);
        assertThat(db.ranLiquibase()).as("up to date").isFalse();
        assertThat(db.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);

        // a database of schema 3, as the previous build left it: Liquibase adds 007 and records the checksum
        db.dsl().execute("delete from databasechangelog where id in ('007-changelog-checksum', '009-schema-version-5')");
        db.dsl().execute("alter table \"schema_version\" drop column \"changelog_checksum\"");
        db.dsl().update(SCHEMA_VERSION).set(SCHEMA_VERSION.VERSION, 3).execute();
        db.close();
        db = Database.open(cfg);
        assertThat(db.ranLiquibase()).as("older").isTrue();
        assertThat(db.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        db.close();
        db = Database.open(cfg);
        assertThat(db.ranLiquibase()).as("up to date after the migration").isFalse();

        // the changelog changed without a version bump (or the file was migrated with other contexts)
        db.dsl().update(SCHEMA_VERSION).set(SCHEMA_VERSION.CHANGELOG_CHECKSUM, "something else").execute();
        db.close();
        db = Database.open(cfg);
        assertThat(db.ranLiquibase()).as("other checksum").isTrue();
        db.close();
        db = Database.open(cfg);
        assertThat(db.ranLiquibase()).as("checksum rewritten").isFalse();
        db.close();
        db = Database.open(cfg.withContext(SchemaContext.ALL));
        assertThat(db.ranLiquibase()).as("other contexts").isTrue();
        assertThat(db.dsl().meta().getTables().stream().map(t -> t.getName().toLowerCase())).contains("push_result");
    }

    /** Schema 5 moves the server's legal bill numbers into bill_number: numbers given before are copied there. */
    @Test
    void aServerDatabaseOfSchema4KeepsItsBillNumbers() {
        DatabaseConfig cfg = TestDatabases.config(dialect(), SchemaContext.CLOUD, dir);
        db = Database.open(cfg);
        db.dsl().execute("insert into \"shop\" (\"id\", \"name\", \"created_at\") values ('s1', 'Shop', 0)");
        for (int n = 1; n <= 2; n++) {
            db.dsl().execute("insert into \"bill\" (\"id\", \"shop_id\", \"device_id\", \"user_id\", \"local_number\", "
                    + "\"local_label\", \"server_number\", \"status\", \"subtotal\", \"tax_total\", \"total\", "
                    + "\"paid_total\", \"change_due\", \"sync_state\", \"version\", \"client_created_at\") "
                    + "values ('b" + n + "', 's1', 'd1', 'u1', " + n + ", 'T1-" + n + "', " + (n == 1 ? "7" : "null")
                    + ", 'COMPLETED', 0, 0, 0, 0, 0, 'SYNCED', 1, 0)");
        }
        // as the build before schema 5 left it
        db.dsl().execute("drop table \"bill_number\"");
        db.dsl().execute("delete from databasechangelog where id in ('009-cloud-bill-number', '009-schema-version-5')");
        db.dsl().update(SCHEMA_VERSION).set(SCHEMA_VERSION.VERSION, 4).execute();
        db.close();

        db = Database.open(cfg);
        assertThat(db.ranLiquibase()).isTrue();
        assertThat(db.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(db.dsl().fetch("select \"bill_id\", \"shop_id\", \"server_number\" from \"bill_number\"").intoMaps())
                .extracting(m -> m.get("bill_id") + "/" + m.get("shop_id") + "/" + m.get("server_number"))
                .containsExactly("b1/s1/7");
    }

    @Test
    void theChangelogChecksumCoversEveryIncludedFileAndTheContexts() {
        String till = ChangelogChecksum.of(Migrator.CHANGELOG, SchemaContext.TILL.liquibaseContexts());
        assertThat(till).hasSize(64).isEqualTo(ChangelogChecksum.of(Migrator.CHANGELOG, SchemaContext.TILL.liquibaseContexts()));
        assertThat(ChangelogChecksum.of(Migrator.CHANGELOG, SchemaContext.ALL.liquibaseContexts())).isNotEqualTo(till);
        assertThat(ChangelogChecksum.of("db/changes/007-changelog-checksum.yaml", "till")).isNotEqualTo(
                ChangelogChecksum.of("db/changes/005-lookup-indexes.yaml", "till"));
    }

    @Test
    void tillContextLeavesOutCloudTables() {
        db = TestDatabases.open(dialect(), SchemaContext.TILL, dir);
        var meta = db.dsl().meta();
        if (dialect() == Dialect.POSTGRES) { // only this test's schema: other runs may share the database
            String schema = db.dsl().fetchValue(org.jooq.impl.DSL.field("current_schema()", String.class));
            meta = meta.filterSchemas(s -> s.getName().equals(schema));
        }
        assertThat(meta.getTables().stream().map(t -> t.getName().toLowerCase()))
                .contains("sync_queue", "bill", "product")
                .doesNotContain("push_result", "change_feed", "auth_token");
    }

    @Test
    void aDatabaseFromANewerSchemaRefusesToOpen() {
        DatabaseConfig cfg = TestDatabases.config(dialect(), SchemaContext.TILL, dir);
        db = Database.open(cfg);
        db.dsl().update(SCHEMA_VERSION).set(SCHEMA_VERSION.VERSION, SchemaVersion.CURRENT + 4).execute();
        db.close();
        assertThatThrownBy(() -> Database.open(cfg))
                .isInstanceOf(SchemaTooNewException.class)
                .hasMessageContaining("newer ShopDesk").hasMessageContaining("Update ShopDesk");
        db = null;
        if (dialect() == Dialect.POSTGRES) shopdesk.dal.testing.TestPostgres.dropSchemaOf(cfg.url());
    }

    /** A process killed mid-migration leaves Liquibase's lock row set; Liquibase alone would wait 5 min and fail. */
    @Test
    void aLiquibaseLockLeftByAKilledProcessIsReleasedAtTheNextStart() {
        DatabaseConfig cfg = TestDatabases.config(dialect(), SchemaContext.TILL, dir);
        db = Database.open(cfg);
        db.dsl().execute("update databasechangeloglock set locked = ?, lockedby = ? where id = 1", true, "gone (10.0.0.9)");
        db.dsl().update(SCHEMA_VERSION).set(SCHEMA_VERSION.CHANGELOG_CHECKSUM, "interrupted").execute(); // Liquibase must run
        db.close();

        long started = System.nanoTime();
        db = Database.open(cfg);
        assertThat(db.ranLiquibase()).isTrue();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(30));
        assertThat(db.dsl().resultQuery("select locked from databasechangeloglock where id = 1").fetchOne(0, Boolean.class)).isFalse();
    }

    /** The lock that proves a Liquibase lock row stale is held by whoever migrates: a second opener waits for it. */
    @Test
    void aSecondOpenerWaitsWhileTheMigrationLockIsHeld() throws Exception {
        DatabaseConfig cfg = TestDatabases.config(dialect(), SchemaContext.TILL, dir);
        db = Database.open(cfg);
        db.dsl().update(SCHEMA_VERSION).set(SCHEMA_VERSION.CHANGELOG_CHECKSUM, "other").execute();
        var opened = new java.util.concurrent.CompletableFuture<Database>();
        try (var c = db.dataSource().getConnection(); MigrationLock held = MigrationLock.acquire(cfg, c)) {
            Thread opener = new Thread(() -> {
                try {
                    opened.complete(Database.open(cfg));
                } catch (RuntimeException e) {
                    opened.completeExceptionally(e);
                }
            });
            opener.start();
            Thread.sleep(700);
            assertThat(opened).as("open while another holds the migration lock").isNotDone();
        }
        Database second = opened.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(second.ranLiquibase()).isTrue();
        second.close();
    }
}
