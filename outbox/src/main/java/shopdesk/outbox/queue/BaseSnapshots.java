package shopdesk.outbox.queue;

import static shopdesk.db.Tables.SYNC_BASE;
import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;

import org.jooq.DSLContext;
import shopdesk.dal.change.Change;
import shopdesk.outbox.view.LocalState;

/**
 * The "base" of a conflict: a product's or customer's record as it was before the first unsent edit of its stream,
 * so the conflict dialog can show what both sides started from and which side changed each field. Written in the
 * edit's own transaction, before the row changes; kept while the stream has open entries.
 */
public final class BaseSnapshots {
    private BaseSnapshots() {
    }

    /** Called before an edit changes the row: snapshots it when no earlier edit of the stream is still unsent. */
    public static void beforeEdit(DSLContext tx, String entityType, String entityId, long now) {
        String stream = Change.streamKey(entityType, entityId);
        boolean open = tx.fetchExists(tx.selectOne().from(SYNC_QUEUE).join(SYNC_DELIVERY).on(SYNC_DELIVERY.SEQ.eq(SYNC_QUEUE.SEQ))
                .where(SYNC_QUEUE.STREAM_KEY.eq(stream)).and(SYNC_DELIVERY.STATE.in(DeliveryState.names(DeliveryState.OPEN))));
        if (open) return; // the base of the run of unsent edits is already kept
        String state = LocalState.json(tx, entityType, entityId);
        tx.deleteFrom(SYNC_BASE).where(SYNC_BASE.STREAM_KEY.eq(stream)).execute();
        if (state == null) return;
        tx.insertInto(SYNC_BASE).set(SYNC_BASE.STREAM_KEY, stream).set(SYNC_BASE.ENTITY_TYPE, entityType)
                .set(SYNC_BASE.ENTITY_ID, entityId).set(SYNC_BASE.STATE, state).set(SYNC_BASE.CAPTURED_AT, now).execute();
    }

    /** The kept base of the entity's stream, or null (created offline, or edited before the till kept bases). */
    public static String of(DSLContext tx, String streamKey) {
        return tx.select(SYNC_BASE.STATE).from(SYNC_BASE).where(SYNC_BASE.STREAM_KEY.eq(streamKey)).fetchOne(SYNC_BASE.STATE);
    }
}
