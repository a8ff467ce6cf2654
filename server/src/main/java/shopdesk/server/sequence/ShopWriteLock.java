package shopdesk.server.sequence;

import static shopdesk.db.Tables.NUMBER_COUNTER;

import org.jooq.DSLContext;
import shopdesk.dal.bill.CounterScope;
import shopdesk.dal.bill.NumberCounter;

/**
 * Every server transaction that changes a shop's data takes this per-shop lock first (a row of number_counter,
 * held until commit). It makes a shop's writes commit one at a time across all server instances, which gives
 * two guarantees cheaply: the change feed's seq values of one shop become visible in order (a puller can never
 * skip a change that commits late), and because it is always the first lock taken, transactions of one shop
 * cannot deadlock on the rows they touch after it. Different shops never wait for each other.
 */
public final class ShopWriteLock {
    private ShopWriteLock() {
    }

    /** Creates the shop's lock row (at shop creation, so first writers never race on its insert). */
    public static void prepare(DSLContext tx, String shopId) {
        NumberCounter.ensure(tx, scope(shopId));
    }

    public static void acquire(DSLContext tx, String shopId) {
        bump(tx, scope(shopId));
    }

    /**
     * The pushing till's own lock, which every push transaction takes before anything else (so before the shop's).
     * A batch and its twin (the same push retried on another instance while the first still runs) then run one
     * after the other and the second finds the first's stored results; without it they could deadlock (a batch
     * writes rows before the shop's lock). Tills never wait for each other on it. No-op without a device.
     */
    public static void acquireForDevice(DSLContext tx, String deviceId) {
        if (deviceId != null) bump(tx, CounterScope.DEVICE_PUSHES.key(deviceId));
    }

    private static String scope(String shopId) {
        return CounterScope.SHOP_WRITES.key(shopId);
    }

    /** Updates the row only to hold its lock until commit; creates it on first use. */
    private static void bump(DSLContext tx, String scope) {
        int updated = tx.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus(1L))
                .where(NUMBER_COUNTER.SCOPE.eq(scope)).execute();
        if (updated == 0) {
            tx.insertInto(NUMBER_COUNTER).set(NUMBER_COUNTER.SCOPE, scope).set(NUMBER_COUNTER.LAST_NUMBER, 1L).execute();
        }
    }
}
