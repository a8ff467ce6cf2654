package shopdesk.dal.common;

import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.user.Role;

/** Who performs a use case, and where: every service method takes one. */
public record Actor(String userId, Role role, String shopId, String deviceId) {

    public Actor requireRole(Role needed, String what) {
        if (role == null || !role.atLeast(needed)) {
            throw new PermissionDeniedException(what + " needs a " + needed.name().toLowerCase() + " (you are "
                    + (role == null ? "not logged in" : role.name().toLowerCase()) + ")");
        }
        return this;
    }
}
