package shopdesk.server.bill;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillItem;
import shopdesk.dal.bill.BillRows;
import shopdesk.dal.bill.BillStatus;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.bill.BillTerms;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.db.tables.records.ProductRecord;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.PushBatch;

/**
 * A push batch's new bill rows, written with one JDBC batch per table (a sale's items are its stock movements),
 * and the products read for them, forgotten at the flush because a later entry may change them.
 */
final class BillRowWriter implements PushBatch.PendingRows {
    /** Every column but server_number: on the server a bill's legal number is its own row ({@link BillState#number}). */
    private static final JdbcStatement BILL_ROW = JdbcStatement.insert(BILL, BILL.ID, BILL.SHOP_ID, BILL.DEVICE_ID,
            BILL.USER_ID, BILL.CUSTOMER_ID, BILL.LOCAL_NUMBER, BILL.LOCAL_LABEL, BILL.STATUS,
            BILL.SUBTOTAL, BILL.TAX_TOTAL, BILL.TOTAL, BILL.PAID_TOTAL, BILL.CHANGE_DUE, BILL.OVERRIDE_USER_ID,
            BILL.SYNC_STATE, BILL.VERSION, BILL.CLIENT_CREATED_AT, BILL.SERVER_CREATED_AT, BILL.DISCOUNT_KIND,
            BILL.DISCOUNT_VALUE, BILL.DISCOUNT_REASON, BILL.DISCOUNT_TOTAL, BILL.DISCOUNT_APPROVED_BY, BILL.ROUNDING,
            BILL.ROUNDING_UNIT);
    private static final JdbcStatement NUMBER_ROW = JdbcStatement.insert(BILL_NUMBER, BILL_NUMBER.BILL_ID,
            BILL_NUMBER.SHOP_ID, BILL_NUMBER.SERVER_NUMBER);

    private final List<Object[]> bills = new ArrayList<>();
    private final List<Object[]> items = new ArrayList<>();
    private final List<Object[]> pays = new ArrayList<>();
    private final List<Object[]> numbers = new ArrayList<>();
    private final List<Object[]> taxes = new ArrayList<>();
    private final Set<String> billIds = new HashSet<>();
    private final Set<String> localNumbers = new HashSet<>();
    private final Map<String, ProductRecord> products = new HashMap<>();

    /** The batch's writer of bill rows. */
    static BillRowWriter of(EntryContext ctx) {
        return ctx.batch().pending(BillRowWriter.class, BillRowWriter::new);
    }

    /** A bill's till number, as (device, local number): unique per till. */
    static String localKey(BillPayload b) {
        return b.deviceId() + "#" + b.localNumber();
    }

    /** Whether a pending bill has this id or the same till number (the database has not seen it yet). */
    boolean holds(String billId, BillPayload b) {
        return billIds.contains(billId) || localNumbers.contains(localKey(b));
    }

    /** Products read since the last flush, by id. */
    Map<String, ProductRecord> products() {
        return products;
    }

    /** The bill's rows, written with the next {@link #flush}; the item texts default to the product's. */
    void add(EntryContext ctx, BillPayload b, String id, long paid, Map<String, ProductRecord> productsById) {
        BillCalculator.Totals totals = BillTerms.totals(b); // checked by BillValidation.amounts before
        long change = 0;
        if (b.payments() != null) for (BillPayload.Payment p : b.payments()) change += Math.max(0, p.tendered() - p.amount());
        bills.add(new Object[] {id, ctx.shopId(), b.deviceId(), b.userId(), b.customerId(), b.localNumber(),
                b.localLabel(), BillStatus.COMPLETED.name(), b.subtotal(), b.taxTotal(), b.total(), paid, change,
                b.overrideUserId(), BillSyncState.SYNCED.name(), 1L, b.clientCreatedAt(), ctx.now(),
                b.discount() == null ? null : b.discount().kind(), b.discount() == null ? null : b.discount().value(),
                b.discountReason(), totals.discount(), b.discountApprovedBy(), totals.rounding(), b.coin()});
        billIds.add(id);
        localNumbers.add(localKey(b));
        int line = 0;
        for (BillPayload.Item i : b.items()) {
            line++;
            BillCalculator.LineTotals t = totals.lines().get(line - 1);
            ProductRecord product = productsById.get(i.productId());
            String sku = i.sku() != null ? i.sku() : product.getSku();
            String name = i.name() != null ? i.name() : product.getName();
            // stored line numbers are the order sent, so a till's duplicate lineNo cannot break the key
            items.add(BillRows.itemRow(id, new BillItem(line, i.productId(), sku, name, i.quantity(), i.unitPrice(),
                    i.taxRateBp(), t.subtotal(), t.tax(), t.total(), i.weighed(), i.taxInclusive(), i.listPrice(), i.reason(),
                    BillTerms.discount(i.discount(), "items"), t.lineDiscount(), t.billDiscount())));
        }
        taxes.addAll(BillRows.taxRows(id, totals.taxes()));
        if (b.payments() != null) {
            int n = 0;
            for (BillPayload.Payment p : b.payments()) {
                n++;
                pays.add(new Object[] {id, n, p.method(), p.amount(), Math.max(p.tendered(), p.amount()), p.reference()});
            }
        }
    }

    /** A bill's legal number, written with the next flush (after the bill's own row, if pending). */
    void number(String billId, String shopId, long number) {
        numbers.add(new Object[] {billId, shopId, number});
    }

    /** Writes the pending rows (bills first: the others refer to them) and forgets the products read. */
    @Override
    public void flush(DSLContext tx) {
        BILL_ROW.executeBatch(tx, bills);
        BillRows.ITEM_ROW.executeBatch(tx, items);
        BillRows.PAYMENT_ROW.executeBatch(tx, pays);
        NUMBER_ROW.executeBatch(tx, numbers);
        BillRows.TAX_ROW.executeBatch(tx, taxes);
        taxes.clear();
        bills.clear();
        items.clear();
        pays.clear();
        numbers.clear();
        billIds.clear();
        localNumbers.clear();
        products.clear();
    }
}
