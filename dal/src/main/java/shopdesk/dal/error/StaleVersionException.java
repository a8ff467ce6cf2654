package shopdesk.dal.error;

/** An edit made against an older version than the current one: never overwrite silently. */
public final class StaleVersionException extends ShopDeskException {
    private final long expected;
    private final long actual;

    public StaleVersionException(String entityType, String id, long expected, long actual) {
        super(ErrorCode.STALE_VERSION, "version", "The " + entityType + " " + id + " was changed meanwhile (edited version "
                + expected + ", current version " + actual + "); reload and edit again");
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
