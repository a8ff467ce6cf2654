package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.NUMBER_COUNTER;
import static shopdesk.db.Tables.SYNC_DELIVERY;

import java.nio.file.Path;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.testing.TestDatabases;

/** Statements rendered by jOOQ and run through JDBC do what the same jOOQ query would; one subclass per dialect. */
abstract class AbstractJdbcStatementTest {
    static final JdbcStatement INSERT = JdbcStatement.of(tx -> tx.insertInto(NUMBER_COUNTER,
            NUMBER_COUNTER.SCOPE, NUMBER_COUNTER.LAST_NUMBER).values((String) null, (Long) null));
    static final JdbcStatement BUMP = JdbcStatement.of(tx -> tx.update(NUMBER_COUNTER)
            .set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus(0L))
            .where(NUMBER_COUNTER.SCOPE.eq("")).returningResult(NUMBER_COUNTER.LAST_NUMBER));
    static final JdbcStatement SET_LEASE = JdbcStatement.of(tx -> tx.update(SYNC_DELIVERY)
            .set(SYNC_DELIVERY.LEASE_UNTIL, (Long) null).set(SYNC_DELIVERY.LAST_ERROR, (String) null)
            .where(SYNC_DELIVERY.SEQ.eq(0L)));

    @TempDir Path dir;
    Database db;

    abstract Dialect dialect();

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.config(dialect(), SchemaContext.TILL, dir));
    }

    @AfterEach
    void close() {
        TestDatabases.close(db);
    }

    @Test
    void insertsAndBatchesWriteTheRowsInTheCallersTransaction() {
        db.runInTransaction(tx -> {
            assertThat(INSERT.execute(tx, "a", 1L)).isEqualTo(1);
            int[] counts = INSERT.executeBatch(tx, List.of(new Object[] {"b", 2L}, new Object[] {"c", 3L}));
            assertThat(counts).hasSize(2);
        });
        assertThat(db.dsl().select(NUMBER_COUNTER.SCOPE, NUMBER_COUNTER.LAST_NUMBER).from(NUMBER_COUNTER)
                .where(NUMBER_COUNTER.SCOPE.in("a", "b", "c")).orderBy(NUMBER_COUNTER.SCOPE).fetch().intoMaps())
                .extracting(m -> m.get("scope") + "=" + m.get("last_number")).containsExactly("a=1", "b=2", "c=3");

        assertThatThrownBy(() -> db.runInTransaction(tx -> {
            INSERT.executeBatch(tx, List.<Object[]>of(new Object[] {"d", 4L}, new Object[] {"e", 5L}));
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(db.dsl().fetchCount(NUMBER_COUNTER, NUMBER_COUNTER.SCOPE.in("d", "e"))).as("rolled back").isZero();
    }

    @Test
    void returningAnswersTheNewValueAndNullWhenNoRowMatched() {
        Long[] got = new Long[3];
        db.runInTransaction(tx -> {
            INSERT.execute(tx, "n", 10L);
            got[0] = BUMP.fetchLong(tx, 5L, "n");
            got[1] = BUMP.fetchLong(tx, 1L, "n");
            got[2] = BUMP.fetchLong(tx, 1L, "missing");
        });
        assertThat(got).containsExactly(15L, 16L, null);
    }

    static final JdbcStatement FROM = JdbcStatement.of(tx -> tx.select(NUMBER_COUNTER.SCOPE, NUMBER_COUNTER.LAST_NUMBER)
            .from(NUMBER_COUNTER).where(NUMBER_COUNTER.LAST_NUMBER.ge(0L)).orderBy(NUMBER_COUNTER.LAST_NUMBER));

    @Test
    void fetchReadsEveryRowInOrder() {
        List<String> rows = new java.util.ArrayList<>();
        db.runInTransaction(tx -> {
            INSERT.executeBatch(tx, List.of(new Object[] {"f1", 101L}, new Object[] {"f2", 102L}));
            rows.addAll(FROM.fetch(tx, rs -> rs.getString(1) + "=" + rs.getLong(2), 101L));
            assertThat(FROM.fetch(tx, rs -> rs.getString(1), 1_000L)).isEmpty();
        });
        assertThat(rows).containsExactly("f1=101", "f2=102");
    }

    @Test
    void openRowsAreReadOneAtATimeAndMayBeLeftEarly() {
        List<String> rows = new java.util.ArrayList<>();
        db.runInTransaction(tx -> {
            INSERT.executeBatch(tx, List.of(new Object[] {"o1", 201L}, new Object[] {"o2", 202L}, new Object[] {"o3", 203L}));
            try (JdbcStatement.OpenRows open = FROM.open(tx, 2, 201L); JdbcStatement.OpenRows again = FROM.open(tx, 2, 202L)) {
                rows.add(open.next(rs -> rs.getString(1)));
                rows.add(again.next(rs -> rs.getString(1))); // two cursors of one statement open together
                rows.add(open.next(rs -> rs.getString(1)));
            }
            try (JdbcStatement.OpenRows all = FROM.open(tx, 2, 201L)) {
                String r;
                while ((r = all.next(rs -> rs.getString(1))) != null) rows.add(r);
            }
            rows.add(INSERT.execute(tx, "o4", 204L) == 1 ? "after" : "?"); // the connection is still usable
        });
        assertThat(rows).containsExactly("o1", "o2", "o2", "o1", "o2", "o3", "after");
    }

    @Test
    void nullsAreBoundWithTheColumnsType() {
        db.runInTransaction(tx -> assertThat(SET_LEASE.execute(tx, null, null, 42L)).isZero());
    }

    @Test
    void aConstraintViolationIsAJooqDataAccessExceptionNamingTheSqlAndKeepingTheSqlState() {
        db.runInTransaction(tx -> INSERT.execute(tx, "dup", 1L));
        assertThatThrownBy(() -> db.runInTransaction(tx -> INSERT.execute(tx, "dup", 2L)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("insert into")
                .satisfies(e -> assertThat(((DataAccessException) e).sqlState()).isNotBlank());
    }

    @Test
    void aWrongNumberOfValuesIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> db.runInTransaction(tx -> INSERT.execute(tx, "only-one")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 parameters");
    }

    @Test
    void aValueWrittenInlineStaysInTheSqlAndTheRestAreBound() {
        JdbcStatement inlined = JdbcStatement.of(tx -> tx.update(NUMBER_COUNTER)
                .set(NUMBER_COUNTER.LAST_NUMBER, org.jooq.impl.DSL.inline(41L)).where(NUMBER_COUNTER.SCOPE.eq("")));
        db.runInTransaction(tx -> INSERT.execute(tx, "inl", 1L));
        int updated = db.<Integer>inTransaction(tx -> inlined.execute(tx, "inl"));
        assertThat(updated).isEqualTo(1);
        assertThat(inlined.sql(db.dsl())).contains("41").containsOnlyOnce("?");
        assertThat(db.dsl().select(NUMBER_COUNTER.LAST_NUMBER).from(NUMBER_COUNTER).where(NUMBER_COUNTER.SCOPE.eq("inl"))
                .fetchOne(NUMBER_COUNTER.LAST_NUMBER)).isEqualTo(41L);
    }

    @Test
    void withExecuteListenersInstalledTheSameStatementsRunThroughJooqAndAreSeen() {
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        db.dsl().configuration().set(new org.jooq.impl.DefaultExecuteListenerProvider(new org.jooq.ExecuteListener() {
            @Override
            public void executeEnd(org.jooq.ExecuteContext ctx) {
                seen.add(ctx.sql());
            }
        }));
        Long[] got = new Long[1];
        db.runInTransaction(tx -> {
            INSERT.execute(tx, "o", 1L);
            INSERT.executeBatch(tx, List.of(new Object[] {"p", 2L}, new Object[] {"q", 3L}));
            got[0] = BUMP.fetchLong(tx, 4L, "o");
            SET_LEASE.execute(tx, null, null, 42L);
            assertThat(FROM.fetch(tx, rs -> rs.getString(1), 5L)).containsExactly("o");
        });
        assertThat(got[0]).isEqualTo(5L);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5).allMatch(sql -> sql.contains("number_counter") || sql.contains("sync_delivery"));
        assertThat(db.dsl().fetchCount(NUMBER_COUNTER, NUMBER_COUNTER.SCOPE.in("o", "p", "q"))).isEqualTo(3);
    }
}
