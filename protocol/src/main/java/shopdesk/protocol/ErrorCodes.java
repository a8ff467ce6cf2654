package shopdesk.protocol;

/**
 * The stable {@link ErrorBody#code()} values of whole-request errors. Never rename one: clients classify
 * responses by them. See docs/PROTOCOL.md for the status each comes with.
 */
public final class ErrorCodes {
    /** 400: the body is not well-formed JSON (or not the expected JSON shape). */
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    /** 400: a required field is absent; {@code field} names it, e.g. {@code entries[2].requestId}. */
    public static final String MISSING_FIELD = "MISSING_FIELD";
    /** 400: a field or query parameter has an unacceptable value; {@code field} names it. */
    public static final String INVALID_FIELD = "INVALID_FIELD";
    /** 400: the {@link ProtocolVersion#HEADER} header is absent or not a number. */
    public static final String MISSING_PROTOCOL_VERSION = "MISSING_PROTOCOL_VERSION";
    /** 426: the client speaks an older protocol than this server supports. */
    public static final String UPDATE_REQUIRED = "UPDATE_REQUIRED";
    /** 401: no bearer token was sent. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** 401: the token is not one this server issued (or is the wrong kind). */
    public static final String TOKEN_INVALID = "TOKEN_INVALID";
    /** 401: the token's lifetime is over; refresh (access) or log in again (refresh). */
    public static final String TOKEN_EXPIRED = "TOKEN_EXPIRED";
    /** 401: the token was revoked (logout, rotation, or reuse of a rotated refresh token). */
    public static final String TOKEN_REVOKED = "TOKEN_REVOKED";
    /** 401: username or password wrong, or the user is disabled (deliberately not told apart). */
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    /** 429: too many failed logins for this username or from this address; Retry-After says when to try again. */
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    /** 401: the token's user has been disabled or removed since it was issued. */
    public static final String USER_DISABLED = "USER_DISABLED";
    /** 403: the caller may not do this (e.g. push for another device, log in on another shop's device). */
    public static final String FORBIDDEN = "FORBIDDEN";
    /** 404: no such endpoint or resource. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** 405: the endpoint exists but not for this method. */
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    /** 413: the body is larger than the server's limit. */
    public static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
    /** 413: a push carries more entries than the server's per-request limit; split the batch. */
    public static final String TOO_MANY_ENTRIES = "TOO_MANY_ENTRIES";
    /** 500: a server fault; retry later. */
    public static final String INTERNAL = "INTERNAL";
    /** 503: the database is not reachable (health). */
    public static final String UNAVAILABLE = "UNAVAILABLE";

    private ErrorCodes() {
    }
}
