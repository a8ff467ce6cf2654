package shopdesk.dal.bill;

import static shopdesk.db.Tables.AUDIT_LOG;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.common.Actor;
import shopdesk.protocol.EntityType;

/**
 * The bill's record of other tills' store-credit notes it took unchecked and the supervisor who vouched for them: a
 * {@link AuditAction#BILL_NOTE_UNCHECKED} row of the bill ({@code details}: {@code approvedBy=<id> notes=<a,b>}),
 * written in the bill's transaction, read back for its receipt. No column of its own: the audit row is the record.
 */
public final class VouchedNotes {
    private VouchedNotes() {
    }

    /** The notes taken unchecked and who vouched for them. */
    public record Vouched(List<String> notes, String approvedBy) {
    }

    static void record(DSLContext tx, AuditLog audit, Actor actor, String billId, List<String> notes, String approvedBy) {
        audit.record(tx, actor, AuditAction.BILL_NOTE_UNCHECKED, EntityType.BILL, billId, "store credit "
                + String.join(", ", notes) + " accepted unchecked", "approvedBy=" + approvedBy + " notes=" + String.join(",", notes));
    }

    /** The bill's vouched notes, if it took any. */
    public static Optional<Vouched> of(DSLContext dsl, String billId) {
        String details = dsl.select(AUDIT_LOG.DETAILS).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY_ID.eq(billId))
                .and(AUDIT_LOG.ACTION.eq(AuditAction.BILL_NOTE_UNCHECKED.code())).orderBy(AUDIT_LOG.ID.desc()).limit(1)
                .fetchOne(AUDIT_LOG.DETAILS);
        if (details == null) return Optional.empty();
        String by = null;
        List<String> notes = List.of();
        for (String part : details.split(" ")) {
            if (part.startsWith("approvedBy=")) by = part.substring("approvedBy=".length());
            if (part.startsWith("notes=")) notes = Arrays.stream(part.substring("notes=".length()).split(",")).filter(s -> !s.isEmpty()).toList();
        }
        return by == null || notes.isEmpty() ? Optional.empty() : Optional.of(new Vouched(notes, by));
    }
}
