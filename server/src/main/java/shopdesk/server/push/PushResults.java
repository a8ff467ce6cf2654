package shopdesk.server.push;

import static shopdesk.db.Tables.PUSH_RESULT;

import org.jooq.DSLContext;
import org.jooq.Record2;
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

    static void insert(DSLContext tx, String shopId, String deviceId, EntryResult result, long now) {
        tx.insertInto(PUSH_RESULT)
                .set(PUSH_RESULT.REQUEST_ID, result.requestId())
                .set(PUSH_RESULT.SHOP_ID, shopId)
                .set(PUSH_RESULT.DEVICE_ID, deviceId)
                .set(PUSH_RESULT.OUTCOME, result.outcome().name())
                .set(PUSH_RESULT.RESULT, Json.gson().toJson(result))
                .set(PUSH_RESULT.CREATED_AT, now)
                .execute();
    }
}
