package shopdesk.dal.db;

/** The database was written by a newer ShopDesk than this one: opening it could corrupt it. */
public final class SchemaTooNewException extends RuntimeException {
    public SchemaTooNewException(int databaseVersion, int appVersion) {
        super("This database has schema version " + databaseVersion + " but this ShopDesk only knows up to "
                + appVersion + ": it was written by a newer ShopDesk. Update ShopDesk to open it.");
    }
}
