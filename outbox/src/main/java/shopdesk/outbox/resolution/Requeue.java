package shopdesk.outbox.resolution;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.jooq.DSLContext;
import shopdesk.dal.auth.ApprovalSigner;
import shopdesk.dal.change.Change;
import shopdesk.dal.error.ErrorText;
import shopdesk.outbox.migration.PayloadMigrations;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;

/**
 * Sends the open entries of some streams again after everything queued so far: a copy of each (re-pointed by
 * {@code edit} where needed) is appended in the original order and supersedes it. Entries stay immutable, and the
 * copies come after a product create a resolution appended, which the stream gate then sends first.
 */
final class Requeue {
    private Requeue() {
    }

    /**
     * {@code edit} gets an entry and its current payload and returns the change to append in its place; entries at or
     * after {@code fromSeq} (the resolution's own new entry) stay as they are.
     */
    static List<Long> streams(DSLContext tx, SyncQueueStore store, PayloadMigrations migrations, ApprovalSigner signer,
                              Collection<String> streamKeys, long fromSeq, BiFunction<QueuedEntry, JsonObject, Change> edit,
                              long now) {
        List<QueuedEntry> open = new ArrayList<>();
        for (String key : streamKeys) {
            for (QueuedEntry e : store.openEntriesOfStream(tx, key)) if (e.seq() < fromSeq) open.add(e);
        }
        open.sort(Comparator.comparingLong(QueuedEntry::seq));
        List<Long> replaced = new ArrayList<>();
        for (QueuedEntry e : open) {
            if (e.state() == DeliveryState.IN_FLIGHT) {
                throw new shopdesk.dal.error.InvalidStateException("state", ErrorText.ENTRY_SENDING, e.seq());
            }
            Change c = edit.apply(e, migrations.upgrade(e.action(), e.payloadVersion(), e.payload()));
            long newSeq = store.append(tx, signer.sign(c, now), now);
            store.close(tx, e.seq(), DeliveryState.SUPERSEDED, newSeq, now);
            replaced.add(e.seq());
        }
        return replaced;
    }

    /** The same change as the entry's, with this payload (re-pointed or not). */
    static Change same(QueuedEntry e, JsonObject payload, int payloadVersion) {
        return new Change(e.streamKey(), e.entityType(), e.entityId(), e.action(), payload.toString(), payloadVersion,
                e.baseVersion(), e.userId(), e.dependsOn());
    }
}
