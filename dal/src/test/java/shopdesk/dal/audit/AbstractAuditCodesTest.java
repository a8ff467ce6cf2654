package shopdesk.dal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.user.Role;

/** Audit actions through the table: each code round-trips, and rows in the server's old vocabulary still read. */
abstract class AbstractAuditCodesTest {
    @TempDir
    Path dir;

    abstract Dialect dialect();

    @Test
    void everyActionIsReadBackAsWritten() {
        Database db = TestDatabases.open(dialect(), SchemaContext.CLOUD, dir);
        try {
            AuditLog audit = new AuditLog(db, Clock.systemUTC());
            Actor actor = new Actor("u-1", Role.ADMIN, "s-1", "d-1");
            for (AuditAction a : AuditAction.values()) audit.record(actor, a, "bill", "b-1", null, null);
            for (AuditAction a : AuditAction.values()) {
                assertThat(audit.list(a, PageRequest.first(10)).items()).singleElement()
                        .satisfies(e -> assertThat(e.action()).isSameAs(a));
            }
        } finally {
            TestDatabases.close(db);
        }
    }

    @Test
    void aServerRowWithAnOldCodeIsRewrittenByTheMigrationAndReadMeanwhile() {
        DatabaseConfig config = TestDatabases.config(dialect(), SchemaContext.CLOUD, dir);
        Database db = Database.open(config);
        db.dsl().insertInto(AUDIT_LOG).set(AUDIT_LOG.AT, 1L).set(AUDIT_LOG.ACTION, "BILL_VOIDED").execute();
        AuditLog audit = new AuditLog(db, Clock.systemUTC());
        assertThat(audit.list(AuditAction.BILL_VOID, PageRequest.first(10)).items()).singleElement()
                .satisfies(e -> assertThat(e.action()).isSameAs(AuditAction.BILL_VOID));
        // as if this database predated change set 030: forget it ran, then open again
        db.dsl().execute("delete from databasechangelog where id = '030-audit-action-codes'");
        db.dsl().execute("update \"schema_version\" set \"changelog_checksum\" = null where \"id\" = 1");
        db.close();
        db = Database.open(config);
        try {
            assertThat(db.dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG).fetchOne(AUDIT_LOG.ACTION)).isEqualTo("bill.void");
        } finally {
            TestDatabases.close(db);
        }
    }
}
