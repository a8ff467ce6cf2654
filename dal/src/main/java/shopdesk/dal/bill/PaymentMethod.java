package shopdesk.dal.bill;

/**
 * How a customer paid. Only cash can be over-tendered (change due). STORE_CREDIT: a store-credit note (T1-C000001)
 * taken back as payment, its number the reference.
 */
public enum PaymentMethod { CASH, CARD, UPI, WALLET, VOUCHER, STORE_CREDIT }
