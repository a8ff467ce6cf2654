package shopdesk.server.bill;

import static shopdesk.db.Tables.APP_USER;

import org.jooq.DSLContext;
import shopdesk.dal.user.Role;

/** Whether a user named in a payload belongs to the caller's shop, and in what role. */
final class ShopMembers {
    private ShopMembers() {
    }

    /** Any user of the shop, even one disabled since: a bill they rang up is still theirs. */
    static boolean hasUser(DSLContext tx, String shopId, String userId) {
        return tx.fetchExists(APP_USER, APP_USER.ID.eq(userId), APP_USER.SHOP_ID.eq(shopId));
    }

    /** The role of an enabled user of the shop, or null. */
    static Role roleOf(DSLContext tx, String shopId, String userId) {
        String role = tx.select(APP_USER.ROLE).from(APP_USER)
                .where(APP_USER.ID.eq(userId), APP_USER.SHOP_ID.eq(shopId), APP_USER.DISABLED_AT.isNull())
                .fetchOne(APP_USER.ROLE);
        return role == null ? null : Role.valueOf(role);
    }
}
