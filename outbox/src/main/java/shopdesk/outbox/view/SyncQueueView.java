package shopdesk.outbox.view;

import static shopdesk.db.Tables.SYNC_ATTEMPT;
import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;
import static shopdesk.db.Tables.SYNC_RESOLUTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.db.Database;
import shopdesk.outbox.queue.AttemptOutcome;
import shopdesk.outbox.queue.BaseSnapshots;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.outbox.queue.Tx;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.Json;

/** Read-only queries over the SyncQueue for the sync screen and the resolution dialog. */
public final class SyncQueueView {
    private final Database db;
    private final SyncQueueStore store;

    public SyncQueueView(Database db, SyncQueueStore store) {
        this.db = db;
        this.store = store;
    }

    /** Entries matching the query, newest first. */
    public Page<EntrySummary> entries(EntryQuery q, PageRequest page) {
        Condition where = DSL.trueCondition();
        if (!q.states().isEmpty()) where = where.and(SYNC_DELIVERY.STATE.in(DeliveryState.names(q.states())));
        if (q.entityType() != null) where = where.and(SYNC_QUEUE.ENTITY_TYPE.eq(q.entityType()));
        if (q.text() != null && !q.text().isBlank()) {
            String t = q.text().trim();
            where = where.and(SYNC_QUEUE.STREAM_KEY.containsIgnoreCase(t).or(SYNC_QUEUE.ACTION.containsIgnoreCase(t)));
        }
        Condition w = where;
        List<EntrySummary> rows = Tx.call(db, tx -> tx.select().from(SYNC_QUEUE).join(SYNC_DELIVERY)
                .on(SYNC_DELIVERY.SEQ.eq(SYNC_QUEUE.SEQ)).where(w).orderBy(SYNC_QUEUE.SEQ.desc())
                .limit(page.limit() + 1).offset(page.offset()).fetch(SyncQueueView::summary));
        return Page.of(rows, page);
    }

    public Optional<EntryDetail> entry(long seq) {
        return Tx.call(db, tx -> {
            QueuedEntry e = store.find(tx, seq);
            if (e == null) return Optional.<EntryDetail>empty();
            List<AttemptRecord> attempts = tx.selectFrom(SYNC_ATTEMPT).where(SYNC_ATTEMPT.SEQ.eq(seq)).orderBy(SYNC_ATTEMPT.ID)
                    .fetch(r -> new AttemptRecord(r.getAt(), AttemptOutcome.fromCode(r.getOutcome()), r.getHttpStatus(), r.getError()));
            List<ResolutionRecord> res = tx.selectFrom(SYNC_RESOLUTION).where(SYNC_RESOLUTION.SEQ.eq(seq))
                    .orderBy(SYNC_RESOLUTION.ID).fetch(SyncQueueView::resolution);
            List<Long> blockedBy = new ArrayList<>();
            if (e.state().isOpen()) {
                List<String> streams = new ArrayList<>(e.dependsOn());
                streams.add(e.streamKey());
                blockedBy = tx.select(SYNC_QUEUE.SEQ).from(SYNC_QUEUE).join(SYNC_DELIVERY).on(SYNC_DELIVERY.SEQ.eq(SYNC_QUEUE.SEQ))
                        .where(SYNC_QUEUE.SEQ.lt(seq)).and(SYNC_QUEUE.STREAM_KEY.in(streams))
                        .and(SYNC_DELIVERY.STATE.in(DeliveryState.names(DeliveryState.OPEN)))
                        .orderBy(SYNC_QUEUE.SEQ).fetch(SYNC_QUEUE.SEQ);
            }
            return Optional.of(new EntryDetail(summary(e), e.payload(), e.payloadVersion(), e.baseVersion(), e.dependsOn(),
                    e.serverState(), conflict(e.serverState()), e.supersededBy(), attempts, res, blockedBy,
                    LocalState.json(tx, e.entityType(), e.entityId()), BaseSnapshots.of(tx, e.streamKey())));
        });
    }

    /** The audit trail of every resolution, newest first. */
    public Page<ResolutionRecord> resolutions(PageRequest page) {
        List<ResolutionRecord> rows = Tx.call(db, tx -> tx.selectFrom(SYNC_RESOLUTION).orderBy(SYNC_RESOLUTION.ID.desc())
                .limit(page.limit() + 1).offset(page.offset()).fetch(SyncQueueView::resolution));
        return Page.of(rows, page);
    }

    /** The stored server answer read as a Conflict, or null when it is not one. */
    public static Conflict conflict(String serverState) {
        if (serverState == null) return null;
        try {
            Conflict c = Json.gson().fromJson(serverState, Conflict.class);
            return c == null || c.kind() == null ? null : c;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ResolutionRecord resolution(shopdesk.db.tables.records.SyncResolutionRecord r) {
        return new ResolutionRecord(r.getId(), r.getSeq(), r.getAt(), r.getUserId(), r.getAction(), r.getReason(), r.getNewSeq());
    }

    private static EntrySummary summary(Record r) {
        return new EntrySummary(r.get(SYNC_QUEUE.SEQ), r.get(SYNC_QUEUE.REQUEST_ID), r.get(SYNC_QUEUE.STREAM_KEY),
                r.get(SYNC_QUEUE.STREAM_SEQ), r.get(SYNC_QUEUE.ENTITY_TYPE), r.get(SYNC_QUEUE.ENTITY_ID), r.get(SYNC_QUEUE.ACTION),
                DeliveryState.valueOf(r.get(SYNC_DELIVERY.STATE)), r.get(SYNC_DELIVERY.ATTEMPTS), r.get(SYNC_DELIVERY.FAILURES),
                r.get(SYNC_DELIVERY.NEXT_ATTEMPT_AT), r.get(SYNC_DELIVERY.LAST_ERROR), r.get(SYNC_DELIVERY.LAST_HTTP_STATUS),
                r.get(SYNC_QUEUE.USER_ID), r.get(SYNC_QUEUE.CREATED_AT), r.get(SYNC_DELIVERY.UPDATED_AT));
    }

    static EntrySummary summary(QueuedEntry e) {
        return new EntrySummary(e.seq(), e.requestId(), e.streamKey(), e.streamSeq(), e.entityType(), e.entityId(), e.action(),
                e.state(), e.attempts(), e.failures(), e.nextAttemptAt(), e.lastError(), e.lastHttpStatus(), e.userId(),
                e.createdAt(), e.updatedAt());
    }
}
