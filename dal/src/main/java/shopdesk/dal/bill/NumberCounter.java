package shopdesk.dal.bill;

import static shopdesk.db.Tables.NUMBER_COUNTER;

import org.jooq.DSLContext;

/**
 * Gapless numbers from a counter row, claimed by {@code UPDATE ... SET last_number = last_number + 1 RETURNING}
 * inside the caller's transaction: the row lock (PostgreSQL, H2) or BEGIN IMMEDIATE (SQLite) serializes
 * writers, and a rollback gives the number back. Scopes: {@code device:<id>} (till), {@code shop:<id>} (server).
 */
public final class NumberCounter {
    private NumberCounter() {
    }

    public static long next(DSLContext tx, String scope) {
        var claimed = tx.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus(1L))
                .where(NUMBER_COUNTER.SCOPE.eq(scope)).returningResult(NUMBER_COUNTER.LAST_NUMBER).fetchOptional();
        if (claimed.isPresent()) return claimed.get().value1();
        // First number of this scope: create the row; a concurrent creator makes ours a no-op, then claim again.
        tx.insertInto(NUMBER_COUNTER).set(NUMBER_COUNTER.SCOPE, scope).set(NUMBER_COUNTER.LAST_NUMBER, 0L)
                .onConflict(NUMBER_COUNTER.SCOPE).doNothing().execute();
        return tx.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus(1L))
                .where(NUMBER_COUNTER.SCOPE.eq(scope)).returningResult(NUMBER_COUNTER.LAST_NUMBER).fetchOne().value1();
    }

    public static String deviceScope(String deviceId) {
        return "device:" + deviceId;
    }

    public static String shopScope(String shopId) {
        return "shop:" + shopId;
    }
}
