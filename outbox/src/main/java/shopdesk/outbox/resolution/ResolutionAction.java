package shopdesk.outbox.resolution;

/** What a person decided about a parked or waiting entry; stored in sync_resolution.action and the audit log. */
public enum ResolutionAction {
    RETRY_NOW, DISCARD, FORCE_PUSH, TAKE_THEIRS, VOID_BILL_AND_RESTORE, REDUCE_QUANTITIES, OVERRIDE_STOCK,
    REDUCE_RETURN
}
