package shopdesk.outbox.holdings;

import static shopdesk.db.Tables.BILL;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** This till's own bills that the server acknowledged (they carry a legal number), as the holdings check counts them. */
final class LocalHoldings {
    private LocalHoldings() {
    }

    static Condition acknowledgedOwnBills(String shopId, String deviceId) {
        return BILL.SHOP_ID.eq(shopId).and(BILL.DEVICE_ID.eq(deviceId)).and(BILL.SERVER_NUMBER.isNotNull());
    }

    /** Bucket index to number of acknowledged bills in it. */
    static Map<Long, Long> bucketCounts(DSLContext dsl, String shopId, String deviceId, long bucketSize) {
        Field<Long> bucket = BILL.LOCAL_NUMBER.div(bucketSize).as("bucket");
        Map<Long, Long> counts = new TreeMap<>();
        dsl.select(bucket, DSL.count()).from(BILL).where(acknowledgedOwnBills(shopId, deviceId)).groupBy(bucket)
                .fetch().forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    /** Ids of acknowledged bills in {@code [from, to]} whose local number is not in {@code held}. */
    static List<String> missingIn(DSLContext dsl, String shopId, String deviceId, long from, long to, List<Long> held) {
        return dsl.select(BILL.ID).from(BILL).where(acknowledgedOwnBills(shopId, deviceId))
                .and(BILL.LOCAL_NUMBER.between(from, to))
                .and(held.isEmpty() ? DSL.trueCondition() : BILL.LOCAL_NUMBER.notIn(held))
                .orderBy(BILL.LOCAL_NUMBER).fetch(BILL.ID);
    }
}
