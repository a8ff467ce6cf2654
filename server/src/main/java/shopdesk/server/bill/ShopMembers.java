package shopdesk.server.bill;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.DEVICE;

import org.jooq.DSLContext;
import shopdesk.dal.user.Role;

/** Whether a device, user or customer named in a payload belongs to the caller's shop. */
final class ShopMembers {
    private ShopMembers() {
    }

    static boolean hasDevice(DSLContext tx, String shopId, String deviceId) {
        return tx.fetchExists(DEVICE, DEVICE.ID.eq(deviceId), DEVICE.SHOP_ID.eq(shopId));
    }

    /** Any user of the shop, even one disabled since: a bill they rang up is still theirs. */
    static boolean hasUser(DSLContext tx, String shopId, String userId) {
        return tx.fetchExists(APP_USER, APP_USER.ID.eq(userId), APP_USER.SHOP_ID.eq(shopId));
    }

    static boolean hasCustomer(DSLContext tx, String shopId, String customerId) {
        return tx.fetchExists(CUSTOMER, CUSTOMER.ID.eq(customerId), CUSTOMER.SHOP_ID.eq(shopId));
    }

    /** The role of an enabled user of the shop, or null. */
    static Role roleOf(DSLContext tx, String shopId, String userId) {
        String role = tx.select(APP_USER.ROLE).from(APP_USER)
                .where(APP_USER.ID.eq(userId), APP_USER.SHOP_ID.eq(shopId), APP_USER.DISABLED_AT.isNull())
                .fetchOne(APP_USER.ROLE);
        return role == null ? null : Role.valueOf(role);
    }
}
