package shopdesk.server.authz;

import static shopdesk.db.Tables.AUTH_TOKEN;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The users who have logged in online on one till, read once per push when needed. A till logs a user in
 * offline only after a first online login there, so a bill's cashier outside this roster is a forgery.
 */
final class DeviceRoster {
    private final DSLContext dsl;
    private final String shopId;
    private final String deviceId;
    private final Map<String, Boolean> known = new HashMap<>();

    DeviceRoster(DSLContext dsl, String shopId, String deviceId) {
        this.dsl = dsl;
        this.shopId = shopId;
        this.deviceId = deviceId;
    }

    boolean loggedInHere(String userId) {
        return known.computeIfAbsent(userId, u -> dsl.fetchExists(AUTH_TOKEN, AUTH_TOKEN.USER_ID.eq(u),
                AUTH_TOKEN.DEVICE_ID.eq(deviceId), AUTH_TOKEN.SHOP_ID.eq(shopId)));
    }
}
