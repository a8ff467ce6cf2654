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
}
