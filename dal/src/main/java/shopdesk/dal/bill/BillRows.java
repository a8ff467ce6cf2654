package shopdesk.dal.bill;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_TAX;
import static shopdesk.db.Tables.PAYMENT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.db.JdbcInsert;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.db.tables.records.BillItemRecord;
import shopdesk.db.tables.records.BillRecord;
import shopdesk.db.tables.records.BillTaxRecord;
import shopdesk.db.tables.records.PaymentRecord;

/**
 * Writes a bill's rows (bill, items, payments, tax table) on the till: statements rendered once, run as plain JDBC
 * ({@link JdbcStatement}), the items, the payments and the tax rows each as one batch of one prepared statement, so
 * the SQL is the same whatever the number of lines and stays in the connection's statement cache.
 */
public final class BillRows {
    private static final JdbcInsert<BillRecord> BILL_ROW = JdbcStatement.insert(BILL, BILL.ID, BILL.SHOP_ID, BILL.DEVICE_ID,
            BILL.USER_ID, BILL.CUSTOMER_ID, BILL.LOCAL_NUMBER, BILL.LOCAL_LABEL, BILL.STATUS, BILL.SUBTOTAL,
            BILL.TAX_TOTAL, BILL.TOTAL, BILL.PAID_TOTAL, BILL.CHANGE_DUE, BILL.OVERRIDE_USER_ID, BILL.SYNC_STATE,
            BILL.VERSION, BILL.CLIENT_CREATED_AT, BILL.DISCOUNT_KIND, BILL.DISCOUNT_VALUE, BILL.DISCOUNT_REASON,
            BILL.DISCOUNT_TOTAL, BILL.DISCOUNT_APPROVED_BY, BILL.ROUNDING, BILL.ROUNDING_UNIT);
    /** One bill_item row, filled by {@link #itemRow} (the server writes pushed bills' items with it too). */
    public static final JdbcInsert<BillItemRecord> ITEM_ROW = JdbcStatement.insert(BILL_ITEM, BILL_ITEM.BILL_ID, BILL_ITEM.LINE_NO,
            BILL_ITEM.PRODUCT_ID, BILL_ITEM.SKU, BILL_ITEM.NAME, BILL_ITEM.QUANTITY, BILL_ITEM.UNIT_PRICE,
            BILL_ITEM.TAX_RATE_BP, BILL_ITEM.LINE_SUBTOTAL, BILL_ITEM.LINE_TAX, BILL_ITEM.LINE_TOTAL, BILL_ITEM.WEIGHED,
            BILL_ITEM.TAX_INCLUSIVE, BILL_ITEM.LIST_PRICE, BILL_ITEM.REASON, BILL_ITEM.DISCOUNT_KIND,
            BILL_ITEM.DISCOUNT_VALUE, BILL_ITEM.LINE_DISCOUNT, BILL_ITEM.BILL_DISCOUNT);
    /** One payment row (the server's too). */
    public static final JdbcInsert<PaymentRecord> PAYMENT_ROW = JdbcStatement.insert(PAYMENT, PAYMENT.BILL_ID, PAYMENT.LINE_NO,
            PAYMENT.METHOD, PAYMENT.AMOUNT, PAYMENT.TENDERED, PAYMENT.REFERENCE);
    /** One row of a bill's tax table (the server's too). */
    public static final JdbcInsert<BillTaxRecord> TAX_ROW = JdbcStatement.insert(BILL_TAX, BILL_TAX.BILL_ID, BILL_TAX.RATE_BP,
            BILL_TAX.TAXABLE, BILL_TAX.TAX);

    private BillRows() {
    }

    /** The full {@link #ITEM_ROW} of one line. */
    public static BillItemRecord itemRow(String billId, BillItem i) {
        Discount d = i.discount();
        return itemRow(billId, i.lineNo(), i.productId(), i.sku(), i.name(), i.quantity(), i.unitPrice(), i.taxRateBp())
                .setLineSubtotal(i.lineSubtotal()).setLineTax(i.lineTax()).setLineTotal(i.lineTotal())
                .setWeighed(i.weighed()).setTaxInclusive(i.taxInclusive()).setListPrice(i.listPrice())
                .setReason(i.reason()).setDiscountKind(d == null ? null : d.kind().name())
                .setDiscountValue(d == null ? null : d.value()).setLineDiscount(i.lineDiscount())
                .setBillDiscount(i.billDiscount());
    }

    /** The rows of a bill's tax table. */
    public static List<BillTaxRecord> taxRows(String billId, List<BillCalculator.TaxLine> taxes) {
        List<BillTaxRecord> rows = new ArrayList<>(taxes.size());
        for (BillCalculator.TaxLine t : taxes) {
            rows.add(new BillTaxRecord().setBillId(billId).setRateBp(t.rateBp()).setTaxable(t.taxable()).setTax(t.tax()));
        }
        return rows;
    }

    static void insert(DSLContext tx, Bill b) {
        Discount d = b.discount();
        BILL_ROW.execute(tx, new BillRecord().setId(b.id()).setShopId(b.shopId()).setDeviceId(b.deviceId())
                .setUserId(b.userId()).setCustomerId(b.customerId()).setLocalNumber(b.localNumber())
                .setLocalLabel(b.localLabel()).setStatus(b.status().code()).setSubtotal(b.subtotal())
                .setTaxTotal(b.taxTotal()).setTotal(b.total()).setPaidTotal(b.paidTotal()).setChangeDue(b.changeDue())
                .setOverrideUserId(b.overrideUserId()).setSyncState(b.syncState().name()).setVersion(b.version())
                .setClientCreatedAt(b.clientCreatedAt()).setDiscountKind(d == null ? null : d.kind().name())
                .setDiscountValue(d == null ? null : d.value()).setDiscountReason(b.discountReason())
                .setDiscountTotal(b.discountTotal()).setDiscountApprovedBy(b.discountApprovedBy())
                .setRounding(b.rounding()).setRoundingUnit(b.roundingUnit()));
        List<BillItemRecord> items = new ArrayList<>(b.items().size());
        for (BillItem i : b.items()) items.add(itemRow(b.id(), i));
        ITEM_ROW.executeBatch(tx, items);
        List<PaymentRecord> payments = new ArrayList<>(b.payments().size());
        for (Payment p : b.payments()) {
            payments.add(paymentRow(b.id(), p.lineNo(), p.method().name(), p.amount(), p.tendered(), p.reference()));
        }
        PAYMENT_ROW.executeBatch(tx, payments);
        TAX_ROW.executeBatch(tx, taxRows(b.id(), b.taxes()));
    }

    /** A bill_item row but its totals. */
    public static BillItemRecord itemRow(String billId, int lineNo, String productId, String sku, String name,
                                         long quantity, long unitPrice, int taxRateBp) {
        return new BillItemRecord().setBillId(billId).setLineNo(lineNo).setProductId(productId).setSku(sku).setName(name)
                .setQuantity(quantity).setUnitPrice(unitPrice).setTaxRateBp(taxRateBp);
    }

    public static PaymentRecord paymentRow(String billId, int lineNo, String method, long amount, long tendered,
                                           String reference) {
        return new PaymentRecord().setBillId(billId).setLineNo(lineNo).setMethod(method).setAmount(amount)
                .setTendered(tendered).setReference(reference);
    }
}
