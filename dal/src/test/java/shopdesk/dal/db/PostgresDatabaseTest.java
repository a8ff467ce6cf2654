package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.testing.TestDatabases;

class PostgresDatabaseTest extends AbstractDatabaseTest {
    @TempDir Path scratch;

    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }

    /**
     * Every pooled connection plans each statement for its values ({@link Database#POSTGRES_SESSION_SETUP}). What
     * it prevents was seen in the drain benchmark with auto_explain: the server's lookup of a batch's stored results
     * kept a generic Seq Scan plan made while push_result was small, and took 55-100 ms per batch at 25,000 rows.
     * A short reproduction in a test did not settle on the generic plan (PostgreSQL compares it with the custom
     * plans' costs), so this checks the setting on several connections of the pool.
     */
    @Test
    void everyConnectionPlansEachStatementForItsOwnValues() throws Exception {
        Database db = TestDatabases.open(Dialect.POSTGRES, SchemaContext.TILL, scratch);
        try (var a = db.dataSource().getConnection(); var b = db.dataSource().getConnection()) {
            for (var c : java.util.List.of(a, b)) {
                try (var s = c.createStatement(); var rs = s.executeQuery("show plan_cache_mode")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
                }
            }
        } finally {
            TestDatabases.close(db);
        }
    }

    /** pgjdbc sends a batch of inserts as multi-row inserts (one plan per up to 128 rows), in the batch's order. */
    @Test
    void aBatchOfInsertsIsSentAsMultiRowInsertsInOrder() {
        Database db = TestDatabases.open(Dialect.POSTGRES, SchemaContext.TILL, scratch);
        try {
            int[] counts = db.inTransaction(tx -> AbstractJdbcStatementTest.INSERT.executeBatch(tx,
                    java.util.List.of(new Object[] {"x1", 1L}, new Object[] {"x2", 2L}, new Object[] {"x3", 3L})));
            assertThat(counts).hasSize(3).contains(java.sql.Statement.SUCCESS_NO_INFO); // rows sent as a multi-row insert
            assertThat(db.dsl().fetch("select scope from number_counter where scope like 'x%' order by ctid")
                    .getValues(0, String.class)).containsExactly("x1", "x2", "x3");
        } finally {
            TestDatabases.close(db);
        }
    }
}
