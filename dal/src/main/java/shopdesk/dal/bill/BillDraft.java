package shopdesk.dal.bill;

import java.util.List;

/**
 * A sale as rung up: lines (product + quantity; price and tax come from the catalog at the moment of sale),
 * payments, an optional customer and, when selling beyond stock, the approving supervisor's user id.
 */
public record BillDraft(String customerId, List<Line> lines, List<PaymentDraft> payments, String overrideUserId) {

    public record Line(String productId, long quantity) {
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
