package shopdesk.server.bill;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;

import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.common.Ids;
import shopdesk.db.tables.records.BillItemRecord;
import shopdesk.db.tables.records.BillRecord;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.VoidBillPayload;
import shopdesk.server.audit.AuditTrail;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;
import shopdesk.server.stock.StockLedger;

/** VOID_BILL: cancels a synced bill, restores its stock and keeps its legal number (numbers are never reused). */
public final class VoidBillApplier {
    private VoidBillApplier() {
    }

    public static Applied apply(DSLContext tx, EntryContext ctx) {
        VoidBillPayload v = ctx.payload(VoidBillPayload.class);
        String id = ctx.entityId(v.billId());
        Checks.text(v.reason(), "payload.reason", 400);
        String voidedBy = v.voidedBy() != null && !v.voidedBy().isBlank() ? v.voidedBy() : ctx.caller().userId();
        if (!ShopMembers.hasUser(tx, ctx.shopId(), voidedBy)) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_USER, "User " + voidedBy + " is not a user of this shop");
        }
        BillRecord bill = BillState.find(tx, ctx.shopId(), id);
        if (bill == null) throw EntryRefused.rejected(RejectCodes.UNKNOWN_BILL, "Bill " + id + " is not on the server");
        Long number = BillState.number(tx, id);
        if (BillStatus.VOIDED.code().equals(bill.getStatus())) {
            throw EntryRefused.rejected(RejectCodes.INVALID_STATE, "Bill " + number + " is already void");
        }
        Map<String, Long> restore = new TreeMap<>();
        for (BillItemRecord i : tx.selectFrom(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(id)).fetch()) {
            restore.merge(i.getProductId(), i.getQuantity(), Long::sum);
        }
        for (Map.Entry<String, Long> r : restore.entrySet()) {
            StockLedger.add(tx, ctx.shopId(), r.getKey(), r.getValue(), ctx.now());
            StockLedger.movement(tx, Ids.newId(), ctx.shopId(), r.getKey(), r.getValue(), MovementKind.VOID, v.reason(), id,
                    voidedBy, ctx.now());
        }
        long version = bill.getVersion() + 1;
        tx.update(BILL).set(BILL.STATUS, BillStatus.VOIDED.code()).set(BILL.VOID_REASON, v.reason()).set(BILL.VOIDED_BY, voidedBy)
                .set(BILL.VOIDED_AT, ctx.now()).set(BILL.VERSION, version).where(BILL.ID.eq(id)).execute();
        AuditTrail.write(tx, ctx.now(), ctx.shopId(), voidedBy, AuditAction.BILL_VOID, EntityType.BILL, id, v.reason(),
                "server number " + number + ", pushed by " + ctx.caller().username());
        for (String productId : restore.keySet()) StockLedger.publish(tx, ctx, productId);
        ctx.feed().add(ctx.shopId(), ctx.deviceId(), EntityType.BILL, id, ChangeAction.VOID_BILL.name(), version,
                BillState.load(tx, BillState.find(tx, ctx.shopId(), id)), ctx.now());
        return new Applied(number, version, ctx.now());
    }
}
