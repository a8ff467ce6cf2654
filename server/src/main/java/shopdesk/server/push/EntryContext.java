package shopdesk.server.push;

import com.google.gson.JsonParseException;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.Payloads;
import shopdesk.server.auth.Principal;
import shopdesk.server.feed.FeedRows;

/**
 * One pushed entry being applied: who pushed it, the entry, the server's time for this transaction, and the
 * {@link PushBatch} of the transaction it is applied in (its feed rows, pending rows and claimed bill numbers).
 */
public record EntryContext(Principal caller, PushEntry entry, long now, PushBatch batch) {

    /** The shop's next legal bill number, claimed in this entry's transaction (gapless: a rollback gives it back). */
    public long nextBillNumber() {
        return batch.nextBillNumber();
    }

    /** Where the entry's feed rows go; they are written when its transaction is about to commit. */
    public FeedRows feed() {
        return batch.feed();
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
