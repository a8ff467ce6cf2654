package shopdesk.protocol;

/** What a recorded change does; the server dispatches on it. */
public enum ChangeAction {
    CREATE_PRODUCT, UPDATE_PRODUCT, DELETE_PRODUCT,
    RECEIVE_STOCK, ADJUST_STOCK,
    CREATE_CUSTOMER, UPDATE_CUSTOMER,
    CREATE_BILL, VOID_BILL,
    // issue 24: a drawer document (float, cash in, cash out) and a Z report closing a till's business day
    CASH_MOVEMENT, CLOSE_DAY,
    // issue 23: a return (credit note) against a bill
        CREATE_RETURN,
    // issue 21: a till's resolution of a sync conflict or refusal, for the shop's audit log on the server
    RECORD_AUDIT,
    // issue 23: a store-credit note for what an exchange's return left over after its sale
    ISSUE_STORE_CREDIT
}
