package shopdesk.server.stock;

import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK_MOVEMENT;

import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.money.Limits;
import shopdesk.db.tables.records.ProductRecord;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.StockDeltaPayload;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/**
 * RECEIVE_STOCK (a positive delta) and ADJUST_STOCK (a signed correction). Deltas commute, so they carry no
 * version; a negative adjustment that would take the level below zero is a CONFLICT STOCK with the shortfall.
 */
public final class StockApplier {
    private StockApplier() {
    }

    public static Applied receive(DSLContext tx, EntryContext ctx) {
        StockDeltaPayload p = ctx.payload(StockDeltaPayload.class);
        Checks.atLeast(p.delta(), 1, "payload.delta");
        return apply(tx, ctx, p, MovementKind.RECEIVE);
    }

    public static Applied adjust(DSLContext tx, EntryContext ctx) {
        StockDeltaPayload p = ctx.payload(StockDeltaPayload.class);
        if (p.delta() == 0) throw EntryRefused.invalid("payload.delta", "must not be zero");
        return apply(tx, ctx, p, MovementKind.ADJUST);
    }

    private static Applied apply(DSLContext tx, EntryContext ctx, StockDeltaPayload p, MovementKind kind) {
        Checks.atLeast(p.delta(), -Limits.MAX_STOCK, "payload.delta");
        Checks.text(p.movementId(), "payload.movementId", 36);
        Checks.text(p.productId(), "payload.productId", 36);
        Checks.optionalText(p.reason(), "payload.reason", 400);
        ProductRecord product = tx.selectFrom(PRODUCT)
                .where(PRODUCT.ID.eq(p.productId()), PRODUCT.SHOP_ID.eq(ctx.shopId())).fetchOne();
        if (product == null) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_PRODUCT, "Product " + p.productId() + " does not exist in this shop");
        }
        if (tx.fetchExists(STOCK_MOVEMENT, STOCK_MOVEMENT.ID.eq(p.movementId()))) {
            throw EntryRefused.rejected(RejectCodes.DUPLICATE, "Stock movement " + p.movementId() + " was already applied");
        }
        if (p.delta() < 0) {
            if (StockLedger.take(tx, ctx.shopId(), p.productId(), -p.delta(), ctx.now()) == null) {
                long available = StockLedger.quantity(tx, ctx.shopId(), p.productId());
                throw EntryRefused.stockConflict("Not enough '" + product.getName() + "' in stock to take " + -p.delta()
                                + " (" + available + " on the server)",
                        List.of(new Conflict.Shortfall(p.productId(), product.getSku(), -p.delta(), available)), null);
            }
        } else {
            long level = StockLedger.quantity(tx, ctx.shopId(), p.productId());
            if (level > Limits.MAX_STOCK - p.delta()) {
                throw EntryRefused.invalid("payload.delta", "would take the stock of '" + product.getName() + "' above "
                        + Limits.MAX_STOCK + " (" + level + " on the server)");
            }
            StockLedger.add(tx, ctx.shopId(), p.productId(), p.delta(), ctx.now());
        }
        String userId = ctx.entry().userId() != null ? ctx.entry().userId() : ctx.caller().userId();
        StockLedger.movement(tx, p.movementId(), ctx.shopId(), p.productId(), p.delta(), kind, p.reason(), null, userId, ctx.now());
        long version = StockLedger.publish(tx, ctx, p.productId());
        return new Applied(null, version, ctx.now());
    }
}
