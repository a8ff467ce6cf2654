package shopdesk.protocol;

/** The result for one request id; exactly one of applied / conflict / rejected is set, matching {@code outcome}. */
public record EntryResult(String requestId, Outcome outcome, Applied applied, Conflict conflict, Rejected rejected) {

    public static EntryResult applied(String requestId, Applied a) {
        return new EntryResult(requestId, Outcome.APPLIED, a, null, null);
    }

    public static EntryResult conflict(String requestId, Conflict c) {
        return new EntryResult(requestId, Outcome.CONFLICT, null, c, null);
    }

    public static EntryResult rejected(String requestId, String code, String message) {
        return new EntryResult(requestId, Outcome.REJECTED, null, null, new Rejected(code, message));
    }

    /**
     * What the till stores: the shop-wide legal bill number (bills only), the entity's new version, the server's
     * time, and for numbered documents their {@link BillSeries} and the label in it (e.g. INV/2026-27/000012).
     */
    public record Applied(Long serverNumber, Long version, long serverTimestamp, String series, String legalLabel) {
        public Applied(Long serverNumber, Long version, long serverTimestamp) {
            this(serverNumber, version, serverTimestamp, null, null);
        }
    }

    /** A REJECTED entry's stable code and plain message. */
    public record Rejected(String code, String message) {
    }
}
