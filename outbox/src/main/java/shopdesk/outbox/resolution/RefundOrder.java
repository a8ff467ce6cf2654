package shopdesk.outbox.resolution;

import java.util.ArrayList;
import java.util.List;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.protocol.payload.BillPayload;

/**
 * Which payments a reduced bill gives back first: cash (handed back from the drawer at once), then card, UPI and wallets
 * (refunded to the customer's account), then an exchange's credit, and store credit last. A store-credit payment
 * that is cut gives its part back to the note by itself: a note's balance is its amount less the STORE_CREDIT
 * payments of completed bills (NoteLedger, on the till and on the server), and the cut payment now names less of it.
 * Payments keep their line numbers and order; one cut to nothing is dropped unless it is the bill's only payment.
 */
final class RefundOrder {
    private static final List<String> FIRST_TO_LAST = List.of(PaymentMethod.CASH.name(), PaymentMethod.CARD.name(),
            PaymentMethod.UPI.name(), PaymentMethod.WALLET.name(), PaymentMethod.VOUCHER.name(), PaymentMethod.STORE_CREDIT.name());

    private RefundOrder() {
    }

    /** The payments with {@code excess} taken off them in refund order (an unknown method with the wallets). */
    static List<BillPayload.Payment> cut(List<BillPayload.Payment> paid, long excess) {
        List<BillPayload.Payment> payments = new ArrayList<>(paid);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < payments.size(); k++) order.add(k);
        order.sort(java.util.Comparator.comparingInt(k -> rank(payments.get(k).method())));
        long left = excess;
        for (int k : order) {
            if (left <= 0) break;
            BillPayload.Payment p = payments.get(k);
            long cut = Math.min(left, p.amount());
            left -= cut;
            long amount = p.amount() - cut;
            // only cash is over-tendered (the difference was change); another method's tendered is its amount
            long tendered = PaymentMethod.CASH.name().equals(p.method()) ? Math.max(p.tendered(), amount) : amount;
            payments.set(k, new BillPayload.Payment(p.lineNo(), p.method(), amount, tendered, p.reference()));
        }
        List<BillPayload.Payment> kept = new ArrayList<>(payments.stream().filter(p -> p.amount() > 0).toList());
        if (kept.isEmpty() && !payments.isEmpty()) kept.add(payments.get(0));
        return kept;
    }

    private static int rank(String method) {
        int i = FIRST_TO_LAST.indexOf(method);
        return i < 0 ? FIRST_TO_LAST.indexOf(PaymentMethod.WALLET.name()) : i;
    }
}
