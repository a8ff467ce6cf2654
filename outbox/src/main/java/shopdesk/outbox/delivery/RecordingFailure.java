package shopdesk.outbox.delivery;

import static shopdesk.db.Tables.BILL;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.EntryResult;

/** Why an outcome could not be written, in words a supervisor can act on (not a driver's message, when we know). */
final class RecordingFailure {
    private static final int MAX_DETAIL = 300;

    private RecordingFailure() {
    }

    static String describe(DSLContext tx, Outcome o, RuntimeException cause) {
        String numberTaken = numberTakenBy(tx, o);
        return numberTaken != null ? numberTaken : rootMessage(cause);
    }

    /** The server gave a bill a legal number another bill on this till already holds (the server lost that bill). */
    private static String numberTakenBy(DSLContext tx, Outcome o) {
        if (!(o instanceof Outcome.Done d)) return null;
        QueuedEntry e = d.entry();
        EntryResult.Applied a = d.applied();
        if (a == null || a.serverNumber() == null || !EntityType.BILL.equals(e.entityType())
                || !ChangeAction.CREATE_BILL.name().equals(e.action())) {
            return null;
        }
        String holder = tx.select(BILL.LOCAL_LABEL).from(BILL)
                .where(BILL.SERVER_NUMBER.eq(a.serverNumber())).and(BILL.ID.ne(e.entityId()))
                .and(BILL.SHOP_ID.in(DSL.select(BILL.SHOP_ID).from(BILL).where(BILL.ID.eq(e.entityId()))))
                .limit(1).fetchOne(BILL.LOCAL_LABEL);
        return holder == null ? null : "bill number " + a.serverNumber() + " is already used by bill " + holder;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        int newline = m.indexOf('\n');
        if (newline > 0) m = m.substring(0, newline);
        return m.length() <= MAX_DETAIL ? m : m.substring(0, MAX_DETAIL) + "…";
    }
}
