package shopdesk.protocol;

/** What a recorded change does; the server dispatches on it. */
public enum ChangeAction {
    CREATE_PRODUCT, UPDATE_PRODUCT, DELETE_PRODUCT,
    RECEIVE_STOCK, ADJUST_STOCK,
    CREATE_CUSTOMER, UPDATE_CUSTOMER,
    CREATE_BILL, VOID_BILL,
    CREATE_RETURN
}
