package shopdesk.dal.error;

/** Stable error codes: the UI shows them, the server puts them in JSON error bodies. Never rename one. */
public enum ErrorCode {
    VALIDATION,
    NOT_FOUND,
    DUPLICATE,
    STALE_VERSION,
    PAYMENT_MISMATCH,
    TOTAL_MISMATCH,
    INSUFFICIENT_STOCK,
    PERMISSION_DENIED,
    AUTHENTICATION_FAILED,
    INVALID_STATE
}
