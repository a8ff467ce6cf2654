package shopdesk.outbox.queue;

import static shopdesk.db.Tables.SYNC_ATTEMPT;
import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Ids;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.JdbcInsert;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.db.tables.records.SyncDeliveryRecord;

/**
 * The SyncQueue on the till's database: immutable entries in sync_queue, their changing delivery state in
 * sync_delivery, every send in sync_attempt. Methods taking a DSLContext run inside the caller's transaction.
 */
public final class SyncQueueStore {
    private static final int ERROR_MAX = 1900;
    private final Database db;

    public SyncQueueStore(Database db) {
        this.db = db;
    }

    /** The entry's insert, answering its seq (SQLite has RETURNING since 3.35; jOOQ would emulate it with a second select). */
    private static final JdbcStatement APPEND = JdbcStatement.of(tx -> {
        List<org.jooq.Field<?>> columns = List.of(SYNC_QUEUE.REQUEST_ID, SYNC_QUEUE.STREAM_KEY, SYNC_QUEUE.STREAM_SEQ,
                SYNC_QUEUE.ENTITY_TYPE, SYNC_QUEUE.ENTITY_ID, SYNC_QUEUE.ACTION, SYNC_QUEUE.PAYLOAD,
                SYNC_QUEUE.PAYLOAD_VERSION, SYNC_QUEUE.BASE_VERSION, SYNC_QUEUE.DEPENDS_ON, SYNC_QUEUE.USER_ID,
                SYNC_QUEUE.CREATED_AT);
        var insert = tx.insertInto(SYNC_QUEUE, columns).values(columns.stream().<Object>map(JdbcStatement::param).toList());
        return tx.dialect().family() == SQLDialect.SQLITE
                ? tx.resultQuery("{0} returning {1}", insert, DSL.name(SYNC_QUEUE.SEQ.getName()))
                : insert.returningResult(SYNC_QUEUE.SEQ);
    });
    private static final JdbcInsert<SyncDeliveryRecord> DELIVERY = JdbcStatement.insert(SYNC_DELIVERY, SYNC_DELIVERY.SEQ,
            SYNC_DELIVERY.STATE, SYNC_DELIVERY.ATTEMPTS, SYNC_DELIVERY.FAILURES, SYNC_DELIVERY.NEXT_ATTEMPT_AT,
            SYNC_DELIVERY.UPDATED_AT);

    /** markDone's per-entry update, run as one JDBC batch over a batch's entries ({@link JdbcStatement}). */
    private static final JdbcStatement MARK_DONE = JdbcStatement.of(tx -> tx.update(SYNC_DELIVERY)
            .set(SYNC_DELIVERY.STATE, p(SYNC_DELIVERY.STATE)).set(SYNC_DELIVERY.LEASE_UNTIL, p(SYNC_DELIVERY.LEASE_UNTIL))
            .set(SYNC_DELIVERY.LAST_HTTP_STATUS, p(SYNC_DELIVERY.LAST_HTTP_STATUS)).set(SYNC_DELIVERY.LAST_ERROR, p(SYNC_DELIVERY.LAST_ERROR))
            .set(SYNC_DELIVERY.UPDATED_AT, p(SYNC_DELIVERY.UPDATED_AT)).where(SYNC_DELIVERY.SEQ.eq(p(SYNC_DELIVERY.SEQ))));

    /** Appends an entry (PENDING, due now) as the next of its stream, inside the caller's transaction. */
    public long append(DSLContext tx, Change change, long now) {
        // A new bill opens its stream (its id is new), so it is the stream's first entry; the unique
        // (stream_key, stream_seq) index would refuse the commit if that ever stopped being true.
        long streamSeq = change.opensStream() ? 1 : tx.select(DSL.coalesce(DSL.max(SYNC_QUEUE.STREAM_SEQ), 0L))
                .from(SYNC_QUEUE).where(SYNC_QUEUE.STREAM_KEY.eq(change.streamKey()))
                .fetchOne(0, Long.class) + 1;
        String deps = change.dependsOn() == null || change.dependsOn().isEmpty() ? null
                : String.join(",", change.dependsOn());
        long seq = APPEND.fetchLong(tx, v -> v.set(SYNC_QUEUE.REQUEST_ID, Ids.newId()).set(SYNC_QUEUE.STREAM_KEY, change.streamKey())
                .set(SYNC_QUEUE.STREAM_SEQ, streamSeq).set(SYNC_QUEUE.ENTITY_TYPE, change.entityType())
                .set(SYNC_QUEUE.ENTITY_ID, change.entityId()).set(SYNC_QUEUE.ACTION, change.action())
                .set(SYNC_QUEUE.PAYLOAD, change.payloadJson()).set(SYNC_QUEUE.PAYLOAD_VERSION, change.payloadVersion())
                .set(SYNC_QUEUE.BASE_VERSION, change.baseVersion()).set(SYNC_QUEUE.DEPENDS_ON, deps)
                .set(SYNC_QUEUE.USER_ID, change.userId()).set(SYNC_QUEUE.CREATED_AT, now));
        DELIVERY.execute(tx, new SyncDeliveryRecord().setSeq(seq).setState(DeliveryState.PENDING.name()).setAttempts(0)
                .setFailures(0).setNextAttemptAt(now).setUpdatedAt(now));
        return seq;
    }

