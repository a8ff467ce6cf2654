package shopdesk.protocol;

/** Every error response: a stable machine code, a plain message and the offending field if any. */
public record ErrorBody(String code, String message, String field) {
}
