package shopdesk.client.sale;

import shopdesk.client.i18n.Messages;
/** How a customer pays. Only cash may be over-tendered (the difference is change due). */
public enum PaymentMethod {
    CASH("pay.cash"), CARD("pay.card"), UPI("pay.upi"),
    /** Store credit from a return, taken by the sale of an exchange. */
    VOUCHER("pay.voucher"),
    /** A store-credit note from an earlier exchange, its number the reference (checked: what is left on it). */
    STORE_CREDIT("pay.storeCredit");

    private final String key;

    PaymentMethod(String key) {
        this.key = key;
    }

    /** The message key of its name (a receipt in another language than the screen's reads it). */
    public String key() {
        return key;
    }

    /** Its name in the till's language (screens and receipts). */
    public String label() {
        return Messages.get(key);
    }
}
