package shopdesk.outbox.queue;

import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.db.JdbcRows;
import shopdesk.dal.db.JdbcStatement;

/**
 * The open entries in queue order, read lazily: one cursor per open state, each walking the
 * (state, seq) index in order, merged by seq. A single {@code state in (...) order by seq} query has to
 * sort every open entry before returning the first (SQLite cannot merge the ranges of an IN list), so a
 * claim of 50 from a queue of 60,000 sorted 60,000 rows; this reads about as many rows as the caller takes.
 * Each state's query is a {@link JdbcStatement} with the state written into its SQL (four distinct statements, so
 * SQLite's statement cache keeps all four while they are open together): a claim no longer renders four jOOQ
 * queries and builds a jOOQ record per row, a quarter of the till's CPU in a drain.
 */
final class OpenRowsBySeq implements Iterator<StreamGate.Row>, AutoCloseable {
    private record Head(StreamGate.Row row, JdbcRows cursor) {
    }

    private static final Map<DeliveryState, JdbcStatement> BY_STATE = new EnumMap<>(DeliveryState.class);

    static {
        for (DeliveryState state : DeliveryState.OPEN) {
            BY_STATE.put(state, JdbcStatement.of(tx -> tx.select(SYNC_QUEUE.SEQ, SYNC_QUEUE.STREAM_KEY,
                            SYNC_QUEUE.DEPENDS_ON, SYNC_DELIVERY.NEXT_ATTEMPT_AT, SYNC_DELIVERY.LEASE_UNTIL)
                    .from(SYNC_DELIVERY).join(SYNC_QUEUE).on(SYNC_QUEUE.SEQ.eq(SYNC_DELIVERY.SEQ))
                    .where(SYNC_DELIVERY.STATE.eq(DSL.inline(state.name())))
                    .orderBy(SYNC_DELIVERY.SEQ)));
        }
    }

    private final List<JdbcRows> cursors = new ArrayList<>();
    private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparingLong(h -> h.row().seq()));

    OpenRowsBySeq(DSLContext tx) {
        try {
            for (DeliveryState state : DeliveryState.OPEN) {
                // PostgreSQL streams 256 rows at a time instead of loading every row (needs a transaction)
                JdbcRows c = BY_STATE.get(state).open(tx, 256, JdbcStatement.NO_VALUES);
                cursors.add(c);
                advance(c, state);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void advance(JdbcRows c, DeliveryState state) {
        StreamGate.Row row = c.next(rs -> new StreamGate.Row(rs.getLong(1), rs.getString(2),
                QueueReads.splitDeps(rs.getString(3)), state, rs.getLong(4), JdbcRows.nullableLong(rs, 5)));
        if (row != null) heads.add(new Head(row, c));
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
        for (JdbcRows c : cursors) c.close();
    }
}
