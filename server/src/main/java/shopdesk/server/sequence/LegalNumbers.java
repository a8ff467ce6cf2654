package shopdesk.server.sequence;

import static shopdesk.db.Tables.NUMBER_COUNTER;

import org.jooq.DSLContext;
import shopdesk.dal.bill.CounterScope;
import shopdesk.dal.bill.NumberCounter;

/**
 * A shop's gapless legal bill numbers (1, 2, 3, ...): the only way the server claims them. A transaction claims
 * all the numbers it will use at once, under the shop's write lock; a rollback gives them back, so committed
 * numbers have no gaps as long as the transaction uses every number it claimed (see {@link Claimed#allUsed}).
 */
public final class LegalNumbers {
    private LegalNumbers() {
    }

    /** Claims the shop's next {@code count} numbers with one statement (none for 0). */
    public static Claimed claim(DSLContext tx, String shopId, int count) {
        if (count < 0) throw new IllegalArgumentException("count " + count);
        if (count == 0) return Claimed.NONE;
        String scope = CounterScope.SHOP.key(shopId);
        Long last = NumberCounter.claim(tx, scope, count);
        if (last == null) { // a shop created before its counter was prepared at creation
            NumberCounter.ensure(tx, scope);
            last = NumberCounter.claim(tx, scope, count);
        }
        return new Claimed(last - count + 1, last);
    }

    /** Creates the shop's counter at zero (at shop creation, so first claims never race on its insert). */
    public static void prepare(DSLContext tx, String shopId) {
        NumberCounter.ensure(tx, CounterScope.SHOP.key(shopId));
    }

    /** The last number the shop has issued (0 before its first synced bill). */
    public static long lastIssued(DSLContext dsl, String shopId) {
        Long v = dsl.select(NUMBER_COUNTER.LAST_NUMBER).from(NUMBER_COUNTER)
                .where(NUMBER_COUNTER.SCOPE.eq(CounterScope.SHOP.key(shopId))).fetchOne(NUMBER_COUNTER.LAST_NUMBER);
        return v == null ? 0 : v;
    }

    /** Numbers claimed by one transaction, handed out in order. */
    public static final class Claimed {
        public static final Claimed NONE = new Claimed(1, 0);

        private final long last;
        private long next;

        private Claimed(long first, long last) {
            this.next = first;
            this.last = last;
        }

        /** The next claimed number; throws if all are used (the caller claimed too few). */
        public long next() {
            if (next > last) throw new IllegalStateException("more legal numbers used than claimed");
            return next++;
        }

        /** Every claimed number was used: committing now leaves no gap. */
        public boolean allUsed() {
            return next == last + 1;
        }
    }
}
