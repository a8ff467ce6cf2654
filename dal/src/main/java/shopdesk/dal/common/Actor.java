package shopdesk.dal.common;

import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.user.Role;

/** Who performs a use case, and where: every service method takes one. */
public record Actor(String userId, Role role, String shopId, String deviceId) {

    /** Throws PermissionDeniedException ("{what} needs a supervisor (you are cashier)") unless the role is enough. */
    public Actor requireRole(Role needed, ErrorText what) {
        if (role == null || !role.atLeast(needed)) {
            throw new PermissionDeniedException(ErrorText.NEEDS_ROLE, what, noun(needed), role == null ? ErrorText.ROLE_NONE : noun(role));
        }
        return this;
    }

    /** The role's name as a noun in the till's language ("cashier"). */
    public static ErrorText noun(Role role) {
        return switch (role) {
            case CASHIER -> ErrorText.ROLE_CASHIER;
            case SUPERVISOR -> ErrorText.ROLE_SUPERVISOR;
            case ADMIN -> ErrorText.ROLE_ADMIN;
        };
    }
}
