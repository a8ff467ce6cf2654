package shopdesk.dal.bill;

import java.util.List;

/**
 * A sale as rung up: lines (product + quantity; price and tax come from the catalog at the moment of sale unless a
 * line's price is overridden, with a reason), payments, an optional customer, the bill discount and, when selling
 * beyond stock or discounting beyond the cashier's limit, the approving supervisor's user id; {@code noteApprovedBy}
 * the supervisor who vouched for another till's store-credit note the till could not check (null: none).
 */
public record BillDraft(String customerId, List<Line> lines, List<PaymentDraft> payments, String overrideUserId,
                        Discount discount, String discountReason, String discountApprovedBy, String noteApprovedBy) {

    public BillDraft(String customerId, List<Line> lines, List<PaymentDraft> payments, String overrideUserId,
                     Discount discount, String discountReason, String discountApprovedBy) {
        this(customerId, lines, payments, overrideUserId, discount, discountReason, discountApprovedBy, null);
    }

    public BillDraft(String customerId, List<Line> lines, List<PaymentDraft> payments, String overrideUserId) {
        this(customerId, lines, payments, overrideUserId, null, null, null, null);
    }

    /** {@code quantity} in units, or grams for a product sold by weight; {@code price} null: the catalog's. */
    public record Line(String productId, long quantity, Long price, String reason, Discount discount) {
        public Line(String productId, long quantity) {
            this(productId, quantity, null, null, null);
        }
    }

    /** {@code amount} is applied to the bill; {@code tendered} is what was handed over (cash: may exceed amount). */
    public record PaymentDraft(PaymentMethod method, long amount, long tendered, String reference) {
        public static PaymentDraft exact(PaymentMethod method, long amount) {
            return new PaymentDraft(method, amount, amount, null);
        }

        public static PaymentDraft cash(long amount, long tendered) {
            return new PaymentDraft(PaymentMethod.CASH, amount, tendered, null);
        }
    }
}
