package shopdesk.dal.report;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.REPORT_DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.protocol.BillStatus;

/**
 * Finished calendar days' report sections ({@code report_day}), each with the signature of the bills it was computed
 * from. A day is reused only while its signature still matches, so the cache can never show other totals than the
 * bills: a late void changes the completed count and total, a bill pulled in later or a restore the count and the
 * sum of times. The signature query reads {@code ix_bill_report} alone (no row lookups); bills of any other status
 * than a BillStatus code are in no report, so in no signature.
 */
final class DayCache {
    private static final Logger LOG = LoggerFactory.getLogger(DayCache.class);
    private final Database db;
    private final String shopId;
    private final String zone;

    DayCache(Database db, String shopId, String zone) {
        this.db = db;
        this.shopId = shopId;
        this.zone = zone;
    }

    /** What a day's bills are, in four sums; equal signatures mean the same bills in the same states. */
    record Signature(long bills, long sold, long soldTotal, long timeSum) {
    }

    record Entry(Signature signature, String sections) {
    }

    Signature signature(long start, long end) {
        // one seek per status in ix_bill_report (shop, status, time, total): the index alone answers
        List<String> statuses = new ArrayList<>();
        for (BillStatus s : BillStatus.values()) {
            statuses.add(s.code());
            statuses.addAll(s.legacyCodes());
        }
        long bills = 0;
        long sold = 0;
        long soldTotal = 0;
        long timeSum = 0;
        for (var r : db.dsl().select(BILL.STATUS, DSL.count(), DSL.sum(BILL.TOTAL), DSL.sum(BILL.CLIENT_CREATED_AT)).from(BILL)
                .where(BILL.SHOP_ID.eq(shopId)).and(BILL.STATUS.in(statuses)).and(BILL.CLIENT_CREATED_AT.ge(start))
                .and(BILL.CLIENT_CREATED_AT.lt(end)).groupBy(BILL.STATUS).fetch()) {
            bills += r.value2();
            timeSum = Math.addExact(timeSum, minor(r.value4()));
            if (BillStatus.COMPLETED.code().equals(r.value1())) {
                sold = r.value2();
                soldTotal = minor(r.value3());
            }
        }
        return new Signature(bills, sold, soldTotal, timeSum);
    }

    Map<LocalDate, Entry> load(LocalDate from, LocalDate to) {
        Map<LocalDate, Entry> out = new HashMap<>();
        db.dsl().select(REPORT_DAY.DAY, REPORT_DAY.BILLS, REPORT_DAY.SOLD, REPORT_DAY.SOLD_TOTAL, REPORT_DAY.TIME_SUM,
                        REPORT_DAY.SECTIONS)
                .from(REPORT_DAY).where(REPORT_DAY.SHOP_ID.eq(shopId)).and(REPORT_DAY.ZONE.eq(zone))
                .and(REPORT_DAY.DAY.between(from.toString(), to.toString()))
                .forEach(x -> out.put(LocalDate.parse(x.value1()), new Entry(new Signature(x.value2(), x.value3(), x.value4(),
                        x.value5()), x.value6())));
        return out;
    }

    /** Keeps the days computed; best effort: a failure (another window storing the same day) only costs a recompute. */
    void store(Map<LocalDate, Entry> days, long now) {
        if (days.isEmpty()) return;
        try {
            db.inTransaction(tx -> {
                for (var d : days.entrySet()) {
                    Signature s = d.getValue().signature();
                    tx.deleteFrom(REPORT_DAY).where(REPORT_DAY.SHOP_ID.eq(shopId)).and(REPORT_DAY.ZONE.eq(zone))
                            .and(REPORT_DAY.DAY.eq(d.getKey().toString())).execute();
                    tx.insertInto(REPORT_DAY).set(REPORT_DAY.SHOP_ID, shopId).set(REPORT_DAY.ZONE, zone)
                            .set(REPORT_DAY.DAY, d.getKey().toString()).set(REPORT_DAY.BILLS, s.bills())
                            .set(REPORT_DAY.SOLD, s.sold()).set(REPORT_DAY.SOLD_TOTAL, s.soldTotal())
                            .set(REPORT_DAY.TIME_SUM, s.timeSum()).set(REPORT_DAY.SECTIONS, d.getValue().sections())
                            .set(REPORT_DAY.COMPUTED_AT, now).execute();
                }
                return null;
            });
        } catch (DataAccessException e) {
            LOG.info("Report days not kept ({}); they are computed again next time", e.getMessage());
        }
    }

    private static long minor(Number n) {
        return n == null ? 0 : n.longValue();
    }
}
