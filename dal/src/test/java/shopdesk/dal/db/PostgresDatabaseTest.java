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
     * ShopDesk's lookups are planned for their own values every time ({@link Database#POSTGRES_PREPARE_THRESHOLD}):
     * what that prevents was seen in the drain benchmark with auto_explain, where the server's lookup of a batch's
     * stored results kept a generic Seq Scan plan made while push_result was small, and took 55-100 ms per batch at
     * 25,000 rows. So a lookup run many times is never prepared on the server (where PostgreSQL could keep a generic
     * plan for it), while an insert from {@link JdbcStatement} is, and the session keeps PostgreSQL's default plan
     * cache mode, under which the foreign-key checks of inserted rows keep their plans.
     */
    @Test
    void lookupsAreNeverPreparedOnTheServerInsertsAre() {
        Database db = TestDatabases.open(Dialect.POSTGRES, SchemaContext.TILL, scratch);
        try {
            db.runInTransaction(tx -> {
                for (int i = 0; i < 10; i++) {
                    tx.selectFrom(shopdesk.db.Tables.NUMBER_COUNTER)
                            .where(shopdesk.db.Tables.NUMBER_COUNTER.SCOPE.eq("lookup-" + i)).fetch();
                }
                AbstractJdbcStatementTest.INSERT.execute(tx, AbstractJdbcStatementTest.counter("prepared-1", 1));
                AbstractJdbcStatementTest.INSERT.execute(tx, AbstractJdbcStatementTest.counter("prepared-2", 2));
                java.util.List<String> prepared = tx.fetch("select statement from pg_prepared_statements")
                        .getValues(0, String.class);
                assertThat(prepared).noneMatch(sql -> sql.startsWith("select"));
                assertThat(prepared).anyMatch(sql -> sql.startsWith("insert into \"number_counter\""));
                assertThat(tx.fetchValue("show plan_cache_mode", String.class)).isEqualTo("auto");
            });
        } finally {
            TestDatabases.close(db);
        }
    }

    /** pgjdbc sends a batch of inserts as multi-row inserts (one plan per up to 128 rows), in the batch's order. */
    @Test
    void aBatchOfInsertsIsSentAsMultiRowInsertsInOrder() {
        Database db = TestDatabases.open(Dialect.POSTGRES, SchemaContext.TILL, scratch);
        try {
            int[] counts = db.inTransaction(tx -> AbstractJdbcStatementTest.counters(tx, AbstractJdbcStatementTest.counter("x1", 1),
                    AbstractJdbcStatementTest.counter("x2", 2), AbstractJdbcStatementTest.counter("x3", 3)));
            assertThat(counts).hasSize(3).contains(java.sql.Statement.SUCCESS_NO_INFO); // rows sent as a multi-row insert
            assertThat(db.dsl().fetch("select scope from number_counter where scope like 'x%' order by ctid")
                    .getValues(0, String.class)).containsExactly("x1", "x2", "x3");
        } finally {
            TestDatabases.close(db);
        }
    }
}
