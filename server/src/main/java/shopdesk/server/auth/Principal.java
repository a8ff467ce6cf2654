package shopdesk.server.auth;

import shopdesk.dal.common.Actor;
import shopdesk.dal.user.Role;

/**
 * The caller of one request: the token's user, shop and device, with the role and name re-read from the
 * user's row on this request (so a demotion or disable takes effect at once).
 */
public record Principal(String userId, String username, Role role, String shopId, String deviceId, String familyId) {
    public static final String ATTRIBUTE = "shopdesk.principal";

    public Actor actor() {
        return new Actor(userId, role, shopId, deviceId);
    }

    @Override
    public String toString() {
        return username + "(" + role + ")@" + deviceId;
    }
}
