package shopdesk.dal.error;

/** An edit made against an older version than the current one: never overwrite silently. */
public final class StaleVersionException extends ShopDeskException {
    private final long expected;
    private final long actual;

    /** {@code entity}: a noun such as {@link ErrorText#NOUN_PRODUCT}, said in the till's language. */
    public StaleVersionException(ErrorText entity, String id, long expected, long actual) {
        super(ErrorCode.STALE_VERSION, "version", ErrorText.STALE_VERSION, entity, id, expected, actual);
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
