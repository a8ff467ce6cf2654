package shopdesk.dal.auth;

/** A human decision on a parked or conflicting sync entry (see outbox.resolution.Resolutions). */
public enum Resolution {
    /** Send a PENDING, waiting or CONFLICT entry again now. */
    RETRY,
    /** Send a FAILED entry again (it was refused for good once). */
    RETRY_FAILED,
    DISCARD,
    /** Overwrite the cloud's newer product or customer with the till's state. */
    FORCE_PUSH,
    TAKE_THEIRS,
    /** Void, on this till, a bill the cloud refused for stock. */
    VOID_CONFLICTING_BILL,
    REDUCE_QUANTITIES,
    /** Sell beyond stock: at the sale, or to resolve a bill's stock conflict. */
    STOCK_OVERRIDE,
    /** Take back goods without the original bill (a reason is required). */
    RETURN_WITHOUT_RECEIPT,
    /** A return the cloud refused as more than was left on its bill: cut it down to what is left. */
    REDUCE_RETURN
}
