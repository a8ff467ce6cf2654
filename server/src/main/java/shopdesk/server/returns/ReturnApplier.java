package shopdesk.server.returns;

import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.SALE_RETURN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.common.Ids;
import shopdesk.dal.returns.ReturnItem;
import shopdesk.dal.returns.ReturnRows;
import shopdesk.dal.returns.ReturnStatus;
import shopdesk.dal.returns.SaleReturn;
import shopdesk.db.tables.records.BillItemRecord;
import shopdesk.db.tables.records.BillRecord;
import shopdesk.protocol.BillSeries;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.ReturnPayload;
import shopdesk.server.audit.AuditTrail;
import shopdesk.server.bill.BillState;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;
import shopdesk.server.sequence.LegalSeries;
import shopdesk.server.stock.StockLedger;

/**
 * CREATE_RETURN: under the shop's write lock (so across all tills and instances) the server checks that each line
 * returns no more than was sold minus what earlier returns took back; more is a RETURN conflict for a supervisor.
 * Refunds must be the line's share of its stored totals. Restocked goods go back; the return gets a credit-note
 * number. A return without a bill needs a supervisor, from the token or a verified approval, and a reason.
 */
public final class ReturnApplier {

    private ReturnApplier() {
    }

    public static Applied apply(DSLContext tx, EntryContext ctx) {
        ReturnPayload r = ctx.payload(ReturnPayload.class);
        String id = ctx.entityId(r.id());
        String shop = ctx.shopId();
        ReturnValidation.fields(r);
        if (tx.fetchExists(SALE_RETURN, SALE_RETURN.ID.eq(id))) {
            throw EntryRefused.rejected(RejectCodes.DUPLICATE, "Return " + id + " already exists");
        }
        if (tx.fetchExists(SALE_RETURN, SALE_RETURN.DEVICE_ID.eq(r.deviceId()), SALE_RETURN.LOCAL_NUMBER.eq(r.localNumber()))) {
            throw EntryRefused.rejected(RejectCodes.LOCAL_NUMBER_TAKEN, "Till return number " + r.localLabel()
                    + " was already used by another return of the same till");
        }
        List<ReturnItem> items = r.originalBillId() == null ? withoutBill(tx, ctx, r) : againstBill(tx, ctx, r);
        LegalSeries.Number legal = LegalSeries.claim(tx, shop, BillSeries.CREDIT_NOTE, ctx.now());
        SaleReturn stored = new SaleReturn(id, shop, r.deviceId(), r.userId(), r.originalBillId(), r.localNumber(),
                r.localLabel(), ReturnStatus.COMPLETED, r.refundMethod(), Checks.optionalText(r.reason(), "payload.reason", 400),
                r.approvedBy(), r.subtotal(), r.taxTotal(), r.total(), BillSyncState.SYNCED, r.clientCreatedAt(),
                legal.number(), legal.label(), items);
        ReturnRows.insert(tx, stored, legal.fiscalYear(), ctx.now());
        Map<String, Long> back = new TreeMap<>(); // sorted: stock rows locked in the same order as bills take them
        for (ReturnItem i : items) if (i.restock()) back.merge(i.productId(), i.quantity(), Math::addExact);
        for (Map.Entry<String, Long> b : back.entrySet()) {
            StockLedger.add(tx, shop, b.getKey(), b.getValue(), ctx.now());
            StockLedger.movement(tx, Ids.newId(), shop, b.getKey(), b.getValue(), MovementKind.RETURN, legal.label(), r.originalBillId(),
                    r.userId(), ctx.now());
            StockLedger.publish(tx, ctx, b.getKey());
        }
        ctx.feed().add(shop, ctx.deviceId(), EntityType.RETURN, id, ChangeAction.CREATE_RETURN.name(), 1L, stored.payload(), ctx.now());
        return new Applied(legal.number(), 1L, ctx.now(), legal.series().name(), legal.label());
    }

