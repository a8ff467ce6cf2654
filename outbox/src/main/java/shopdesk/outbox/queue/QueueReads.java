package shopdesk.outbox.queue;

import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import shopdesk.dal.db.JdbcRows;
import shopdesk.dal.db.JdbcStatement;

/** Reading queue entries with their delivery state: by seqs (a claimed batch, prepared once per size) or by stream/action. */
final class QueueReads {
    private QueueReads() {
    }

    /** The entries with these seqs, in queue order. */
    static List<QueuedEntry> load(DSLContext tx, Collection<Long> seqs) {
        if (seqs.isEmpty()) return List.of();
        List<org.jooq.Param<Long>> marks = seqMarks(seqs.size());
        JdbcStatement bySeqs = LOAD.computeIfAbsent(seqs.size(), n -> JdbcStatement.of(t -> entriesWhere(t, SYNC_QUEUE.SEQ.in(marks))));
        return bySeqs.fetch(tx, QueueReads::entry, v -> {
            int i = 0;
            for (Long seq : seqs) v.set(marks.get(i++), seq);
        });
    }

    /** The placeholders of an IN list of {@code n} seqs: seq0, seq1, ... */
    private static List<org.jooq.Param<Long>> seqMarks(int n) {
        List<org.jooq.Param<Long>> marks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) marks.add(JdbcStatement.param("seq" + i, SYNC_QUEUE.SEQ));
        return marks;
    }

    /**
     * {@link #load}'s statements by number of seqs (at most a batch's size, so a few dozen): a claim loads its batch
     * with a prepared statement instead of rendering a 50-seq IN list and building 50 jOOQ records.
     */
    private static final Map<Integer, JdbcStatement> LOAD = new java.util.concurrent.ConcurrentHashMap<>();

    /** The columns {@link #entry} reads, in its order. */
    private static final List<org.jooq.SelectField<?>> ENTRY_COLUMNS = List.of(SYNC_QUEUE.SEQ, SYNC_QUEUE.REQUEST_ID,
            SYNC_QUEUE.STREAM_KEY, SYNC_QUEUE.STREAM_SEQ, SYNC_QUEUE.ENTITY_TYPE, SYNC_QUEUE.ENTITY_ID, SYNC_QUEUE.ACTION,
            SYNC_QUEUE.PAYLOAD, SYNC_QUEUE.PAYLOAD_VERSION, SYNC_QUEUE.BASE_VERSION, SYNC_QUEUE.DEPENDS_ON,
            SYNC_QUEUE.USER_ID, SYNC_QUEUE.CREATED_AT, SYNC_DELIVERY.STATE, SYNC_DELIVERY.ATTEMPTS,
            SYNC_DELIVERY.FAILURES, SYNC_DELIVERY.NEXT_ATTEMPT_AT, SYNC_DELIVERY.LEASE_UNTIL, SYNC_DELIVERY.LAST_ERROR,
            SYNC_DELIVERY.LAST_HTTP_STATUS, SYNC_DELIVERY.SERVER_STATE, SYNC_DELIVERY.SUPERSEDED_BY,
            SYNC_DELIVERY.UPDATED_AT);

    private static QueuedEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new QueuedEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), JdbcRows.nullableLong(rs, 10),
                splitDeps(rs.getString(11)), rs.getString(12), rs.getLong(13), DeliveryState.valueOf(rs.getString(14)),
                rs.getInt(15), rs.getInt(16), rs.getLong(17), JdbcRows.nullableLong(rs, 18), rs.getString(19),
                JdbcRows.nullableInt(rs, 20), rs.getString(21), JdbcRows.nullableLong(rs, 22), rs.getLong(23));
    }

    /** The entries matching {@code where}, in queue order, with the columns {@link #entry} reads. */
    private static org.jooq.ResultQuery<?> entriesWhere(DSLContext tx, Condition where) {
        return tx.select(ENTRY_COLUMNS).from(SYNC_QUEUE).join(SYNC_DELIVERY).on(SYNC_DELIVERY.SEQ.eq(SYNC_QUEUE.SEQ))
                .where(where).orderBy(SYNC_QUEUE.SEQ);
    }

    static QueuedEntry find(DSLContext tx, long seq) {
        List<QueuedEntry> l = select(tx, SYNC_QUEUE.SEQ.eq(seq));
        return l.isEmpty() ? null : l.get(0);
    }

    /** Open (undelivered or parked) entries of one stream, oldest first. */
    static List<QueuedEntry> openEntriesOfStream(DSLContext tx, String streamKey) {
        return select(tx, SYNC_QUEUE.STREAM_KEY.eq(streamKey)
                .and(SYNC_DELIVERY.STATE.in(DeliveryState.names(DeliveryState.OPEN))));
    }

    /** Open entries of the given actions, oldest first (pull uses them to subtract undelivered stock moves). */
    static List<QueuedEntry> openEntriesOfActions(DSLContext tx, Collection<String> actions) {
        return select(tx, SYNC_QUEUE.ACTION.in(actions)
                .and(SYNC_DELIVERY.STATE.in(DeliveryState.names(DeliveryState.OPEN))));
    }

    private static List<QueuedEntry> select(DSLContext tx, Condition where) {
        try (java.sql.ResultSet rs = entriesWhere(tx, where).fetchResultSet()) {
            List<QueuedEntry> out = new ArrayList<>();
            while (rs.next()) out.add(entry(rs));
            return out;
        } catch (java.sql.SQLException e) {
            throw new org.jooq.exception.DataAccessException("Reading sync queue entries: " + e.getMessage(), e);
        }
    }

    static List<String> splitDeps(String raw) {
        if (raw == null || raw.isBlank()) return List.of();
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