    /**
     * Claims up to {@code limit} due entries (heads of unblocked streams) by setting them IN_FLIGHT with a
     * lease, in one transaction, and returns them in queue order.
     */
    public List<QueuedEntry> claim(long now, int limit, long leaseMs, Set<Long> exclude, boolean ignoreBackoff) {
        return Tx.call(db, tx -> QueueClaims.claim(tx, now, limit, leaseMs, exclude, ignoreBackoff));
    }

    /** When the worker should look again: the earliest time an unblocked, waiting entry becomes due. */
    public Long nextDueAt(long now) {
        return Tx.call(db, tx -> QueueClaims.nextDueAt(tx, now));
    }

    /** The entries with these seqs, in queue order. */
    public List<QueuedEntry> load(DSLContext tx, Collection<Long> seqs) {
        return QueueReads.load(tx, seqs);
    }

    public QueuedEntry find(DSLContext tx, long seq) {
        return QueueReads.find(tx, seq);
    }

    /** Open (undelivered or parked) entries of one stream, oldest first. */
    public List<QueuedEntry> openEntriesOfStream(DSLContext tx, String streamKey) {
        return QueueReads.openEntriesOfStream(tx, streamKey);
    }

    /** Open entries of the given actions, oldest first (pull uses them to subtract undelivered stock moves). */
    public List<QueuedEntry> openEntriesOfActions(DSLContext tx, Collection<String> actions) {
        return QueueReads.openEntriesOfActions(tx, actions);
    }

    private static <T> org.jooq.Param<T> p(org.jooq.Field<T> column) {
        return JdbcStatement.param(column);
    }

    // ---- delivery transitions (inside the caller's transaction) ----

    public void markDone(DSLContext tx, long seq, Integer httpStatus, long now) {
        markDone(tx, List.of(seq), httpStatus, now);
    }

    /** {@link #markDone} for several entries with the same HTTP status, as one JDBC batch. */
    public void markDone(DSLContext tx, Collection<Long> seqs, Integer httpStatus, long now) {
        MARK_DONE.executeBatch(tx, seqs, (v, seq) -> v.set(SYNC_DELIVERY.STATE, DeliveryState.DONE.name())
                .set(SYNC_DELIVERY.LEASE_UNTIL, null).set(SYNC_DELIVERY.LAST_HTTP_STATUS, httpStatus)
                .set(SYNC_DELIVERY.LAST_ERROR, null).set(SYNC_DELIVERY.UPDATED_AT, now).set(SYNC_DELIVERY.SEQ, seq));
    }

    public void markRetry(DSLContext tx, long seq, int failures, long nextAttemptAt, String error, Integer httpStatus,
                          long now) {
        tx.update(SYNC_DELIVERY)
                .set(SYNC_DELIVERY.STATE, DeliveryState.RETRY_WAIT.name())
                .set(SYNC_DELIVERY.FAILURES, failures)
                .set(SYNC_DELIVERY.NEXT_ATTEMPT_AT, nextAttemptAt)
                .setNull(SYNC_DELIVERY.LEASE_UNTIL)
                .set(SYNC_DELIVERY.LAST_ERROR, clip(error))
                .set(SYNC_DELIVERY.LAST_HTTP_STATUS, httpStatus)
                .set(SYNC_DELIVERY.UPDATED_AT, now)
                .where(SYNC_DELIVERY.SEQ.eq(seq)).execute();
    }

    /** Parks the entry: CONFLICT (with the server's state) or FAILED (with the server's message). */
    public void park(DSLContext tx, long seq, DeliveryState state, String error, Integer httpStatus, String serverState,
                     Integer failures, long now) {
        var u = tx.update(SYNC_DELIVERY)
                .set(SYNC_DELIVERY.STATE, state.name())
                .setNull(SYNC_DELIVERY.LEASE_UNTIL)
                .set(SYNC_DELIVERY.LAST_ERROR, clip(error))
                .set(SYNC_DELIVERY.LAST_HTTP_STATUS, httpStatus)
                .set(SYNC_DELIVERY.SERVER_STATE, serverState)
                .set(SYNC_DELIVERY.UPDATED_AT, now);
        if (failures != null) u = u.set(SYNC_DELIVERY.FAILURES, failures);
        u.where(SYNC_DELIVERY.SEQ.eq(seq)).execute();
    }

