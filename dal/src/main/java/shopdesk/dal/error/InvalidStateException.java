package shopdesk.dal.error;

/** The entity is not in a state that allows the operation (voiding a voided bill). */
public final class InvalidStateException extends ShopDeskException {
    public InvalidStateException(String field, String message) {
        super(ErrorCode.INVALID_STATE, field, message);
    }

    public InvalidStateException(String field, ErrorText text, Object... args) {
        super(ErrorCode.INVALID_STATE, field, text, args);
    }
}
