package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shopdesk.dal.testing.TestPostgres;

/**
 * A till or server on PostgreSQL killed right after Liquibase ran a change set and before the change set's
 * DATABASECHANGELOG row was committed. Liquibase commits the two separately, so without ShopDesk's guard the change stays applied
 * and unrecorded, and every later start fails on it ("relation ... already exists"). The kill is PostgreSQL ending
 * the migrating session (as when the process behind the connection dies) while it inserts that row.
 */
class PostgresInterruptedMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"001-bills", "003-cloud", "009-cloud-bill-number", "013-bill-number-history",
        "014-depends-on-unbounded-postgresql"})
    void aProcessKilledBetweenAChangeSetAndItsRecordStartsNextTime(String changeSetId) throws Exception {
        String url = TestPostgres.freshSchemaUrl();
        try {
            try (Connection c = DriverManager.getConnection(url)) {
                assertThatThrownBy(() -> LiquibaseUpdate.run(c, Migrator.CHANGELOG, SchemaContext.ALL,
                        new KillAtRecord(url, changeSetId))).hasStackTraceContaining("terminating connection");
            }
            assertThat(recorded(url, changeSetId)).as("recorded by the killed migration").isFalse();
            dropKiller(url);

            Database db = Database.open(DatabaseConfig.postgres(url, null, null, SchemaContext.ALL));
            try {
                assertThat(db.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
                assertThat(db.ranLiquibase()).isTrue();
            } finally {
                db.close();
            }
            assertThat(recorded(url, changeSetId)).isTrue();
        } finally {
            TestPostgres.dropSchemaOf(url);
        }
    }

    /**
     * Before the chosen change set runs, puts a trigger on DATABASECHANGELOG that ends the session inserting that
     * change set's row: the process dies after the change set ran (and, without the guard, was committed) and before
     * its record is committed. Committed on a connection of its own (Liquibase rolls back its own open transaction
     * before a change set runs).
     */
    private static final class KillAtRecord extends AbstractChangeExecListener {
        private final String url;
        private final String changeSetId;

        KillAtRecord(String url, String changeSetId) {
            this.url = url;
            this.changeSetId = changeSetId;
        }

        @Override
        public void willRun(ChangeSet changeSet, DatabaseChangeLog log, liquibase.database.Database database,
                            ChangeSet.RunStatus runStatus) {
            if (!changeSet.getId().equals(changeSetId)) return;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("set lock_timeout = '10s'"); // never wait silently on the migrating session
                s.execute("create function kill_at_record() returns trigger language plpgsql as $$ begin "
                        + "if new.id = '" + changeSetId + "' then perform pg_terminate_backend(pg_backend_pid()); end if; "
                        + "return new; end $$");
                s.execute("create trigger kill_at_record before insert on databasechangelog "
                        + "for each row execute function kill_at_record()");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The trigger is not part of the next start. */
    private static void dropKiller(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("drop trigger if exists kill_at_record on databasechangelog");
            s.execute("drop function if exists kill_at_record()");
        }
    }

    private static boolean recorded(String url, String changeSetId) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from databasechangelog where id = '" + changeSetId + "'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }
}