    /** Gives a claimed entry back untouched (it was never sent: no connection, paused). */
    public void release(DSLContext tx, Collection<Long> seqs, long now) {
        if (seqs.isEmpty()) return;
        tx.update(SYNC_DELIVERY)
                .set(SYNC_DELIVERY.STATE, DSL.when(SYNC_DELIVERY.FAILURES.gt(0), DeliveryState.RETRY_WAIT.name())
                        .otherwise(DeliveryState.PENDING.name()))
                .set(SYNC_DELIVERY.ATTEMPTS, DSL.greatest(SYNC_DELIVERY.ATTEMPTS.minus(1), DSL.inline(0)))
                .setNull(SYNC_DELIVERY.LEASE_UNTIL)
                .set(SYNC_DELIVERY.UPDATED_AT, now)
                .where(SYNC_DELIVERY.SEQ.in(seqs)).and(SYNC_DELIVERY.STATE.eq(DeliveryState.IN_FLIGHT.name()))
                .execute();
    }

    /** A person's decision: the entry is due again now, with its failure count reset. */
    public void makeDueNow(DSLContext tx, long seq, long now) {
        tx.update(SYNC_DELIVERY)
                .set(SYNC_DELIVERY.STATE, DeliveryState.PENDING.name())
                .set(SYNC_DELIVERY.FAILURES, 0)
                .set(SYNC_DELIVERY.NEXT_ATTEMPT_AT, now)
                .setNull(SYNC_DELIVERY.LEASE_UNTIL)
                .set(SYNC_DELIVERY.UPDATED_AT, now)
                .where(SYNC_DELIVERY.SEQ.eq(seq)).execute();
    }

    public void close(DSLContext tx, long seq, DeliveryState state, Long supersededBy, long now) {
        tx.update(SYNC_DELIVERY)
                .set(SYNC_DELIVERY.STATE, state.name())
                .setNull(SYNC_DELIVERY.LEASE_UNTIL)
                .set(SYNC_DELIVERY.SUPERSEDED_BY, supersededBy)
                .set(SYNC_DELIVERY.UPDATED_AT, now)
                .where(SYNC_DELIVERY.SEQ.eq(seq)).execute();
    }

    /** Records a pulled server state on a still-open entry (shown by the dialog). */
    public void attachServerState(DSLContext tx, long seq, String serverState, long now) {
        tx.update(SYNC_DELIVERY).set(SYNC_DELIVERY.SERVER_STATE, serverState).set(SYNC_DELIVERY.UPDATED_AT, now)
                .where(SYNC_DELIVERY.SEQ.eq(seq)).execute();
    }

    public void logAttempt(DSLContext tx, long seq, long at, AttemptOutcome outcome, Integer httpStatus, String error) {
        AttemptLog.log(tx, seq, at, outcome, httpStatus, error);
    }

    /** {@link #logAttempt} of the same outcome and status (no error) for several entries, as one JDBC batch. */
    public void logAttempts(DSLContext tx, Collection<Long> seqs, long at, AttemptOutcome outcome, Integer httpStatus) {
        AttemptLog.log(tx, seqs, at, outcome, httpStatus);
    }

    // ---- health ----

    /** PENDING, IN_FLIGHT and RETRY_WAIT entries: what a drain or a run still has to deliver. */
    public int countUndelivered() {
        return Tx.call(db, tx -> QueueCounts.countIn(tx, DeliveryState.UNDELIVERED));
    }

    /**
     * Deletes DONE entries (and their attempts) last touched before {@code cutoff}. Parked, discarded and
     * superseded entries are kept: they carry human decisions.
     */
    public int purgeDone(long cutoff) {
        return Tx.call(db, tx -> {
            var old = tx.select(SYNC_DELIVERY.SEQ).from(SYNC_DELIVERY)
                    .where(SYNC_DELIVERY.STATE.eq(DeliveryState.DONE.name())).and(SYNC_DELIVERY.UPDATED_AT.lt(cutoff))
                    .fetch(SYNC_DELIVERY.SEQ);
            int n = 0;
            for (int i = 0; i < old.size(); i += 500) {
                List<Long> chunk = new ArrayList<>(old.subList(i, Math.min(old.size(), i + 500)));
                tx.deleteFrom(SYNC_ATTEMPT).where(SYNC_ATTEMPT.SEQ.in(chunk)).execute();
                tx.deleteFrom(SYNC_DELIVERY).where(SYNC_DELIVERY.SEQ.in(chunk)).execute();
                n += tx.deleteFrom(SYNC_QUEUE).where(SYNC_QUEUE.SEQ.in(chunk)).execute();
            }
            return n;
        });
    }

    static String clip(String s) {
        return s == null || s.length() <= ERROR_MAX ? s : s.substring(0, ERROR_MAX) + "…";
    }
}
