package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.SALE_RETURN;
import static shopdesk.db.Tables.SALE_RETURN_ITEM;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.returns.OriginalBill;
import shopdesk.dal.returns.RefundMath;
import shopdesk.dal.returns.ReturnItem;
import shopdesk.dal.returns.ReturnRows;
import shopdesk.dal.returns.ReturnStatus;
import shopdesk.dal.returns.SaleReturn;
import shopdesk.dal.stock.StockService;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.MovementKind;

/** What undoing or cutting down a return the cloud refused does to the till's own rows and stock. */
final class ReturnRepair {
    private ReturnRepair() {
    }

    /** The return stays for audit as DISCARDED (out of takings); restocked goods leave the shelf again. */
    static void discard(DSLContext tx, Actor actor, String returnId, String reason, long now) {
        SaleReturn r = ReturnRows.load(tx, returnId).orElse(null);
        if (r == null || r.status() == ReturnStatus.DISCARDED) return;
        tx.update(SALE_RETURN).set(SALE_RETURN.STATUS, ReturnStatus.DISCARDED.name())
                .set(SALE_RETURN.SYNC_STATE, BillSyncState.FAILED.name()).where(SALE_RETURN.ID.eq(returnId)).execute();
        List<StockService.Move> out = r.items().stream().filter(ReturnItem::restock)
                .map(i -> new StockService.Move(Ids.newId(), i.productId(), -i.quantity())).toList();
        if (!out.isEmpty()) {
            StockService.applyDeltas(tx, r.shopId(), out, now);
            StockService.insertMovements(tx, actor, out, MovementKind.ADJUST, "return " + r.localLabel() + " discarded: " + reason,
                    r.originalBillId(), now);
        }
    }

    /**
     * The return cut down to what the cloud said is left (shortfalls in the return's line order, matched by
     * product): refunds recomputed from the original line when this till has the bill, else in proportion. Rows and
     * stock follow. Returns the new state, or null when nothing is left to return.
     */
    static SaleReturn reduce(DSLContext tx, Actor actor, SaleReturn r, List<Conflict.Shortfall> shortfalls, OriginalBill original,
                             long now) {
        List<Conflict.Shortfall> open = new ArrayList<>(shortfalls);
        List<ReturnItem> kept = new ArrayList<>();
        List<StockService.Move> out = new ArrayList<>();
        int n = 0;
        for (ReturnItem i : r.items()) {
            Conflict.Shortfall s = open.stream().filter(x -> x.productId().equals(i.productId())).findFirst().orElse(null);
            long q = i.quantity();
            if (s != null) {
                open.remove(s);
                q = Math.min(q, s.available());
            }
            if (i.restock() && q < i.quantity()) out.add(new StockService.Move(Ids.newId(), i.productId(), q - i.quantity()));
            if (q == 0) continue;
            long sub = i.subtotal();
            long tax = i.tax();
            if (q < i.quantity()) {
                OriginalBill.Line l = original == null || i.originalLineNo() == null ? null : original.line(i.originalLineNo());
                if (l != null) {
                    sub = RefundMath.share(l.subtotal(), l.quantity(), l.quantity() - s.available(), q);
                    tax = RefundMath.share(l.tax(), l.quantity(), l.quantity() - s.available(), q);
                } else {
                    sub = Math.multiplyExact(sub, q) / i.quantity();
                    tax = Math.multiplyExact(tax, q) / i.quantity();
                }
            }
            kept.add(new ReturnItem(++n, i.originalLineNo(), i.productId(), i.sku(), i.name(), q, i.restock(), sub, tax,
                    Math.addExact(sub, tax)));
        }
        if (!out.isEmpty()) {
            StockService.applyDeltas(tx, r.shopId(), out, now);
            StockService.insertMovements(tx, actor, out, MovementKind.ADJUST, "return " + r.localLabel() + " reduced",
                    r.originalBillId(), now);
        }
        if (kept.isEmpty()) return null;
        long sub = kept.stream().mapToLong(ReturnItem::subtotal).reduce(0, Math::addExact);
        long tax = kept.stream().mapToLong(ReturnItem::tax).reduce(0, Math::addExact);
        tx.deleteFrom(SALE_RETURN_ITEM).where(SALE_RETURN_ITEM.RETURN_ID.eq(r.id())).execute();
        ReturnRows.insertItems(tx, r.id(), kept);
        tx.update(SALE_RETURN).set(SALE_RETURN.SUBTOTAL, sub).set(SALE_RETURN.TAX_TOTAL, tax)
                .set(SALE_RETURN.TOTAL, Math.addExact(sub, tax)).set(SALE_RETURN.SYNC_STATE, BillSyncState.PENDING.name())
                .where(SALE_RETURN.ID.eq(r.id())).execute();
        return ReturnRows.load(tx, r.id()).orElseThrow();
    }
}
