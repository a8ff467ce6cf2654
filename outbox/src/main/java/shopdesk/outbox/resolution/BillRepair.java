package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_TAX;
import static shopdesk.db.Tables.PAYMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillItem;
import shopdesk.dal.bill.BillRows;
import shopdesk.dal.bill.BillTerms;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.stock.StockService;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.payload.BillPayload;

/**
 * The local edits behind a bill's stock-conflict resolutions. They write the tables directly: the change
 * reaches the cloud (if at all) as the replacement SyncQueue entry the resolution appends, never twice.
 */
final class BillRepair {
    private BillRepair() {
    }

    /** Marks the bill voided and puts every item's quantity back into local stock. */
    static void voidAndRestore(DSLContext tx, Actor actor, String billId, String reason, String syncState, long now) {
        tx.update(BILL).set(BILL.STATUS, BillStatus.VOIDED.code()).set(BILL.VOID_REASON, reason).set(BILL.VOIDED_BY, actor.userId())
                .set(BILL.VOIDED_AT, now).set(BILL.SYNC_STATE, syncState).where(BILL.ID.eq(billId)).execute();
        tx.select(BILL_ITEM.PRODUCT_ID, BILL_ITEM.QUANTITY).from(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(billId)).fetch()
                .forEach(r -> restoreStock(tx, actor, billId, r.value1(), r.value2(), reason, now));
    }

    static void restoreStock(DSLContext tx, Actor actor, String billId, String productId, long quantity,
                             String reason, long now) {
        if (quantity == 0) return;
        StockService.applyDelta(tx, actor.shopId(), productId, quantity, now);
        StockService.insertMovement(tx, actor, Ids.newId(), productId, quantity, MovementKind.VOID, reason, billId, now);
    }

    /**
     * The bill with some products' quantities lowered (0 removes the line), totals recomputed with the shared
     * BillCalculator and payments reduced in {@link RefundOrder} (cash first, store credit last) so they cover the new
     * total exactly (the difference is refunded; a note's part goes back onto the note). Updates the local bill, items, payments and stock; returns the new payload to send.
     */
    static BillPayload reduce(DSLContext tx, Actor actor, BillPayload bill, Map<String, Long> newQuantities,
                              String reason, long now) {
        List<BillPayload.Item> items = new ArrayList<>();
        for (BillPayload.Item i : bill.items()) {
            Long wanted = newQuantities.get(i.productId());
            long q = i.quantity();
            if (wanted != null) {
                if (wanted < 0 || wanted > i.quantity()) {
                    throw new ValidationException("quantity", ErrorText.REPAIR_QUANTITY_RANGE, i.sku(), i.quantity());
                }
                q = wanted;
            }
            if (q != i.quantity()) restoreStock(tx, actor, bill.id(), i.productId(), i.quantity() - q, reason, now);
            if (q > 0) {
                items.add(new BillPayload.Item(i.lineNo(), i.productId(), i.sku(), i.name(), q, i.unitPrice(), i.taxRateBp(),
                        i.weighed(), i.taxInclusive(), i.listPrice(), i.reason(), i.discount()));
            }
        }
        for (String productId : newQuantities.keySet()) {
            if (bill.items().stream().noneMatch(i -> i.productId().equals(productId))) {
                throw new ValidationException("productId", ErrorText.PRODUCT_NOT_ON_BILL, productId);
            }
        }
        if (items.isEmpty()) throw new ValidationException("quantity", ErrorText.EVERY_LINE_REMOVED);
        BillPayload kept = new BillPayload(bill.id(), bill.deviceId(), bill.userId(), bill.customerId(), bill.localNumber(),
                bill.localLabel(), bill.clientCreatedAt(), 0, 0, 0, items, bill.payments(), bill.overrideUserId(),
                bill.serverNumber(), bill.status(), bill.discount(), bill.discountReason(), 0, bill.discountApprovedBy(), 0,
                bill.coin(), null);
        BillCalculator.Totals t = BillTerms.totals(kept);
        long excess = bill.payments().stream().mapToLong(BillPayload.Payment::amount).sum() - t.total();
        List<BillPayload.Payment> payments = RefundOrder.cut(bill.payments(), excess);

        tx.deleteFrom(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(bill.id())).execute();
        for (int k = 0; k < items.size(); k++) {
            BillPayload.Item i = items.get(k);
            BillCalculator.LineTotals lt = t.lines().get(k);
            BillRows.ITEM_ROW.execute(tx, BillRows.itemRow(bill.id(), new BillItem(i.lineNo(), i.productId(), i.sku(),
                    i.name(), i.quantity(), i.unitPrice(), i.taxRateBp(), lt.subtotal(), lt.tax(), lt.total(), i.weighed(),
                    i.taxInclusive(), i.listPrice(), i.reason(), BillTerms.discount(i.discount(), "items"), lt.lineDiscount(),
                    lt.billDiscount())));
        }
        tx.deleteFrom(BILL_TAX).where(BILL_TAX.BILL_ID.eq(bill.id())).execute();
        BillRows.TAX_ROW.executeBatch(tx, BillRows.taxRows(bill.id(), t.taxes()));
        tx.deleteFrom(PAYMENT).where(PAYMENT.BILL_ID.eq(bill.id())).execute();
        for (BillPayload.Payment p : payments) {
            tx.insertInto(PAYMENT).set(PAYMENT.BILL_ID, bill.id()).set(PAYMENT.LINE_NO, p.lineNo()).set(PAYMENT.METHOD, p.method())
                    .set(PAYMENT.AMOUNT, p.amount()).set(PAYMENT.TENDERED, p.tendered()).set(PAYMENT.REFERENCE, p.reference()).execute();
        }
        long paid = payments.stream().mapToLong(BillPayload.Payment::amount).sum();
        tx.update(BILL).set(BILL.SUBTOTAL, t.subtotal()).set(BILL.TAX_TOTAL, t.tax()).set(BILL.TOTAL, t.total())
                .set(BILL.DISCOUNT_TOTAL, t.discount()).set(BILL.ROUNDING, t.rounding())
                .set(BILL.PAID_TOTAL, paid).where(BILL.ID.eq(bill.id())).execute();
        return new BillPayload(bill.id(), bill.deviceId(), bill.userId(), bill.customerId(), bill.localNumber(),
                bill.localLabel(), bill.clientCreatedAt(), t.subtotal(), t.tax(), t.total(), items, payments,
                bill.overrideUserId(), bill.serverNumber(), bill.status(), bill.discount(), bill.discountReason(),
                t.discount(), bill.discountApprovedBy(), t.rounding(), bill.coin(), BillTerms.taxes(t), bill.noteApprovedBy());
    }

    static BillPayload withOverride(BillPayload b, String supervisorId) {
        return new BillPayload(b.id(), b.deviceId(), b.userId(), b.customerId(), b.localNumber(), b.localLabel(),
                b.clientCreatedAt(), b.subtotal(), b.taxTotal(), b.total(), b.items(), b.payments(), supervisorId,
                b.serverNumber(), b.status(), b.discount(), b.discountReason(), b.discountTotal(), b.discountApprovedBy(),
                b.rounding(), b.coin(), b.taxes(),
                b.noteApprovedBy() == null ? null : supervisorId); // one signature per bill: the overriding supervisor's
    }
}
