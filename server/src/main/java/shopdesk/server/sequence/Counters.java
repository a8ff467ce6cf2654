package shopdesk.server.sequence;

import static shopdesk.db.Tables.NUMBER_COUNTER;

import org.jooq.DSLContext;

/**
 * Gapless counters in number_counter, claimed by {@code UPDATE ... SET last_number = last_number + 1} in the
 * caller's transaction: the row lock serialises claimants across server instances, and a rollback returns the
 * number, so committed numbers have no gaps.
 */
public final class Counters {
    private Counters() {
    }

    public static long next(DSLContext tx, String scope) {
        // one round trip: UPDATE ... RETURNING on PostgreSQL, SELECT FROM FINAL TABLE (UPDATE ...) on H2
        Long claimed = tx.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus(1L))
                .where(NUMBER_COUNTER.SCOPE.eq(scope)).returningResult(NUMBER_COUNTER.LAST_NUMBER)
                .fetchOptional(NUMBER_COUNTER.LAST_NUMBER).orElse(null);
        if (claimed != null) return claimed;
        // first use: a concurrent first use makes one of the two inserts fail; the push retries that entry
        tx.insertInto(NUMBER_COUNTER).set(NUMBER_COUNTER.SCOPE, scope).set(NUMBER_COUNTER.LAST_NUMBER, 1L).execute();
        return 1;
    }

    /** Increments without reading the value back: used purely to take the row's lock. */
    public static void bump(DSLContext tx, String scope) {
        int updated = tx.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus(1L))
                .where(NUMBER_COUNTER.SCOPE.eq(scope)).execute();
        if (updated == 0) {
            tx.insertInto(NUMBER_COUNTER).set(NUMBER_COUNTER.SCOPE, scope).set(NUMBER_COUNTER.LAST_NUMBER, 1L).execute();
        }
    }

    /** Creates the counter at zero if absent (at shop creation, so first uses never race on the insert). */
    public static void ensure(DSLContext tx, String scope) {
        if (!tx.fetchExists(NUMBER_COUNTER, NUMBER_COUNTER.SCOPE.eq(scope))) {
            tx.insertInto(NUMBER_COUNTER).set(NUMBER_COUNTER.SCOPE, scope).set(NUMBER_COUNTER.LAST_NUMBER, 0L).execute();
        }
    }

    public static long current(DSLContext dsl, String scope) {
        Long v = dsl.select(NUMBER_COUNTER.LAST_NUMBER).from(NUMBER_COUNTER).where(NUMBER_COUNTER.SCOPE.eq(scope))
                .fetchOne(NUMBER_COUNTER.LAST_NUMBER);
        return v == null ? 0 : v;
    }
}
