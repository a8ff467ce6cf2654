package shopdesk.server.sequence;

import org.jooq.DSLContext;

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

    public static String scope(String shopId) {
        return "writes:" + shopId;
    }

    public static void acquire(DSLContext tx, String shopId) {
        Counters.bump(tx, scope(shopId));
    }

    /**
     * The pushing till's own lock, which every push transaction takes before anything else (so before the shop's).
     * A batch and its twin (the same push retried on another instance while the first still runs) then run one
     * after the other and the second finds the first's stored results. Without it, a batch whose rows are written
     * before the shop's lock could meet its twin holding that lock while waiting for those uncommitted rows: a
     * deadlock that PostgreSQL breaks after a second and H2 only by its lock timeout. Tills never wait for each
     * other on it. No-op without a device.
     */
    public static void acquireForDevice(DSLContext tx, String deviceId) {
        if (deviceId != null) Counters.bump(tx, "pushes:" + deviceId);
    }
}
