package shopdesk.server.returns;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.SALE_RETURN;
import static shopdesk.db.Tables.STORE_CREDIT;

import org.jooq.DSLContext;
import shopdesk.dal.money.Limits;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.StoreCreditPayload;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/**
 * ISSUE_STORE_CREDIT: stores a till's store-credit note, what an exchange owes the customer after its sale. The till
 * is the token's; the note's return must be on the server (the entry depends on it, so it arrives first) and of this
 * shop, and the note cannot be for more than that return refunded.
 */
public final class StoreCreditApplier {
    private StoreCreditApplier() {
    }

    public static Applied apply(DSLContext tx, EntryContext ctx) {
        StoreCreditPayload p = ctx.payload(StoreCreditPayload.class);
        String id = ctx.entityId(p.id());
        if (p.deviceId() != null && !p.deviceId().equals(ctx.deviceId())) {
            throw EntryRefused.rejected(RejectCodes.FORBIDDEN_ACTOR, "This login is for till " + ctx.deviceId()
                    + "; it cannot push a document of till " + p.deviceId());
        }
        Checks.within(p.amount(), new Limits.Range(1, Limits.MAX_AMOUNT, "an amount in minor units"), "payload.amount");
        Checks.atLeast(p.localNumber(), 1, "payload.localNumber");
        String label = Checks.text(p.localLabel(), "payload.localLabel", 32);
        String returnId = Checks.text(p.returnId(), "payload.returnId", 36);
        String user = p.userId() != null && !p.userId().isBlank() ? p.userId() : ctx.caller().userId();
        if (!tx.fetchExists(APP_USER, APP_USER.ID.eq(user).and(APP_USER.SHOP_ID.eq(ctx.shopId())))) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_USER, "User " + user + " is not a user of this shop");
        }
        Long returned = tx.select(SALE_RETURN.TOTAL).from(SALE_RETURN).where(SALE_RETURN.ID.eq(returnId))
                .and(SALE_RETURN.SHOP_ID.eq(ctx.shopId())).fetchOne(SALE_RETURN.TOTAL);
        if (returned == null) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_RETURN, "Store credit " + label + " names return " + returnId
                    + ", which this shop's server does not have");
        }
        if (p.amount() > returned) {
            throw EntryRefused.rejected(RejectCodes.CREDIT_EXCEEDS_RETURN, "Store credit " + label + " is for " + p.amount()
                    + ", more than its return refunded (" + returned + ")");
        }
        if (tx.fetchExists(STORE_CREDIT, STORE_CREDIT.ID.eq(id))) {
            throw EntryRefused.rejected(RejectCodes.DUPLICATE, "Store credit " + id + " is already on the server");
        }
        if (tx.fetchExists(STORE_CREDIT, STORE_CREDIT.DEVICE_ID.eq(ctx.deviceId()).and(STORE_CREDIT.LOCAL_NUMBER.eq(p.localNumber())))) {
            throw EntryRefused.rejected(RejectCodes.LOCAL_NUMBER_TAKEN, "This till's store credit number " + p.localNumber()
                    + " is already used by another note");
        }
        tx.insertInto(STORE_CREDIT).set(STORE_CREDIT.ID, id).set(STORE_CREDIT.SHOP_ID, ctx.shopId())
                .set(STORE_CREDIT.DEVICE_ID, ctx.deviceId()).set(STORE_CREDIT.USER_ID, user)
                .set(STORE_CREDIT.LOCAL_NUMBER, p.localNumber()).set(STORE_CREDIT.LOCAL_LABEL, label)
                .set(STORE_CREDIT.AMOUNT, p.amount()).set(STORE_CREDIT.RETURN_ID, returnId).set(STORE_CREDIT.BILL_ID, p.billId())
                .set(STORE_CREDIT.CLIENT_CREATED_AT, p.clientCreatedAt()).set(STORE_CREDIT.SERVER_CREATED_AT, ctx.now())
                .execute();
        return new Applied(null, 1L, ctx.now());
    }
}
