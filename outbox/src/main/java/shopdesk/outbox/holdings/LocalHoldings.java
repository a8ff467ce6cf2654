package shopdesk.outbox.holdings;

import static shopdesk.db.Tables.BILL;

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

    /** Local number to bill id of the acknowledged bills in {@code [from, to]}, in number order. */
    static Map<Long, String> acknowledgedIn(DSLContext dsl, String shopId, String deviceId, long from, long to) {
        Map<Long, String> out = new TreeMap<>();
        dsl.select(BILL.LOCAL_NUMBER, BILL.ID).from(BILL).where(acknowledgedOwnBills(shopId, deviceId))
                .and(BILL.LOCAL_NUMBER.between(from, to)).fetch().forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }
}
