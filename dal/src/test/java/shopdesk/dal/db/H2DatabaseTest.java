package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shopdesk.dal.testing.TestDatabases;

class H2DatabaseTest extends AbstractDatabaseTest {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }

    /** Change set 008: no LOB store on H2 for the text columns (its per-row copy and per-statement clean-up). */
    @Test
    void textColumnsAreCharacterVaryingNotLobsAndHoldLongTexts() {
        Database h2 = Database.open(TestDatabases.config(Dialect.H2, SchemaContext.ALL, dir));
        try {
            var types = h2.dsl().fetch("select table_name, column_name, data_type from information_schema.columns "
                    + "where (table_name, column_name) in (('audit_log', 'details'), ('sync_queue', 'payload'), "
                    + "('sync_delivery', 'server_state'), ('change_feed', 'payload'), ('push_result', 'result'))");
            assertThat(types).hasSize(5);
            assertThat(types.getValues(2, String.class)).containsOnly("CHARACTER VARYING");

            String longText = "x".repeat(2_000_000);
            h2.dsl().execute("insert into \"audit_log\" (\"at\", \"user_id\", \"action\", \"entity_type\", \"entity_id\", "
                    + "\"details\") values (1, 'u', 'a', 't', 'e', ?)", longText);
            assertThat(h2.dsl().fetchValue("select max(length(\"details\")) from \"audit_log\"")).isEqualTo(2_000_000L);
        } finally {
            TestDatabases.close(h2);
        }
    }

    /** H2 otherwise keeps commits in memory for up to 500 ms, and a kill -9 loses acknowledged ones. */
    @Test
    void everyCommitIsWrittenToTheFileBeforeItReturns() {
        Database h2 = Database.open(TestDatabases.config(Dialect.H2, SchemaContext.TILL, dir));
        try {
            assertThat(h2.dsl().resultQuery("select setting_value from information_schema.settings "
                    + "where setting_name = 'WRITE_DELAY'").fetch(0, String.class)).isNotEmpty().containsOnly("0");
        } finally {
            TestDatabases.close(h2);
        }
        assertThat(DatabaseConfig.h2(dir.resolve("x"), SchemaContext.TILL).h2File()).isEqualTo(dir.resolve("x"));
        assertThat(new DatabaseConfig(Dialect.H2, "jdbc:h2:mem:x", "sa", "", 1, SqliteSynchronous.FULL, 1, SchemaContext.TILL)
                .h2File()).isNull();
        assertThat(new DatabaseConfig(Dialect.H2, "jdbc:h2:file:./data/cloud;AUTO_SERVER=TRUE", "sa", "", 1,
                SqliteSynchronous.FULL, 1, SchemaContext.CLOUD).h2File()).isEqualTo(java.nio.file.Path.of("./data/cloud"));
    }

    /** H2 commits each DDL statement alone: a migration killed halfway is undone from the backup taken before it. */
    @Test
    void aMigrationInterruptedOnH2IsUndoneFromTheBackupTakenBeforeIt() throws Exception {
        DatabaseConfig cfg = TestDatabases.config(Dialect.H2, SchemaContext.TILL, dir);
        Database h2 = Database.open(cfg);
        assertThat(H2MigrationBackup.backupOf(cfg)).as("removed after the migration").doesNotExist();
        h2.dsl().execute("insert into \"shop\" (\"id\", \"name\", \"created_at\") values ('before', 'Shop', 0)");
        try (var c = h2.dataSource().getConnection()) {
            H2MigrationBackup.take(cfg, c); // as the killed process did before its update
        }
        h2.dsl().execute("create table \"half_applied\" (\"id\" int)"); // its update's first statement, committed
        h2.dsl().execute("insert into \"shop\" (\"id\", \"name\", \"created_at\") values ('during', 'Shop', 0)");
        h2.close();

        h2 = Database.open(cfg);
        try {
            assertThat(h2.dsl().fetch("select \"id\" from \"shop\"").getValues(0, String.class)).containsExactly("before");
            assertThat(h2.dsl().meta().getTables("half_applied")).isEmpty();
            assertThat(H2MigrationBackup.backupOf(cfg)).doesNotExist();
            assertThat(cfg.h2File().resolveSibling(cfg.h2File().getFileName() + H2MigrationBackup.INTERRUPTED_SUFFIX)).exists();
        } finally {
            TestDatabases.close(h2);
        }
    }
}
