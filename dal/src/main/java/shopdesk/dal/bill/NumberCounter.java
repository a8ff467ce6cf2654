package shopdesk.dal.bill;

import static shopdesk.db.Tables.NUMBER_COUNTER;

import org.jooq.DSLContext;
import org.jooq.Param;
import shopdesk.dal.db.JdbcStatement;

/**
 * Gapless numbers from a counter row, claimed by {@code UPDATE ... SET last_number = last_number + 1 RETURNING}
 * inside the caller's transaction: the row lock (PostgreSQL, H2) or BEGIN IMMEDIATE (SQLite) serializes
 * writers, and a rollback gives the number back. Keys: see {@link CounterScope}.
 */
public final class NumberCounter {
    /** Adds {@link #COUNT} to the row of {@code scope} and answers the new last number (null: no row). */
    private static final Param<Long> COUNT = JdbcStatement.param("count", NUMBER_COUNTER.LAST_NUMBER);
    private static final JdbcStatement CLAIM = JdbcStatement.of(tx -> tx.update(NUMBER_COUNTER)
            .set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus(COUNT))
            .where(NUMBER_COUNTER.SCOPE.eq(JdbcStatement.param(NUMBER_COUNTER.SCOPE))).returningResult(NUMBER_COUNTER.LAST_NUMBER));

    private NumberCounter() {
    }

    public static long next(DSLContext tx, String scope) {
        Long claimed = claim(tx, scope, 1);
        if (claimed != null) return claimed;
        // First number of a scope nobody prepared (ShopSetup creates the rows up front, because H2's MERGE
        // emulation of ON CONFLICT DO NOTHING is not race-safe): create it, then claim again.
        ensure(tx, scope);
        return claim(tx, scope, 1);
    }

    /** Claims {@code count} numbers of the scope at once; the last of them, or null when the scope has no row. */
    public static Long claim(DSLContext tx, String scope, long count) {
        return CLAIM.fetchLong(tx, v -> v.set(COUNT, count).set(NUMBER_COUNTER.SCOPE, scope));
    }

    /** Creates the counter row at 0 if it is missing. */
    public static void ensure(DSLContext tx, String scope) {
        tx.insertInto(NUMBER_COUNTER).set(NUMBER_COUNTER.SCOPE, scope).set(NUMBER_COUNTER.LAST_NUMBER, 0L)
                .onConflict(NUMBER_COUNTER.SCOPE).doNothing().execute();
    }
}
