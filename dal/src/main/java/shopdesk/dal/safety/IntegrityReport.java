package shopdesk.dal.safety;

/** What {@code PRAGMA quick_check} said about a SQLite file. */
public record IntegrityReport(Status status, String detail) {

    public enum Status { OK, MISSING, CORRUPT }

    public boolean ok() {
        return status == Status.OK;
    }

    /** Plain words for the person at the till. */
    public String message() {
        return switch (status) {
            case OK -> "The till's database is healthy.";
            case MISSING -> "There is no till database yet.";
            case CORRUPT -> "The till's database file is damaged (" + detail + ").";
        };
    }
}
