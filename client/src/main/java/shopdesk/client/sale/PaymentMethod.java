package shopdesk.client.sale;

/** How a customer pays. Only cash may be over-tendered (the difference is change due). */
public enum PaymentMethod {
    CASH("Cash"), CARD("Card"), UPI("UPI"),
    /** Store credit from a return, taken by the sale of an exchange. */
    VOUCHER("Credit note");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
