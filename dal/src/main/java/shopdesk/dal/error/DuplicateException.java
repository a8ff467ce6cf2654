package shopdesk.dal.error;

/** A value that must be unique already exists (SKU, barcode, username). */
public final class DuplicateException extends ShopDeskException {
    public DuplicateException(String field, String message) {
        super(ErrorCode.DUPLICATE, field, message);
    }

    public DuplicateException(String field, ErrorText text, Object... args) {
        super(ErrorCode.DUPLICATE, field, text, args);
    }
}
