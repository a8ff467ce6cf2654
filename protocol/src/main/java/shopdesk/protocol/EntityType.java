package shopdesk.protocol;

/** Entity type names used in stream keys, change records and the change feed. */
public final class EntityType {
    public static final String PRODUCT = "product";
    public static final String STOCK = "stock";
    public static final String CUSTOMER = "customer";
    public static final String BILL = "bill";
    public static final String USER = "user";
    public static final String CASH_MOVEMENT = "cash_movement";
    /** A till's Z reports share one stream per till ({@code z_report:<deviceId>}), so they arrive in number order. */
    public static final String Z_REPORT = "z_report";
    /** A return (credit note) against a bill. */
    public static final String RETURN = "return";
    /** A till's audit record (a sync resolution) sent for the server's audit log. */
    public static final String AUDIT = "audit";
    /** A store-credit note: what an exchange owes the customer after its sale, redeemable later. */
    public static final String STORE_CREDIT = "store_credit";

    private EntityType() {
    }
}
