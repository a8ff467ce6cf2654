package shopdesk.server.authz;

import static shopdesk.db.Tables.PUSH_BODY;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.exception.DataAccessException;
import shopdesk.dal.auth.ApprovalProof;
import shopdesk.dal.auth.CanonicalJson;
import shopdesk.dal.db.Database;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;

/**
 * Binds each request id to the hash of the body it first came with (push_body). A request id that comes again
 * with another body is refused REQUEST_ID_REUSED, so a stored result is never handed to a different entry and the
 * second body is never silently dropped. The binding is made before the entry applies (whatever its outcome): the
 * till never changes a queued entry, so only a forger or a bug sends another body under the same id.
 */
public final class RequestBodies {
    private final Database db;

    public RequestBodies(Database db) {
        this.db = db;
    }

    /** The hash of what an entry asks for: everything but its transport fields (stream position, till clock). */
    public static String hash(PushEntry e) {
        JsonObject body = new JsonObject();
        body.addProperty("action", e.action());
        body.addProperty("entityType", e.entityType());
        body.addProperty("entityId", e.entityId());
        body.addProperty("payloadVersion", e.payloadVersion());
        body.add("payload", e.payload());
        body.addProperty("baseVersion", e.baseVersion());
        body.addProperty("userId", e.userId());
        return ApprovalProof.sha256Hex(CanonicalJson.of(body));
    }

    /** Binds the batch's new request ids; returns the refusals of those bound to another body or shop, by position. */
    public Map<Integer, EntryResult> bind(String shopId, List<PushEntry> entries, long now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.inTransaction(tx -> {
                    Map<String, String[]> bound = new HashMap<>();
                    List<String> ids = entries.stream().map(PushEntry::requestId).distinct().toList();
                    tx.select(PUSH_BODY.REQUEST_ID, PUSH_BODY.SHOP_ID, PUSH_BODY.BODY_HASH).from(PUSH_BODY)
                            .where(PUSH_BODY.REQUEST_ID.in(ids))
                            .forEach(r -> bound.put(r.value1(), new String[] {r.value2(), r.value3()}));
                    Map<Integer, EntryResult> refused = new HashMap<>();
                    List<String[]> fresh = new ArrayList<>();
                    for (int i = 0; i < entries.size(); i++) {
                        PushEntry e = entries.get(i);
                        String hash = hash(e);
                        String[] was = bound.get(e.requestId());
                        if (was == null) {
                            bound.put(e.requestId(), new String[] {shopId, hash});
                            fresh.add(new String[] {e.requestId(), hash});
                        } else if (!was[0].equals(shopId)) {
                            refused.put(i, EntryResult.rejected(e.requestId(), RejectCodes.REQUEST_ID_TAKEN,
                                    "Request id " + e.requestId() + " was used by another shop"));
                        } else if (!was[1].equals(hash)) {
                            refused.put(i, EntryResult.rejected(e.requestId(), RejectCodes.REQUEST_ID_REUSED, "Request id "
                                    + e.requestId() + " was used before for a different entry; a new entry needs a new request id"));
                        }
                    }
                    if (!fresh.isEmpty()) {
                        var insert = tx.insertInto(PUSH_BODY, PUSH_BODY.REQUEST_ID, PUSH_BODY.SHOP_ID, PUSH_BODY.BODY_HASH,
                                PUSH_BODY.CREATED_AT);
                        for (String[] f : fresh) insert = insert.values(f[0], shopId, f[1], now);
                        insert.execute();
                    }
                    return refused;
                });
            } catch (DataAccessException e) {
                // a twin push bound the same ids first (unique key): read its bindings and compare again
                if (attempt < 3 && e.sqlState() != null && e.sqlState().startsWith("23")) continue;
                throw e;
            }
        }
    }
}
