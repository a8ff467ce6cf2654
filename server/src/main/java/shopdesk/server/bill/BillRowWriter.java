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
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.bill.BillTerms;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.db.JdbcInsert;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.dal.returns.NoteLedger;
import shopdesk.db.tables.records.BillItemRecord;
import shopdesk.db.tables.records.BillNumberRecord;
import shopdesk.db.tables.records.BillRecord;
import shopdesk.db.tables.records.BillTaxRecord;
import shopdesk.db.tables.records.PaymentRecord;
import shopdesk.db.tables.records.ProductRecord;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.PushBatch;
import shopdesk.server.returns.NoteSpending;
import shopdesk.server.sequence.LegalSeries;

/**
 * A push batch's new bill rows, written with one JDBC batch per table (a sale's items are its stock movements),
 * and the products read for them, forgotten at the flush because a later entry may change them.
 */
final class BillRowWriter implements PushBatch.PendingRows {
    /** Every column but server_number: on the server a bill's legal number is its own row ({@link BillState#number}). */
    private static final JdbcInsert<BillRecord> BILL_ROW = JdbcStatement.insert(BILL, BILL.ID, BILL.SHOP_ID, BILL.DEVICE_ID,
            BILL.USER_ID, BILL.CUSTOMER_ID, BILL.LOCAL_NUMBER, BILL.LOCAL_LABEL, BILL.STATUS,
            BILL.SUBTOTAL, BILL.TAX_TOTAL, BILL.TOTAL, BILL.PAID_TOTAL, BILL.CHANGE_DUE, BILL.OVERRIDE_USER_ID,
            BILL.SYNC_STATE, BILL.VERSION, BILL.CLIENT_CREATED_AT, BILL.SERVER_CREATED_AT, BILL.DISCOUNT_KIND,
            BILL.DISCOUNT_VALUE, BILL.DISCOUNT_REASON, BILL.DISCOUNT_TOTAL, BILL.DISCOUNT_APPROVED_BY, BILL.ROUNDING,
            BILL.ROUNDING_UNIT);
    private static final JdbcInsert<BillNumberRecord> NUMBER_ROW = JdbcStatement.insert(BILL_NUMBER, BILL_NUMBER.BILL_ID,
            BILL_NUMBER.SHOP_ID, BILL_NUMBER.SERVER_NUMBER, BILL_NUMBER.SERIES, BILL_NUMBER.FISCAL_YEAR, BILL_NUMBER.SERIES_NUMBER,
            BILL_NUMBER.LEGAL_LABEL);

    private final List<BillRecord> bills = new ArrayList<>();
    private final List<BillItemRecord> items = new ArrayList<>();
    private final List<PaymentRecord> pays = new ArrayList<>();
    private final List<BillNumberRecord> numbers = new ArrayList<>();
    private final List<BillTaxRecord> taxes = new ArrayList<>();
    private final Set<String> billIds = new HashSet<>();
    private final Set<String> localNumbers = new HashSet<>();
    private final Map<String, ProductRecord> products = new HashMap<>();
    private final Map<String, Long> credit = new HashMap<>();

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

    /** What pending bills take of a store-credit note (the database does not see their payments yet). */
    long pendingCredit(String label) {
        return credit.getOrDefault(label, 0L);
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
        bills.add(new BillRecord().setId(id).setShopId(ctx.shopId()).setDeviceId(b.deviceId()).setUserId(b.userId())
                .setCustomerId(b.customerId()).setLocalNumber(b.localNumber()).setLocalLabel(b.localLabel())
                .setStatus(BillStatus.COMPLETED.code()).setSubtotal(b.subtotal()).setTaxTotal(b.taxTotal())
                .setTotal(b.total()).setPaidTotal(paid).setChangeDue(change).setOverrideUserId(b.overrideUserId())
                .setSyncState(BillSyncState.SYNCED.name()).setVersion(1L).setClientCreatedAt(b.clientCreatedAt())
                .setServerCreatedAt(ctx.now()).setDiscountKind(b.discount() == null ? null : b.discount().kind())
                .setDiscountValue(b.discount() == null ? null : b.discount().value())
                .setDiscountReason(b.discountReason()).setDiscountTotal(totals.discount())
                .setDiscountApprovedBy(b.discountApprovedBy()).setRounding(totals.rounding()).setRoundingUnit(b.coin()));
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
        NoteSpending.wanted(b).forEach((label, amount) -> credit.merge(label, amount, Long::sum));
        if (b.payments() != null) {
            int n = 0;
            for (BillPayload.Payment p : b.payments()) {
                n++;
                String ref = PaymentMethod.STORE_CREDIT.name().equals(p.method()) ? NoteLedger.normalise(p.reference()) : p.reference();
                pays.add(BillRows.paymentRow(id, n, p.method(), p.amount(), Math.max(p.tendered(), p.amount()), ref));
            }
        }
    }

    /** A bill's legal numbers (shop-wide and in its series), written with the next flush (after the bill's row). */
    void number(String billId, String shopId, long number, LegalSeries.Number legal) {
        numbers.add(new BillNumberRecord().setBillId(billId).setShopId(shopId).setServerNumber(number)
                .setSeries(legal.series().name()).setFiscalYear(legal.fiscalYear()).setSeriesNumber(legal.number())
                .setLegalLabel(legal.label()));
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
        credit.clear();
    }
}
