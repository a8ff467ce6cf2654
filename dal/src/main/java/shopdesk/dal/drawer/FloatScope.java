package shopdesk.dal.drawer;

/** Who opens a float: one per till and business day, or one per cashier (each shift) and business day. */
public enum FloatScope {
    TILL, CASHIER
}
