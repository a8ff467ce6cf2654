package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.NUMBER_COUNTER;
import static shopdesk.db.Tables.SYNC_DELIVERY;

import java.nio.file.Path;
import java.util.List;
import org.jooq.Param;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.db.tables.records.NumberCounterRecord;

/** Statements rendered by jOOQ and run through JDBC do what the same jOOQ query would; one subclass per dialect. */
abstract class AbstractJdbcStatementTest {
    static final JdbcInsert<NumberCounterRecord> INSERT = JdbcStatement.insert(NUMBER_COUNTER, NUMBER_COUNTER.SCOPE,
            NUMBER_COUNTER.LAST_NUMBER);
    static final Param<Long> BY = JdbcStatement.param("by", NUMBER_COUNTER.LAST_NUMBER);
    static final JdbcStatement BUMP = JdbcStatement.of(tx -> tx.update(NUMBER_COUNTER)
            .set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus(BY))
            .where(NUMBER_COUNTER.SCOPE.eq(JdbcStatement.param(NUMBER_COUNTER.SCOPE))).returningResult(NUMBER_COUNTER.LAST_NUMBER));
    static final JdbcStatement SET_LEASE = JdbcStatement.of(tx -> tx.update(SYNC_DELIVERY)
            .set(SYNC_DELIVERY.LEASE_UNTIL, JdbcStatement.param(SYNC_DELIVERY.LEASE_UNTIL))
            .set(SYNC_DELIVERY.LAST_ERROR, JdbcStatement.param(SYNC_DELIVERY.LAST_ERROR))
            .where(SYNC_DELIVERY.SEQ.eq(JdbcStatement.param(SYNC_DELIVERY.SEQ))));
    static final Param<Long> AT_LEAST = JdbcStatement.param("at_least", NUMBER_COUNTER.LAST_NUMBER);
    static final JdbcStatement FROM = JdbcStatement.of(tx -> tx.select(NUMBER_COUNTER.SCOPE, NUMBER_COUNTER.LAST_NUMBER)
            .from(NUMBER_COUNTER).where(NUMBER_COUNTER.LAST_NUMBER.ge(AT_LEAST)).orderBy(NUMBER_COUNTER.LAST_NUMBER));

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

    static NumberCounterRecord counter(String scope, long last) {
        return new NumberCounterRecord().setScope(scope).setLastNumber(last);
    }

    static int[] counters(org.jooq.DSLContext tx, NumberCounterRecord... rows) {
        return INSERT.executeBatch(tx, List.of(rows));
    }

    static List<String> from(org.jooq.DSLContext tx, long atLeast) {
        return FROM.fetch(tx, rs -> rs.getString(1) + "=" + rs.getLong(2), v -> v.set(AT_LEAST, atLeast));
    }

    @Test
    void insertsAndBatchesWriteTheRowsInTheCallersTransaction() {
        db.runInTransaction(tx -> {
            assertThat(INSERT.execute(tx, counter("a", 1))).isEqualTo(1);
            assertThat(counters(tx, counter("b", 2), counter("c", 3))).hasSize(2);
        });
        assertThat(db.dsl().select(NUMBER_COUNTER.SCOPE, NUMBER_COUNTER.LAST_NUMBER).from(NUMBER_COUNTER)
                .where(NUMBER_COUNTER.SCOPE.in("a", "b", "c")).orderBy(NUMBER_COUNTER.SCOPE).fetch().intoMaps())
                .extracting(m -> m.get("scope") + "=" + m.get("last_number")).containsExactly("a=1", "b=2", "c=3");

        assertThatThrownBy(() -> db.runInTransaction(tx -> {
            counters(tx, counter("d", 4), counter("e", 5));
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(db.dsl().fetchCount(NUMBER_COUNTER, NUMBER_COUNTER.SCOPE.in("d", "e"))).as("rolled back").isZero();
    }

    @Test
    void returningAnswersTheNewValueAndNullWhenNoRowMatched() {
        Long[] got = new Long[3];
        db.runInTransaction(tx -> {
            INSERT.execute(tx, counter("n", 10));
            got[0] = BUMP.fetchLong(tx, v -> v.set(BY, 5L).set(NUMBER_COUNTER.SCOPE, "n"));
            got[1] = BUMP.fetchLong(tx, v -> v.set(NUMBER_COUNTER.SCOPE, "n").set(BY, 1L)); // any order
            got[2] = BUMP.fetchLong(tx, v -> v.set(BY, 1L).set(NUMBER_COUNTER.SCOPE, "missing"));
        });
        assertThat(got).containsExactly(15L, 16L, null);
    }

    @Test
    void fetchReadsEveryRowInOrder() {
        List<String> rows = new java.util.ArrayList<>();
        db.runInTransaction(tx -> {
            counters(tx, counter("f1", 101), counter("f2", 102));
            rows.addAll(from(tx, 101));
            assertThat(from(tx, 1_000)).isEmpty();
        });
        assertThat(rows).containsExactly("f1=101", "f2=102");
    }

    @Test
    void openRowsAreReadOneAtATimeAndMayBeLeftEarly() {
        List<String> rows = new java.util.ArrayList<>();
        db.runInTransaction(tx -> {
            counters(tx, counter("o1", 201), counter("o2", 202), counter("o3", 203));
            try (JdbcRows open = FROM.open(tx, 2, v -> v.set(AT_LEAST, 201L));
                 JdbcRows again = FROM.open(tx, 2, v -> v.set(AT_LEAST, 202L))) {
                rows.add(open.next(rs -> rs.getString(1)));
                rows.add(again.next(rs -> rs.getString(1))); // two cursors of one statement open together
                rows.add(open.next(rs -> rs.getString(1)));
            }
            try (JdbcRows all = FROM.open(tx, 2, v -> v.set(AT_LEAST, 201L))) {
                String r;
                while ((r = all.next(rs -> rs.getString(1))) != null) rows.add(r);
            }
            rows.add(INSERT.execute(tx, counter("o4", 204)) == 1 ? "after" : "?"); // the connection is still usable
        });
        assertThat(rows).containsExactly("o1", "o2", "o2", "o1", "o2", "o3", "after");
    }

    @Test
    void nullsAreBoundWithTheColumnsType() {
        db.runInTransaction(tx -> assertThat(SET_LEASE.execute(tx, v -> v.set(SYNC_DELIVERY.LEASE_UNTIL, null)
                .set(SYNC_DELIVERY.LAST_ERROR, null).set(SYNC_DELIVERY.SEQ, 42L))).isZero());
    }

    @Test
    void aConstraintViolationIsAJooqDataAccessExceptionNamingTheSqlAndKeepingTheSqlState() {
        db.runInTransaction(tx -> INSERT.execute(tx, counter("dup", 1)));
        assertThatThrownBy(() -> db.runInTransaction(tx -> INSERT.execute(tx, counter("dup", 2))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("insert into")
                .satisfies(e -> assertThat(((DataAccessException) e).sqlState()).isNotBlank());
    }

    @Test
    void aPlaceholderLeftUnsetOrUnknownIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> db.runInTransaction(tx -> BUMP.fetchLong(tx, v -> v.set(BY, 1L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No value for parameter");
        assertThatThrownBy(() -> db.runInTransaction(tx -> BUMP.fetchLong(tx, v -> v.set(AT_LEAST, 1L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No placeholder at_least");
    }

    @Test
    void aValueWrittenInlineStaysInTheSqlAndTheRestAreBound() {
        JdbcStatement inlined = JdbcStatement.of(tx -> tx.update(NUMBER_COUNTER)
                .set(NUMBER_COUNTER.LAST_NUMBER, org.jooq.impl.DSL.inline(41L))
                .where(NUMBER_COUNTER.SCOPE.eq(JdbcStatement.param(NUMBER_COUNTER.SCOPE))));
        db.runInTransaction(tx -> INSERT.execute(tx, counter("inl", 1)));
        int updated = db.<Integer>inTransaction(tx -> inlined.execute(tx, v -> v.set(NUMBER_COUNTER.SCOPE, "inl")));
        assertThat(updated).isEqualTo(1);
        assertThat(inlined.sql(db.dsl())).contains("41").containsOnlyOnce("?");
        assertThat(db.dsl().select(NUMBER_COUNTER.LAST_NUMBER).from(NUMBER_COUNTER).where(NUMBER_COUNTER.SCOPE.eq("inl"))
                .fetchOne(NUMBER_COUNTER.LAST_NUMBER)).isEqualTo(41L);
    }

    @Test
    void aTemplateWithAPlainValueInsteadOfAPlaceholderIsRefused() {
        JdbcStatement plain = JdbcStatement.of(tx -> tx.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_NUMBER, 1L)
                .where(NUMBER_COUNTER.SCOPE.eq(JdbcStatement.param(NUMBER_COUNTER.SCOPE))));
        assertThatThrownBy(() -> plain.sql(db.dsl())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("param of its own name");
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
            INSERT.execute(tx, counter("o", 1));
            counters(tx, counter("p", 2), counter("q", 3));
            got[0] = BUMP.fetchLong(tx, v -> v.set(BY, 4L).set(NUMBER_COUNTER.SCOPE, "o"));
            SET_LEASE.execute(tx, v -> v.set(SYNC_DELIVERY.LEASE_UNTIL, null).set(SYNC_DELIVERY.LAST_ERROR, null)
                    .set(SYNC_DELIVERY.SEQ, 42L));
            assertThat(from(tx, 5)).containsExactly("o=5");
        });
        assertThat(got[0]).isEqualTo(5L);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5).allMatch(sql -> sql.contains("number_counter") || sql.contains("sync_delivery"));
        assertThat(db.dsl().fetchCount(NUMBER_COUNTER, NUMBER_COUNTER.SCOPE.in("o", "p", "q"))).isEqualTo(3);
    }
}
