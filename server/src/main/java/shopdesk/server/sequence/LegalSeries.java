package shopdesk.server.sequence;

import static shopdesk.db.Tables.NUMBER_COUNTER;

import org.jooq.DSLContext;
import shopdesk.dal.bill.NumberCounter;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.protocol.BillSeries;

/**
 * Gapless numbers per shop, series and financial year (INV/2026-27/000001, ...), claimed like {@link LegalNumbers}:
 * inside the entry's transaction, under the shop's write lock, a block at a time; a rollback gives them back. The
 * financial year is decided from the server's time, never the till's.
 */
public final class LegalSeries {
    private static final org.jooq.Param<Long> COUNT = JdbcStatement.param("count", NUMBER_COUNTER.LAST_NUMBER);
    private static final JdbcStatement CLAIM = JdbcStatement.of(tx -> tx.update(NUMBER_COUNTER)
            .set(NUMBER_COUNTER.LAST_NUMBER, NUMBER_COUNTER.LAST_NUMBER.plus(COUNT))
            .where(NUMBER_COUNTER.SCOPE.eq(JdbcStatement.param(NUMBER_COUNTER.SCOPE))).returningResult(NUMBER_COUNTER.LAST_NUMBER));

    private LegalSeries() {
    }

    /** One legal number as stored and printed. */
    public record Number(BillSeries series, int fiscalYear, long number, String label) {
    }

    /** {@code count} consecutive numbers of one series, handed out in order by {@link #next}. */
    public static final class Block {
        private final SeriesSettings settings;
        private final BillSeries series;
        private final int fiscalYear;
        private final long last;
        private long next;

        private Block(SeriesSettings settings, BillSeries series, int fiscalYear, long first, long last) {
            this.settings = settings;
            this.series = series;
            this.fiscalYear = fiscalYear;
            this.next = first;
            this.last = last;
        }

        public Number next() {
            if (next > last) throw new IllegalStateException("more " + series + " numbers used than claimed");
            long n = next++;
            return new Number(series, fiscalYear, n, settings.label(series, fiscalYear, n));
        }
    }

    public static Number claim(DSLContext tx, String shopId, BillSeries series, long serverNow) {
        return claim(tx, SeriesSettings.of(tx, shopId), shopId, series, 1, serverNow).next();
    }

    /** Claims {@code count} (at least 1) numbers of the series with one statement. */
    public static Block claim(DSLContext tx, SeriesSettings settings, String shopId, BillSeries series, int count,
                              long serverNow) {
        if (count < 1) throw new IllegalArgumentException("count " + count);
        int fy = settings.fiscalYear(serverNow);
        String scope = scope(shopId, series, fy);
        Long last = CLAIM.fetchLong(tx, v -> v.set(COUNT, (long) count).set(NUMBER_COUNTER.SCOPE, scope));
        if (last == null) { // first number of this series and year: its counter row starts at 0
            NumberCounter.ensure(tx, scope);
            last = CLAIM.fetchLong(tx, v -> v.set(COUNT, (long) count).set(NUMBER_COUNTER.SCOPE, scope));
        }
        return new Block(settings, series, fy, last - count + 1, last);
    }

    /** The last number issued in a series and year (0 before the first). */
    public static long lastIssued(DSLContext dsl, String shopId, BillSeries series, int fiscalYear) {
        Long v = dsl.select(NUMBER_COUNTER.LAST_NUMBER).from(NUMBER_COUNTER)
                .where(NUMBER_COUNTER.SCOPE.eq(scope(shopId, series, fiscalYear))).fetchOne(NUMBER_COUNTER.LAST_NUMBER);
        return v == null ? 0 : v;
    }

    static String scope(String shopId, BillSeries series, int fiscalYear) {
        return "series:" + shopId + ":" + series.name() + ":" + fiscalYear;
    }
}
