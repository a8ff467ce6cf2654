package shopdesk.outbox.queue;

import static shopdesk.db.Tables.SYNC_DELIVERY;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import shopdesk.dal.db.JdbcStatement;

/**
 * Claiming due entries for a send: the heads of unblocked streams ({@link StreamGate}) are leased IN_FLIGHT in
 * one transaction, the per-entry update run as one JDBC batch ({@link JdbcStatement}).
 */
final class QueueClaims {
    private static final JdbcStatement TAKE_LEASE = JdbcStatement.of(tx -> tx.update(SYNC_DELIVERY)
            .set(SYNC_DELIVERY.STATE, p(SYNC_DELIVERY.STATE)).set(SYNC_DELIVERY.LEASE_UNTIL, p(SYNC_DELIVERY.LEASE_UNTIL))
            .set(SYNC_DELIVERY.ATTEMPTS, SYNC_DELIVERY.ATTEMPTS.plus(p(SYNC_DELIVERY.ATTEMPTS)))
            .set(SYNC_DELIVERY.UPDATED_AT, p(SYNC_DELIVERY.UPDATED_AT)).where(SYNC_DELIVERY.SEQ.eq(p(SYNC_DELIVERY.SEQ))));

    private QueueClaims() {
    }

    /** Leases up to {@code limit} due entries and returns them in queue order, inside the caller's transaction. */
    static List<QueuedEntry> claim(DSLContext tx, long now, int limit, long leaseMs, Set<Long> exclude, boolean ignoreBackoff) {
        StreamGate.Decision d = decide(tx, now, limit, exclude, ignoreBackoff);
        if (d.due().isEmpty()) return List.of();
        TAKE_LEASE.executeBatch(tx, d.due(), (v, seq) -> v.set(SYNC_DELIVERY.STATE, DeliveryState.IN_FLIGHT.name())
                .set(SYNC_DELIVERY.LEASE_UNTIL, now + leaseMs).set(SYNC_DELIVERY.ATTEMPTS, 1)
                .set(SYNC_DELIVERY.UPDATED_AT, now).set(SYNC_DELIVERY.SEQ, seq));
        return QueueReads.load(tx, d.due());
    }

    /** The earliest time an unblocked, waiting entry becomes due, or null. */
    static Long nextDueAt(DSLContext tx, long now) {
        return decide(tx, now, Integer.MAX_VALUE, Set.of(), false).nextDueAt();
    }

    private static StreamGate.Decision decide(DSLContext tx, long now, int limit, Set<Long> exclude, boolean ignoreBackoff) {
        try (OpenRowsBySeq rows = new OpenRowsBySeq(tx)) {
            return StreamGate.decide(rows, now, limit, exclude, ignoreBackoff);
        }
    }

    private static <T> org.jooq.Param<T> p(org.jooq.Field<T> column) {
        return JdbcStatement.param(column);
    }
}
