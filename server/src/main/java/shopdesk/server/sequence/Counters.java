package shopdesk.server.sequence;

import static shopdesk.db.Tables.NUMBER_COUNTER;

import org.jooq.DSLContext;
import shopdesk.dal.bill.NumberCounter;

/**
 * Gapless counters in number_counter, claimed by {@code UPDATE ... SET last_number = last_number + 1} in the
 * caller's transaction: the row lock serialises claimants across server instances, and a rollback returns the
 * number, so committed numbers have no gaps.
 */
public final class Counters {
    private Counters() {
    }

    /** dal's {@link NumberCounter#next}: the till and the server claim numbers the same way. */
    public static long next(DSLContext tx, String scope) {
        return NumberCounter.next(tx, scope);
    }

    /**
     * Claims {@code count} consecutive numbers with one statement and returns the last of them (the first is
     * {@code last - count + 1}); gapless only if the caller's transaction uses every one of them or rolls back.
     */
    public static long claim(DSLContext tx, String scope, int count) {
        if (count < 1) throw new IllegalArgumentException("count " + count);
        var claimed = tx.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus((long) count))
                .where(NUMBER_COUNTER.SCOPE.eq(scope)).returningResult(NUMBER_COUNTER.LAST_NUMBER).fetchOptional();
        if (claimed.isPresent()) return claimed.get().value1();
        ensure(tx, scope);
        return tx.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus((long) count))
                .where(NUMBER_COUNTER.SCOPE.eq(scope)).returningResult(NUMBER_COUNTER.LAST_NUMBER).fetchOne().value1();
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
        NumberCounter.ensure(tx, scope);
    }

    public static long current(DSLContext dsl, String scope) {
        Long v = dsl.select(NUMBER_COUNTER.LAST_NUMBER).from(NUMBER_COUNTER).where(NUMBER_COUNTER.SCOPE.eq(scope))
                .fetchOne(NUMBER_COUNTER.LAST_NUMBER);
        return v == null ? 0 : v;
    }
}
