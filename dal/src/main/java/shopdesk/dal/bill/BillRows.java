package shopdesk.dal.bill;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.PAYMENT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.db.JdbcStatement;

/**
 * Writes a bill's rows (bill, items, payments) on the till: statements rendered once, run as plain JDBC
 * ({@link JdbcStatement}), the items and the payments each as one batch of one prepared statement, so the SQL
 * is the same whatever the number of lines and stays in the connection's statement cache.
 */
public final class BillRows {
    private static final JdbcStatement BILL_ROW = JdbcStatement.insert(BILL, BILL.ID, BILL.SHOP_ID, BILL.DEVICE_ID,
            BILL.USER_ID, BILL.CUSTOMER_ID, BILL.LOCAL_NUMBER, BILL.LOCAL_LABEL, BILL.STATUS, BILL.SUBTOTAL,
            BILL.TAX_TOTAL, BILL.TOTAL, BILL.PAID_TOTAL, BILL.CHANGE_DUE, BILL.OVERRIDE_USER_ID, BILL.SYNC_STATE,
            BILL.VERSION, BILL.CLIENT_CREATED_AT);
    /**
     * One bill_item row: bill_id, line_no, product_id, sku, name, quantity, unit_price, tax_rate_bp, line_subtotal,
     * line_tax, line_total (the server writes pushed bills' items with it too).
     */
    public static final JdbcStatement ITEM_ROW = JdbcStatement.insert(BILL_ITEM, BILL_ITEM.BILL_ID, BILL_ITEM.LINE_NO,
            BILL_ITEM.PRODUCT_ID, BILL_ITEM.SKU, BILL_ITEM.NAME, BILL_ITEM.QUANTITY, BILL_ITEM.UNIT_PRICE,
            BILL_ITEM.TAX_RATE_BP, BILL_ITEM.LINE_SUBTOTAL, BILL_ITEM.LINE_TAX, BILL_ITEM.LINE_TOTAL);
    /** One payment row: bill_id, line_no, method, amount, tendered, reference (the server's too). */
    public static final JdbcStatement PAYMENT_ROW = JdbcStatement.insert(PAYMENT, PAYMENT.BILL_ID, PAYMENT.LINE_NO,
            PAYMENT.METHOD, PAYMENT.AMOUNT, PAYMENT.TENDERED, PAYMENT.REFERENCE);

    private BillRows() {
    }

    static void insert(DSLContext tx, Bill b) {
        BILL_ROW.execute(tx, b.id(), b.shopId(), b.deviceId(), b.userId(), b.customerId(), b.localNumber(),
                b.localLabel(), b.status().code(), b.subtotal(), b.taxTotal(), b.total(), b.paidTotal(), b.changeDue(),
                b.overrideUserId(), b.syncState().name(), b.version(), b.clientCreatedAt());
        List<Object[]> items = new ArrayList<>(b.items().size());
        for (BillItem i : b.items()) {
            items.add(new Object[] {b.id(), i.lineNo(), i.productId(), i.sku(), i.name(), i.quantity(), i.unitPrice(),
                    i.taxRateBp(), i.lineSubtotal(), i.lineTax(), i.lineTotal()});
        }
        ITEM_ROW.executeBatch(tx, items);
        List<Object[]> payments = new ArrayList<>(b.payments().size());
        for (Payment p : b.payments()) {
            payments.add(new Object[] {b.id(), p.lineNo(), p.method().name(), p.amount(), p.tendered(), p.reference()});
        }
        PAYMENT_ROW.executeBatch(tx, payments);
    }
}
