package shopdesk.outbox.queue;

import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The open entries in queue order, read lazily: one cursor per open state, each walking the
 * (state, seq) index in order, merged by seq. A single {@code state in (...) order by seq} query has to
 * sort every open entry before returning the first (SQLite cannot merge the ranges of an IN list), so a
 * claim of 50 from a queue of 60,000 sorted 60,000 rows; this reads about as many rows as the caller takes.
 */
final class OpenRowsBySeq implements Iterator<StreamGate.Row>, AutoCloseable {
    private record Head(StreamGate.Row row, Cursor<? extends Record> cursor) {
    }

    private final List<Cursor<? extends Record>> cursors = new ArrayList<>();
    private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparingLong(h -> h.row().seq()));

    OpenRowsBySeq(DSLContext tx) {
        try {
            for (DeliveryState state : DeliveryState.OPEN) {
                Cursor<? extends Record> c = tx.select(SYNC_QUEUE.SEQ, SYNC_QUEUE.STREAM_KEY, SYNC_QUEUE.DEPENDS_ON,
                                SYNC_DELIVERY.NEXT_ATTEMPT_AT, SYNC_DELIVERY.LEASE_UNTIL)
                        .from(SYNC_DELIVERY).join(SYNC_QUEUE).on(SYNC_QUEUE.SEQ.eq(SYNC_DELIVERY.SEQ))
                        .where(SYNC_DELIVERY.STATE.eq(state.name()))
                        .orderBy(SYNC_DELIVERY.SEQ)
                        .fetchSize(256) // PostgreSQL streams instead of loading every row (needs a transaction)
                        .fetchLazy();
                cursors.add(c);
                advance(c, state);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void advance(Cursor<? extends Record> c, DeliveryState state) {
        Record r = c.fetchNext();
        if (r == null) return;
        heads.add(new Head(new StreamGate.Row(r.get(SYNC_QUEUE.SEQ), r.get(SYNC_QUEUE.STREAM_KEY),
                SyncQueueStore.splitDeps(r.get(SYNC_QUEUE.DEPENDS_ON)), state, r.get(SYNC_DELIVERY.NEXT_ATTEMPT_AT),
                r.get(SYNC_DELIVERY.LEASE_UNTIL)), c));
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public StreamGate.Row next() {
        Head h = heads.poll();
        if (h == null) throw new NoSuchElementException();
        advance(h.cursor(), h.row().state());
        return h.row();
    }

    @Override
    public void close() {
        for (Cursor<? extends Record> c : cursors) c.close();
    }
}
