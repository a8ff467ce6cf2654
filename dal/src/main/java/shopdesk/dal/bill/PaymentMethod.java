package shopdesk.dal.bill;

/** How a customer paid. Only cash can be over-tendered (change due). */
public enum PaymentMethod { CASH, CARD, UPI, WALLET, VOUCHER }
