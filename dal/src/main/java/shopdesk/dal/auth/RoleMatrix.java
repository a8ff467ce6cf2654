package shopdesk.dal.auth;

import shopdesk.dal.common.Actor;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ChangeAction;

/**
 * Who may do what: the least role for every pushed action, every resolution and every endpoint. The till's
 * services and the server both ask here, so they cannot drift. The switches have no default: a new action,
 * resolution or endpoint without a rule does not compile. Written down in docs/SECURITY.md.
 */
public final class RoleMatrix {
    private RoleMatrix() {
    }

    public static Role required(ChangeAction action) {
        return switch (action) {
            case CREATE_BILL, RECEIVE_STOCK, CREATE_CUSTOMER, UPDATE_CUSTOMER, CASH_MOVEMENT, CLOSE_DAY, CREATE_RETURN,
                 ISSUE_STORE_CREDIT
                    -> Role.CASHIER;
            // a cashier may retry a waiting entry; each decision's own role was checked where it was made
            case RECORD_AUDIT -> Role.CASHIER;
            case CREATE_PRODUCT, UPDATE_PRODUCT, DELETE_PRODUCT, ADJUST_STOCK, VOID_BILL -> Role.SUPERVISOR;
        };
    }

    public static Role required(Resolution resolution) {
        return switch (resolution) {
            case RETRY -> Role.CASHIER;
            case RETRY_FAILED, DISCARD, FORCE_PUSH, TAKE_THEIRS, VOID_CONFLICTING_BILL, REDUCE_QUANTITIES,
                 STOCK_OVERRIDE, RETURN_WITHOUT_RECEIPT, REDUCE_RETURN -> Role.SUPERVISOR;
        };
    }

    /** The least role of the caller's token; null: open to anyone (no token needed). */
    public static Role required(Endpoint endpoint) {
        return switch (endpoint) {
            case HEALTH, LOGIN, REFRESH, LOGOUT -> null;
            case PUSH, PULL -> Role.CASHIER;
        };
    }

    public static boolean allows(Role role, ChangeAction action) {
        return role != null && role.atLeast(required(action));
    }

    public static boolean allows(Role role, Resolution resolution) {
        return role != null && role.atLeast(required(resolution));
    }

    public static boolean allows(Role role, Endpoint endpoint) {
        Role needed = required(endpoint);
        return needed == null || role != null && role.atLeast(needed);
    }

    /** Throws PermissionDeniedException (with {@code what} in plain words) unless the actor's role may. */
    public static Actor require(Actor actor, ChangeAction action, ErrorText what) {
        return actor.requireRole(required(action), what);
    }

    public static Actor require(Actor actor, Resolution resolution, ErrorText what) {
        return actor.requireRole(required(resolution), what);
    }
}
