package shopdesk.outbox.resolution;

import shopdesk.dal.audit.AuditAction;

/** What a person decided about a parked or waiting entry; stored in sync_resolution.action and the audit log. */
public enum ResolutionAction {
    RETRY_NOW(AuditAction.SYNC_RETRY_NOW),
    DISCARD(AuditAction.SYNC_DISCARD),
    FORCE_PUSH(AuditAction.SYNC_FORCE_PUSH),
    TAKE_THEIRS(AuditAction.SYNC_TAKE_THEIRS),
    VOID_BILL_AND_RESTORE(AuditAction.SYNC_VOID_BILL_AND_RESTORE),
    REDUCE_QUANTITIES(AuditAction.SYNC_REDUCE_QUANTITIES),
    OVERRIDE_STOCK(AuditAction.SYNC_OVERRIDE_STOCK),
    LINK_PRODUCT(AuditAction.SYNC_LINK_PRODUCT),
    RENAME_AND_RESEND(AuditAction.SYNC_RENAME_AND_RESEND),
    REDUCE_RETURN(AuditAction.SYNC_REDUCE_RETURN),
    /** A refused bill's lines re-pointed from a product the server does not have to its product with that SKU. */
    RELINK_BILL_PRODUCT(AuditAction.SYNC_LINK_PRODUCT);

    private final AuditAction audit;

    ResolutionAction(AuditAction audit) {
        this.audit = audit;
    }

    /** How the decision is named in the shop's audit log. */
    public AuditAction audit() {
        return audit;
    }
}