    private static List<ReturnItem> withoutBill(DSLContext tx, EntryContext ctx, ReturnPayload r) {
        if (!RoleMatrix.allows(ctx.caller().role(), Resolution.RETURN_WITHOUT_RECEIPT)) {
            throw EntryRefused.rejected(RejectCodes.FORBIDDEN_ROLE, "A return without the bill needs a supervisor (this login is a "
                    + ctx.caller().role().name().toLowerCase() + " without a supervisor's approval)");
        }
        String reason = Checks.text(r.reason(), "payload.reason", 400);
        List<ReturnItem> items = new ArrayList<>();
        for (ReturnPayload.Item i : r.items()) {
            var p = tx.selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(ctx.shopId()), PRODUCT.ID.eq(i.productId())).fetchOne();
            if (p == null) throw EntryRefused.rejected(RejectCodes.UNKNOWN_PRODUCT, "The return names a product this shop does not have: " + i.productId());
            items.add(new ReturnItem(i.lineNo(), null, p.getId(), p.getSku(), p.getName(), i.quantity(), i.restock(),
                    i.subtotal(), i.tax(), Math.addExact(i.subtotal(), i.tax())));
        }
        AuditTrail.write(tx, ctx.now(), ctx.shopId(), r.approvedBy() != null ? r.approvedBy() : ctx.caller().userId(),
                AuditAction.RETURN_WITHOUT_BILL, EntityType.RETURN, r.id(), reason, "refund " + r.total() + ", pushed by " + ctx.caller().username());
        return items;
    }

    private static List<ReturnItem> againstBill(DSLContext tx, EntryContext ctx, ReturnPayload r) {
        BillRecord bill = BillState.find(tx, ctx.shopId(), r.originalBillId());
        if (bill == null) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_BILL, "Bill " + r.originalBillId() + " is not on the server");
        }
        if (BillStatus.VOIDED.code().equals(bill.getStatus())) {
            throw EntryRefused.rejected(RejectCodes.NOT_RETURNABLE, "Bill " + bill.getLocalLabel() + " was voided; nothing on it can be returned");
        }
        Map<Integer, BillItemRecord> lines = new HashMap<>();
        for (BillItemRecord l : tx.selectFrom(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(bill.getId())).fetch()) lines.put(l.getLineNo(), l);
        Map<Integer, Long> returned = ReturnRows.returnedByLine(tx, bill.getId());
        Map<Integer, Long> refundedSub = refunded(tx, bill.getId(), true);
        Map<Integer, Long> refundedTax = refunded(tx, bill.getId(), false);
        List<Conflict.Shortfall> shortfalls = new ArrayList<>();
        List<ReturnItem> items = new ArrayList<>();
        for (ReturnPayload.Item i : r.items()) {
            BillItemRecord l = lines.get(i.originalLineNo());
            if (l == null || !l.getProductId().equals(i.productId())) {
                throw EntryRefused.rejected(RejectCodes.NOT_RETURNABLE, "Bill " + bill.getLocalLabel() + " has no line "
                        + i.originalLineNo() + " of product " + i.productId());
            }
            long before = returned.getOrDefault(l.getLineNo(), 0L);
            long left = l.getQuantity() - before;
            if (i.quantity() > left) {
                shortfalls.add(new Conflict.Shortfall(l.getProductId(), l.getSku(), i.quantity(), Math.max(0, left)));
                continue;
            }
            returned.merge(l.getLineNo(), i.quantity(), Math::addExact);
            long sub = refundedSub.merge(l.getLineNo(), i.subtotal(), Math::addExact);
            long tax = refundedTax.merge(l.getLineNo(), i.tax(), Math::addExact);
            if (!shopdesk.dal.returns.RefundMath.acceptable(l.getLineSubtotal(), l.getQuantity(), i.quantity(), i.subtotal())
                    || !shopdesk.dal.returns.RefundMath.acceptable(l.getLineTax(), l.getQuantity(), i.quantity(), i.tax())
                    || sub > l.getLineSubtotal() || tax > l.getLineTax()) {
                throw EntryRefused.rejected(RejectCodes.REFUND_MISMATCH, "The refund " + i.subtotal() + " + " + i.tax() + " for "
                        + i.quantity() + " of line " + l.getLineNo() + " is not its share of " + l.getLineSubtotal() + " + "
                        + l.getLineTax() + " paid for " + l.getQuantity());
            }
            items.add(new ReturnItem(i.lineNo(), l.getLineNo(), l.getProductId(), l.getSku(), l.getName(), i.quantity(),
                    i.restock(), i.subtotal(), i.tax(), Math.addExact(i.subtotal(), i.tax())));
        }
        if (!shortfalls.isEmpty()) {
            Long number = BillState.number(tx, bill.getId());
            String message = "More returned than is left on bill " + bill.getLocalLabel() + (number == null ? "" : " (No. " + number + ")")
                    + ": " + String.join("; ", shortfalls.stream().map(s -> s.sku() + " returned " + s.requested() + ", left "
                    + s.available()).toList()) + " (another till took a return of it first)";
            throw EntryRefused.conflict(new Conflict(Conflict.Kind.RETURN, message, null, null, shortfalls));
        }
        return items;
    }

    /** What completed returns already refunded per line of the bill (subtotals or taxes). */
    private static Map<Integer, Long> refunded(DSLContext tx, String billId, boolean subtotal) {
        var item = shopdesk.db.Tables.SALE_RETURN_ITEM;
        var sum = org.jooq.impl.DSL.sum(subtotal ? item.LINE_SUBTOTAL : item.LINE_TAX);
        Map<Integer, Long> out = new HashMap<>();
        tx.select(item.ORIGINAL_LINE_NO, sum).from(item).join(SALE_RETURN).on(SALE_RETURN.ID.eq(item.RETURN_ID))
                .where(SALE_RETURN.ORIGINAL_BILL_ID.eq(billId)).and(SALE_RETURN.STATUS.eq(ReturnStatus.COMPLETED.name()))
                .groupBy(item.ORIGINAL_LINE_NO).fetch().forEach(x -> out.put(x.value1(), x.value2() == null ? 0 : x.value2().longValue()));
        return out;
    }

}
