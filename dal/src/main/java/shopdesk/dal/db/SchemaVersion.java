package shopdesk.dal.db;

/**
 * The schema version this build knows. Every change set that changes the schema also updates the
 * {@code schema_version} row; bump this constant with it (a test checks they agree).
 */
public final class SchemaVersion {
    public static final int CURRENT = 5;

    private SchemaVersion() {
    }
}
