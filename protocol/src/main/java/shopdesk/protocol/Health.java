package shopdesk.protocol;

/** GET /health: {@code status} UP when the database answers, DOWN (HTTP 503) otherwise. */
public record Health(String status, boolean databaseReachable, int schemaVersion, String dialect, int protocolVersion,
                     long serverTime) {
}
