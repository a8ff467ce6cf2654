package shopdesk.dal.returns;

import java.util.List;

/**
 * What the cashier chose: the original bill (null: none, supervisors only), the refund method (a PaymentMethod
 * name; VOUCHER is a credit kept for an exchange), a reason (required without a bill), the approving supervisor
 * (null when the actor is one) and the lines. {@code original}: the bill as the server told it, when it was sold on
 * another till (null: it is on this till).
 */
public record ReturnDraft(String originalBillId, String refundMethod, String reason, String approvedBy,
                          List<Line> lines, OriginalBill original) {

    /** A line taken back: an original line number (with a bill) or a product (without), a quantity, stock or not. */
    public record Line(Integer originalLineNo, String productId, long quantity, boolean restock) {
    }
}
