package shopdesk.bench.till;

import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.time.Clock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Ids;

/**
 * The SyncQueue write a till does per change, done the way an outbox must (next sequence of the stream, the
 * immutable entry, its PENDING delivery row) for engines where the real outbox is not used (H2, PostgreSQL as a
 * till database) or not yet available.
 */
public final class QueueRowRecorder implements ChangeRecorder {
    private final Clock clock;

    public QueueRowRecorder(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void record(DSLContext tx, Change c) {
        long now = clock.millis();
        long streamSeq = tx.select(DSL.coalesce(DSL.max(SYNC_QUEUE.STREAM_SEQ), 0L)).from(SYNC_QUEUE)
                .where(SYNC_QUEUE.STREAM_KEY.eq(c.streamKey())).fetchOne().value1() + 1;
        Long seq = tx.insertInto(SYNC_QUEUE)
                .set(SYNC_QUEUE.REQUEST_ID, Ids.newId()).set(SYNC_QUEUE.STREAM_KEY, c.streamKey())
                .set(SYNC_QUEUE.STREAM_SEQ, streamSeq).set(SYNC_QUEUE.ENTITY_TYPE, c.entityType())
                .set(SYNC_QUEUE.ENTITY_ID, c.entityId()).set(SYNC_QUEUE.ACTION, c.action())
                .set(SYNC_QUEUE.PAYLOAD, c.payloadJson()).set(SYNC_QUEUE.PAYLOAD_VERSION, c.payloadVersion())
                .set(SYNC_QUEUE.BASE_VERSION, c.baseVersion())
                .set(SYNC_QUEUE.DEPENDS_ON, c.dependsOn().isEmpty() ? null : String.join(",", c.dependsOn()))
                .set(SYNC_QUEUE.USER_ID, c.userId()).set(SYNC_QUEUE.CREATED_AT, now)
                .returningResult(SYNC_QUEUE.SEQ).fetchOne().value1();
        tx.insertInto(SYNC_DELIVERY).set(SYNC_DELIVERY.SEQ, seq).set(SYNC_DELIVERY.STATE, "PENDING")
                .set(SYNC_DELIVERY.ATTEMPTS, 0).set(SYNC_DELIVERY.NEXT_ATTEMPT_AT, now)
                .set(SYNC_DELIVERY.UPDATED_AT, now).execute();
    }
}
