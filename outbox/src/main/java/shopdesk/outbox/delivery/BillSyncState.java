package shopdesk.outbox.delivery;

/** Values of bill.sync_state the outbox writes: the bill list shows them. */
public final class BillSyncState {
    public static final String PENDING = "PENDING";
    public static final String SYNCED = "SYNCED";
    public static final String CONFLICT = "CONFLICT";
    public static final String FAILED = "FAILED";
    /** A supervisor voided the bill before it ever reached the cloud; it never will. */
    public static final String LOCAL_ONLY = "LOCAL_ONLY";

    private BillSyncState() {
    }
}
