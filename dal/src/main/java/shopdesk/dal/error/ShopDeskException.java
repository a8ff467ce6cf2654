package shopdesk.dal.error;

/** A typed, user-presentable error: a stable code, the field it is about (if any) and a plain message. */
public class ShopDeskException extends RuntimeException {
    private final ErrorCode code;
    private final String field;

    public ShopDeskException(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field the error is about, e.g. {@code sku}; null when it is about the whole request. */
    public String field() {
        return field;
    }
}
