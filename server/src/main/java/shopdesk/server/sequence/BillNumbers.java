package shopdesk.server.sequence;

import org.jooq.DSLContext;
import shopdesk.dal.bill.NumberCounter;

/** The shop's legal, gapless bill numbers (1, 2, 3, ...), claimed in the bill's own transaction. */
public final class BillNumbers {
    private BillNumbers() {
    }

    public static String scope(String shopId) {
        return NumberCounter.shopScope(shopId);
    }

    public static long next(DSLContext tx, String shopId) {
        return Counters.next(tx, scope(shopId));
    }

    /** Claims the next {@code count} numbers at once (for a batch applied in one transaction); returns the last. */
    public static long claim(DSLContext tx, String shopId, int count) {
        return Counters.claim(tx, scope(shopId), count);
    }
}
