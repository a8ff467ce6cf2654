package shopdesk.server.http;

import shopdesk.protocol.ErrorBody;
import shopdesk.protocol.ErrorCodes;

/** A whole-request failure that becomes an HTTP status and an {@link ErrorBody} with a stable code. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
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

    public ErrorBody body() {
        return new ErrorBody(code, getMessage(), field);
    }
}
