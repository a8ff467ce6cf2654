package shopdesk.client.sale;

import shopdesk.client.returns.StoreCreditIssuer;
import shopdesk.dal.common.Actor;

/**
 * An exchange's credit: the return's amount pays the next sale first (as a voucher with the return's reference);
 * what the sale leaves over becomes a store-credit note, or without a way to write one, money back.
 */
final class ExchangeCredit {
    private long left;
    private String reference;
    private String returnId;
    private StoreCreditIssuer notes;

    void start(long amount, String reference, String returnId, StoreCreditIssuer notes) {
        this.left = amount;
        this.reference = reference;
        this.returnId = returnId;
        this.notes = notes;
    }

    long left() {
        return left;
    }

    /** Pays with the credit, up to what is due. */
    void payOn(Sale sale) {
        if (left <= 0 || sale.isEmpty() || sale.due() == 0) return;
        long use = Math.min(left, sale.due());
        sale.pay(PaymentMethod.VOUCHER, use, reference);
        left -= use;
    }

    /**
     * After the sale is saved: what is left becomes a note (its words for the message, blank when nothing was
     * left), and the credit is used up.
     */
    String settle(Actor actor, String billId) {
        String said = left > 0 ? StoreCreditNote.leftOver(actor, left, returnId, billId, notes) : "";
        left = 0;
        return said;
    }

    void drop() {
        left = 0;
    }
}
