package shopdesk.protocol;

/**
 * The stable {@link EntryResult.Rejected#code()} values of a REJECTED push entry. A rejected entry changed
 * nothing on the server and its result is not stored: pushing the same request id again re-evaluates it.
 */
public final class RejectCodes {
    /** The payload is missing a field or has a bad value; the message names the field. */
    public static final String INVALID_PAYLOAD = "INVALID_PAYLOAD";
    /** The payload's schema version is newer than this server understands. */
    public static final String UNSUPPORTED_PAYLOAD_VERSION = "UNSUPPORTED_PAYLOAD_VERSION";
    /** The action is not one the server applies. */
    public static final String UNKNOWN_ACTION = "UNKNOWN_ACTION";
    /** The edited entity does not exist in the caller's shop. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** The entity (or its unique key, e.g. a product's SKU) already exists. */
    public static final String DUPLICATE = "DUPLICATE";
    /** A bill or stock movement names a product the caller's shop does not have. */
    public static final String UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT";
    /** A bill names a customer the caller's shop does not have. */
    public static final String UNKNOWN_CUSTOMER = "UNKNOWN_CUSTOMER";
    /** A bill names a till (device) the caller's shop does not have. */
    public static final String UNKNOWN_DEVICE = "UNKNOWN_DEVICE";
    /** A bill or void names a user the caller's shop does not have. */
    public static final String UNKNOWN_USER = "UNKNOWN_USER";
    /** A void names a bill the server does not have (yet). */
    public static final String UNKNOWN_BILL = "UNKNOWN_BILL";
    /** A return's refund for a line is not its share of what was paid for the line (see docs/PROTOCOL.md). */
    public static final String REFUND_MISMATCH = "REFUND_MISMATCH";
    /** A return names an original bill that was voided, or a line the bill does not have. */
    public static final String NOT_RETURNABLE = "NOT_RETURNABLE";
    /** The bill's totals disagree with the server's recomputation from its items. */
    public static final String TOTAL_MISMATCH = "TOTAL_MISMATCH";
    /** The bill's payments do not add up to its total. */
    public static final String PAYMENT_MISMATCH = "PAYMENT_MISMATCH";
    /**
     * A discount or price cut beyond the cashier's limit (the shop's limit, shop_sale_terms, else config {@code sale.cashier-discount-limit-percent}) without a
     * supervisor's approval, or a price override without a reason. Nothing was stored. Permanent.
     */
    public static final String DISCOUNT_NOT_APPROVED = "DISCOUNT_NOT_APPROVED";
    /** The entity is in a state that forbids the action, e.g. voiding a void bill. */
    public static final String INVALID_STATE = "INVALID_STATE";
    /** The till's local bill number was already used by another bill of that till (e.g. after restoring an old backup). */
    public static final String LOCAL_NUMBER_TAKEN = "LOCAL_NUMBER_TAKEN";
    /** The entry breaks a database rule or limit the server did not check by name; the message says which. Permanent. */
    public static final String CONSTRAINT_VIOLATION = "CONSTRAINT_VIOLATION";
    /** The request id was already used by another shop. */
    public static final String REQUEST_ID_TAKEN = "REQUEST_ID_TAKEN";
    /** The request id was used before with a different entry body; the first body's result stands. Permanent. */
    public static final String REQUEST_ID_REUSED = "REQUEST_ID_REUSED";
    /**
     * A user, device or approver named in the entry is not one the login may act for (another till's bill, a
     * supervisor named without a valid approval). Nothing was stored. Permanent.
     */
    public static final String FORBIDDEN_ACTOR = "FORBIDDEN_ACTOR";
    /** The login's role (with a verified supervisor approval, if any) may not do this action (docs/SECURITY.md). */
    public static final String FORBIDDEN_ROLE = "FORBIDDEN_ROLE";
    /** A Z report for this till and business day (or with this Z number) is already on the server. Permanent. */
    public static final String DAY_ALREADY_CLOSED = "DAY_ALREADY_CLOSED";
    /** A Z report's business date is later than the server's own date allows (a till clock running ahead). */
    public static final String BUSINESS_DATE_AHEAD = "BUSINESS_DATE_AHEAD";
    /** A drawer count's variance is over the server's limit and carries no supervisor approval. */
    public static final String VARIANCE_NEEDS_APPROVAL = "VARIANCE_NEEDS_APPROVAL";
    /** A store-credit note names an exchange's return the server does not have (refused or discarded). */
    public static final String UNKNOWN_RETURN = "UNKNOWN_RETURN";
    /** A store-credit note is for more than its exchange's return refunded. */
    public static final String CREDIT_EXCEEDS_RETURN = "CREDIT_EXCEEDS_RETURN";
    /** A bill is paid with a store-credit note the server does not have (its number is the payment's reference). */
    public static final String UNKNOWN_STORE_CREDIT = "UNKNOWN_STORE_CREDIT";
    /**
     * A bill takes more of a store-credit note than is left after the bills of every till that took from it before
     * (two offline tills spending one note): the later bill is refused and goes to the supervisor. Permanent unless
     * a supervisor overrides or the earlier bill is voided.
     */
    public static final String STORE_CREDIT_EXCEEDED = "STORE_CREDIT_EXCEEDED";
    /**
     * A bill is paid with a store-credit note the server does not have yet, whose number is another till's of this
     * shop ({@code <till code>-C...}): that till wrote it and has not sent it yet. Nothing was stored and the result
     * is not kept: the same entry sent again later is applied once the note is there. Tills keep the bill waiting
     * (retried with backoff) instead of giving it to the supervisor; older tills treat it like any REJECTED.
     */
    public static final String STORE_CREDIT_NOT_YET_KNOWN = "STORE_CREDIT_NOT_YET_KNOWN";
    /** Applying the entry failed unexpectedly on the server (logged with its request id); the rest of the batch applied. */
    public static final String INTERNAL = "INTERNAL";

    private RejectCodes() {
    }
}
