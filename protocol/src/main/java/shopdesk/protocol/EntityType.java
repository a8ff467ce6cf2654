package shopdesk.protocol;

/** Entity type names used in stream keys, change records and the change feed. */
public final class EntityType {
    public static final String PRODUCT = "product";
    public static final String STOCK = "stock";
    public static final String CUSTOMER = "customer";
    public static final String BILL = "bill";
    public static final String USER = "user";
    /** A return (credit note) against a bill. */
    public static final String RETURN = "return";

    private EntityType() {
    }
}
