package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.PRODUCT;

import org.jooq.DSLContext;
import shopdesk.outbox.pull.EntityRefresh;
import shopdesk.outbox.pull.FeedApplier;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.view.SyncQueueView;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntityType;

/** The local rows of products and customers as resolutions leave them: back to the server's, or a new version. */
final class EditableEntities {
    private EditableEntities() {
    }

    /** A product or customer entry: an entity both sides edit, with versions. */
    static boolean isEditable(QueuedEntry e) {
        return EntityType.PRODUCT.equals(e.entityType()) || EntityType.CUSTOMER.equals(e.entityType());
    }

    /**
     * A product or customer whose unsent edits were all discarded goes back to the server's record: the one its
     * version conflict carries, else fetched on the next pull ({@link EntityRefresh}).
     */
    static void backToServerState(DSLContext tx, FeedApplier feed, QueuedEntry e, long now) {
        Conflict c = SyncQueueView.conflict(e.serverState());
        if (c != null && c.kind() == Conflict.Kind.VERSION && c.serverState() != null && c.serverVersion() != null) {
            feed.upsert(tx, e.entityType(), c.serverState(), c.serverVersion(), now);
        } else if (!e.action().startsWith("CREATE_")) {
            EntityRefresh.request(tx, e.entityType(), e.entityId());
        }
    }

    /** The local product's or customer's version (after a force push, the one the cloud will give it). */
    static void setVersion(DSLContext tx, QueuedEntry e, long version) {
        if (EntityType.PRODUCT.equals(e.entityType())) {
            tx.update(PRODUCT).set(PRODUCT.VERSION, version).where(PRODUCT.ID.eq(e.entityId())).execute();
        } else if (EntityType.CUSTOMER.equals(e.entityType())) {
            tx.update(CUSTOMER).set(CUSTOMER.VERSION, version).where(CUSTOMER.ID.eq(e.entityId())).execute();
        }
    }
}
