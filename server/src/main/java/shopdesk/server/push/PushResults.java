package shopdesk.server.push;

import static shopdesk.db.Tables.PUSH_RESULT;

import org.jooq.DSLContext;
import org.jooq.Record2;
import shopdesk.dal.db.JdbcInsert;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.db.tables.records.PushResultRecord;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Json;

/** push_result: the APPLIED result of each request id, written in the transaction that had its effect. */
final class PushResults {
    private PushResults() {
    }

    record Stored(String shopId, EntryResult result) {
    }

    static Stored find(DSLContext dsl, String requestId) {
        Record2<String, String> r = dsl.select(PUSH_RESULT.SHOP_ID, PUSH_RESULT.RESULT).from(PUSH_RESULT)
                .where(PUSH_RESULT.REQUEST_ID.eq(requestId)).fetchOne();
        return r == null ? null : new Stored(r.value1(), Json.gson().fromJson(r.value2(), EntryResult.class));
    }

    /** The stored results of those request ids that have one, by request id (one statement). */
    static java.util.Map<String, Stored> find(DSLContext dsl, java.util.Collection<String> requestIds) {
        java.util.Map<String, Stored> found = new java.util.HashMap<>();
        if (requestIds.isEmpty()) return found;
        dsl.select(PUSH_RESULT.REQUEST_ID, PUSH_RESULT.SHOP_ID, PUSH_RESULT.RESULT).from(PUSH_RESULT)
                .where(PUSH_RESULT.REQUEST_ID.in(requestIds))
                .forEach(r -> found.put(r.value1(), new Stored(r.value2(), Json.gson().fromJson(r.value3(), EntryResult.class))));
        return found;
    }

    private static final JdbcInsert<PushResultRecord> RESULT_ROW = JdbcStatement.insert(PUSH_RESULT, PUSH_RESULT.REQUEST_ID,
            PUSH_RESULT.SHOP_ID, PUSH_RESULT.DEVICE_ID, PUSH_RESULT.OUTCOME, PUSH_RESULT.RESULT, PUSH_RESULT.CREATED_AT);

    /** Stores several APPLIED results with one JDBC batch. */
    static void insert(DSLContext tx, String shopId, String deviceId, java.util.List<EntryResult> results, long now) {
        java.util.List<PushResultRecord> rows = new java.util.ArrayList<>(results.size());
        for (EntryResult r : results) {
            rows.add(new PushResultRecord().setRequestId(r.requestId()).setShopId(shopId).setDeviceId(deviceId)
                    .setOutcome(r.outcome().name()).setResult(Json.gson().toJson(r)).setCreatedAt(now));
        }
        RESULT_ROW.executeBatch(tx, rows);
    }

    static void insert(DSLContext tx, String shopId, String deviceId, EntryResult result, long now) {
        insert(tx, shopId, deviceId, java.util.List.of(result), now);
    }
}
