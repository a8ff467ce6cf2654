package shopdesk.server.push;

import com.google.gson.JsonParseException;
import org.jooq.DSLContext;
import shopdesk.dal.change.payload.Payloads;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.server.auth.Principal;

/**
 * One pushed entry being applied: who pushed it, the entry, the server's time for this transaction, and where its
 * legal bill number comes from ({@code numbers} null: claimed from the shop's counter in the entry's transaction).
 */
public record EntryContext(Principal caller, PushEntry entry, long now, BillNumberSource numbers) {

    /** Legal bill numbers already claimed in the caller's transaction (a batch applied as one transaction). */
    @FunctionalInterface
    public interface BillNumberSource {
        long next();
    }

    public EntryContext(Principal caller, PushEntry entry, long now) {
        this(caller, entry, now, null);
    }

    /** The shop's next legal bill number, in this entry's transaction (gapless: a rollback gives it back). */
    public long nextBillNumber(DSLContext tx) {
        return numbers != null ? numbers.next() : shopdesk.server.sequence.BillNumbers.next(tx, shopId());
    }

    public String shopId() {
        return caller.shopId();
    }

    /** The till that pushed it; becomes the feed's origin so that till can skip its own echoes. */
    public String deviceId() {
        return caller.deviceId();
    }

    public <T> T payload(Class<T> type) {
        try {
            T p = Payloads.gson().fromJson(entry.payload(), type);
            if (p == null) throw EntryRefused.invalid("payload", "is missing");
            return p;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw EntryRefused.rejected(RejectCodes.INVALID_PAYLOAD, "The payload is not a valid " + type.getSimpleName()
                    + ": " + e.getMessage());
        }
    }

    /** The entity id: the entry's, which the payload's (if any) must match. */
    public String entityId(String payloadId) {
        String id = entry.entityId() != null && !entry.entityId().isBlank() ? entry.entityId() : payloadId;
        if (id == null || id.isBlank()) throw EntryRefused.invalid("entityId", "is missing");
        if (payloadId != null && !payloadId.isBlank() && !payloadId.equals(id)) {
            throw EntryRefused.invalid("payload.id", "does not match the entry's entityId " + id);
        }
        if (id.length() > 36) throw EntryRefused.invalid("entityId", "is longer than 36 characters");
        return id;
    }

    /** The version an edit was made against; required for edits. */
    public long baseVersion() {
        if (entry.baseVersion() == null) throw EntryRefused.invalid("baseVersion", "is required for " + entry.action());
        return entry.baseVersion();
    }
}
