package shopdesk.server.drawer;

import static shopdesk.db.Tables.APP_USER;

import org.jooq.DSLContext;
import shopdesk.protocol.RejectCodes;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/** Who a drawer document or Z report is by, decided from the token (never from a payload field alone). */
final class Actors {
    private Actors() {
    }

    /** The payload's till, when named, must be the token's. */
    static void sameTill(EntryContext ctx, String payloadDeviceId) {
        if (payloadDeviceId != null && !payloadDeviceId.equals(ctx.deviceId())) {
            throw EntryRefused.rejected(RejectCodes.FORBIDDEN_ACTOR, "This login is for till " + ctx.deviceId()
                    + "; it cannot push a document of till " + payloadDeviceId);
        }
    }

    /**
     * The entry's user (the authorizer admitted it: the login, its approver or someone who logged in on this till),
     * else the login's; must be a user of the shop.
     */
    static String user(DSLContext tx, EntryContext ctx) {
        String named = ctx.entry().userId();
        String user = named != null && !named.isBlank() ? named : ctx.caller().userId();
        if (!tx.fetchExists(APP_USER, APP_USER.ID.eq(user).and(APP_USER.SHOP_ID.eq(ctx.shopId())))) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_USER, "User " + user + " is not a user of this shop");
        }
        return user;
    }
}
