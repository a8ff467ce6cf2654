package shopdesk.dal.error;

/** Input that breaks a rule (blank name, non-positive quantity, over-long text). */
public final class ValidationException extends ShopDeskException {
    public ValidationException(String field, String message) {
        super(ErrorCode.VALIDATION, field, message);
    }

    public ValidationException(String field, ErrorText text, Object... args) {
        super(ErrorCode.VALIDATION, field, text, args);
    }
}
