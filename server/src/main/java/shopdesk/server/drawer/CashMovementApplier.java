package shopdesk.server.drawer;

import static shopdesk.db.Tables.CASH_MOVEMENT;

import org.jooq.DSLContext;
import shopdesk.dal.drawer.CashKind;
import shopdesk.dal.money.Limits;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.CashMovementPayload;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/**
 * CASH_MOVEMENT: stores a till's drawer document. The till is the token's; the user is the entry's, which the
 * authorizer has already held to the login, its approver or someone who logged in on this till.
 */
public final class CashMovementApplier {
    private CashMovementApplier() {
    }

    public static Applied apply(DSLContext tx, EntryContext ctx) {
        CashMovementPayload p = ctx.payload(CashMovementPayload.class);
        String id = ctx.entityId(p.id());
        Actors.sameTill(ctx, p.deviceId());
        CashKind kind = kind(p.kind());
        Checks.within(p.amount(), new Limits.Range(1, Limits.MAX_AMOUNT, "an amount in minor units"), "payload.amount");
        Checks.atLeast(p.localNumber(), 1, "payload.localNumber");
        String reason = kind == CashKind.FLOAT ? Checks.optionalText(p.reason(), "payload.reason", 400)
                : Checks.text(p.reason(), "payload.reason", 400);
        if (tx.fetchExists(CASH_MOVEMENT, CASH_MOVEMENT.ID.eq(id))) {
            throw EntryRefused.rejected(RejectCodes.DUPLICATE, "Cash movement " + id + " is already on the server");
        }
        if (tx.fetchExists(CASH_MOVEMENT, CASH_MOVEMENT.DEVICE_ID.eq(ctx.deviceId()).and(CASH_MOVEMENT.LOCAL_NUMBER.eq(p.localNumber())))) {
            throw EntryRefused.rejected(RejectCodes.LOCAL_NUMBER_TAKEN, "This till's cash movement number " + p.localNumber()
                    + " is already used by another movement");
        }
        tx.insertInto(CASH_MOVEMENT).set(CASH_MOVEMENT.ID, id).set(CASH_MOVEMENT.SHOP_ID, ctx.shopId())
                .set(CASH_MOVEMENT.DEVICE_ID, ctx.deviceId()).set(CASH_MOVEMENT.USER_ID, Actors.user(tx, ctx))
                .set(CASH_MOVEMENT.LOCAL_NUMBER, p.localNumber()).set(CASH_MOVEMENT.KIND, kind.name())
                .set(CASH_MOVEMENT.AMOUNT, p.amount()).set(CASH_MOVEMENT.REASON, reason)
                .set(CASH_MOVEMENT.CLIENT_CREATED_AT, p.clientCreatedAt()).set(CASH_MOVEMENT.SERVER_CREATED_AT, ctx.now())
                .execute();
        return new Applied(null, 1L, ctx.now());
    }

    private static CashKind kind(String raw) {
        try {
            return CashKind.valueOf(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw EntryRefused.invalid("payload.kind", "must be FLOAT, CASH_IN or CASH_OUT");
        }
    }
}
