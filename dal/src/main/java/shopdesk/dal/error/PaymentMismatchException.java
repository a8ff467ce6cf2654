package shopdesk.dal.error;

/** The payments do not cover the bill total. */
public final class PaymentMismatchException extends ShopDeskException {
    public PaymentMismatchException(String field, String message) {
        super(ErrorCode.PAYMENT_MISMATCH, field, message);
    }

    public PaymentMismatchException(String field, ErrorText text, Object... args) {
        super(ErrorCode.PAYMENT_MISMATCH, field, text, args);
    }
}
