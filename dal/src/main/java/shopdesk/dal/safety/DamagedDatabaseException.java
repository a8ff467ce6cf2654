package shopdesk.dal.safety;

/** The till's database is damaged and was not restored; the message says what to do, in plain words. */
public final class DamagedDatabaseException extends RuntimeException {
    public DamagedDatabaseException(String message) {
        super(message);
    }
}
