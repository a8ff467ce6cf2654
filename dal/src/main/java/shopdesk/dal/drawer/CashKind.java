package shopdesk.dal.drawer;

/** What a drawer document does to the cash in the drawer. */
public enum CashKind {
    /** The opening float, put in at the start of a shift. */
    FLOAT(1),
    /** Cash put in that is not a sale (change from the bank). */
    CASH_IN(1),
    /** Cash taken out that is not a sale: a paid-out, an expense, a bank drop. */
    CASH_OUT(-1);

    private final int sign;

    CashKind(int sign) {
        this.sign = sign;
    }

    /** +1 when the drawer gains the amount, -1 when it loses it. */
    public int sign() {
        return sign;
    }
}
