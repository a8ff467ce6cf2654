package shopdesk.server.http;

import shopdesk.protocol.ErrorBody;
import shopdesk.protocol.ErrorCodes;

/** A whole-request failure that becomes an HTTP status and an {@link ErrorBody} with a stable code. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;
    private final long retryAfterSeconds;

    public ApiException(int status, String code, String field, String message) {
        this(status, code, field, message, 0);
    }

    private ApiException(int status, String code, String field, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with a Retry-After header of the given number of seconds. */
    public static ApiException tooManyRequests(String code, String message, long retryAfterSeconds) {
        return new ApiException(429, code, null, message, Math.max(1, retryAfterSeconds));
    }

    public static ApiException missingField(String field) {
        return new ApiException(400, ErrorCodes.MISSING_FIELD, field, "Missing required field '" + field + "'");
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(400, ErrorCodes.INVALID_FIELD, field, message);
    }

    public static ApiException unauthorized(String code, String message) {
        return new ApiException(401, code, null, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, ErrorCodes.FORBIDDEN, null, message);
    }

    public int status() {
        return status;
    }

    /** Seconds for a Retry-After header; 0 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ErrorBody body() {
        return new ErrorBody(code, getMessage(), field);
    }
}
