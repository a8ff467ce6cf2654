package shopdesk.dal.bill;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_TAX;
import static shopdesk.db.Tables.PAYMENT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.db.JdbcStatement;

/**
 * Writes a bill's rows (bill, items, payments, tax table) on the till: statements rendered once, run as plain JDBC
 * ({@link JdbcStatement}), the items, the payments and the tax rows each as one batch of one prepared statement, so
 * the SQL is the same whatever the number of lines and stays in the connection's statement cache.
 */
public final class BillRows {
    private static final JdbcStatement BILL_ROW = JdbcStatement.insert(BILL, BILL.ID, BILL.SHOP_ID, BILL.DEVICE_ID,
            BILL.USER_ID, BILL.CUSTOMER_ID, BILL.LOCAL_NUMBER, BILL.LOCAL_LABEL, BILL.STATUS, BILL.SUBTOTAL,
            BILL.TAX_TOTAL, BILL.TOTAL, BILL.PAID_TOTAL, BILL.CHANGE_DUE, BILL.OVERRIDE_USER_ID, BILL.SYNC_STATE,
            BILL.VERSION, BILL.CLIENT_CREATED_AT, BILL.DISCOUNT_KIND, BILL.DISCOUNT_VALUE, BILL.DISCOUNT_REASON,
            BILL.DISCOUNT_TOTAL, BILL.DISCOUNT_APPROVED_BY, BILL.ROUNDING, BILL.ROUNDING_UNIT);
    /** One bill_item row, the columns of {@link #itemRow} (the server writes pushed bills' items with it too). */
    public static final JdbcStatement ITEM_ROW = JdbcStatement.insert(BILL_ITEM, BILL_ITEM.BILL_ID, BILL_ITEM.LINE_NO,
            BILL_ITEM.PRODUCT_ID, BILL_ITEM.SKU, BILL_ITEM.NAME, BILL_ITEM.QUANTITY, BILL_ITEM.UNIT_PRICE,
            BILL_ITEM.TAX_RATE_BP, BILL_ITEM.LINE_SUBTOTAL, BILL_ITEM.LINE_TAX, BILL_ITEM.LINE_TOTAL, BILL_ITEM.WEIGHED,
            BILL_ITEM.TAX_INCLUSIVE, BILL_ITEM.LIST_PRICE, BILL_ITEM.REASON, BILL_ITEM.DISCOUNT_KIND,
            BILL_ITEM.DISCOUNT_VALUE, BILL_ITEM.LINE_DISCOUNT, BILL_ITEM.BILL_DISCOUNT);
    /** One payment row: bill_id, line_no, method, amount, tendered, reference (the server's too). */
    public static final JdbcStatement PAYMENT_ROW = JdbcStatement.insert(PAYMENT, PAYMENT.BILL_ID, PAYMENT.LINE_NO,
            PAYMENT.METHOD, PAYMENT.AMOUNT, PAYMENT.TENDERED, PAYMENT.REFERENCE);
    /** One row of a bill's tax table: bill_id, rate_bp, taxable, tax (the server's too). */
    public static final JdbcStatement TAX_ROW = JdbcStatement.insert(BILL_TAX, BILL_TAX.BILL_ID, BILL_TAX.RATE_BP,
            BILL_TAX.TAXABLE, BILL_TAX.TAX);

    private BillRows() {
    }

    /** The values of one {@link #ITEM_ROW}, in its column order. */
    public static Object[] itemRow(String billId, BillItem i) {
        Discount d = i.discount();
        return new Object[] {billId, i.lineNo(), i.productId(), i.sku(), i.name(), i.quantity(), i.unitPrice(),
                i.taxRateBp(), i.lineSubtotal(), i.lineTax(), i.lineTotal(), i.weighed(), i.taxInclusive(), i.listPrice(),
                i.reason(), d == null ? null : d.kind().name(), d == null ? null : d.value(), i.lineDiscount(),
                i.billDiscount()};
    }

    /** The rows of a bill's tax table. */
    public static List<Object[]> taxRows(String billId, List<BillCalculator.TaxLine> taxes) {
        List<Object[]> rows = new ArrayList<>(taxes.size());
        for (BillCalculator.TaxLine t : taxes) rows.add(new Object[] {billId, t.rateBp(), t.taxable(), t.tax()});
        return rows;
    }

    static void insert(DSLContext tx, Bill b) {
        Discount d = b.discount();
        BILL_ROW.execute(tx, b.id(), b.shopId(), b.deviceId(), b.userId(), b.customerId(), b.localNumber(),
                b.localLabel(), b.status().name(), b.subtotal(), b.taxTotal(), b.total(), b.paidTotal(), b.changeDue(),
                b.overrideUserId(), b.syncState().name(), b.version(), b.clientCreatedAt(),
                d == null ? null : d.kind().name(), d == null ? null : d.value(), b.discountReason(), b.discountTotal(),
                b.discountApprovedBy(), b.rounding(), b.roundingUnit());
        List<Object[]> items = new ArrayList<>(b.items().size());
        for (BillItem i : b.items()) items.add(itemRow(b.id(), i));
        ITEM_ROW.executeBatch(tx, items);
        List<Object[]> payments = new ArrayList<>(b.payments().size());
        for (Payment p : b.payments()) {
            payments.add(new Object[] {b.id(), p.lineNo(), p.method().name(), p.amount(), p.tendered(), p.reference()});
        }
        PAYMENT_ROW.executeBatch(tx, payments);
        TAX_ROW.executeBatch(tx, taxRows(b.id(), b.taxes()));
    }
}
