package shopdesk.dal.user;

import java.util.List;
import shopdesk.dal.common.Actor;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;

/**
 * Cashier accounts on a standalone till: a supervisor adds, disables and resets cashiers (an admin anyone but
 * themselves), each with a password or a PIN, hashed like every other password. A cloud till's users come from
 * the server instead. Every change is in the audit log.
 */
public final class TillStaff {
    private final UserService users;

    public TillStaff(UserService users) {
        this.users = users;
    }

    public List<User> list(String shopId) {
        return users.list(shopId);
    }

    /** A supervisor adds cashiers; only an admin adds a supervisor or an admin. */
    public User add(Actor actor, NewUser user, Secret kind) {
        requireManages(actor, user.role() == null ? Role.CASHIER : user.role(), "Adding a user");
        Credentials.checkSecret("password", kind, user.password());
        return users.insert(actor, user);
    }

    /** Sets a new password or PIN for someone who forgot theirs (their old one is not asked). */
    public void reset(Actor actor, String userId, Secret kind, char[] secret) {
        User target = target(userId);
        requireManages(actor, target.role(), "Resetting a password");
        Credentials.checkSecret("password", kind, secret);
        users.storeSecret(actor, userId, secret);
    }

    public void setDisabled(Actor actor, String userId, boolean disabled) {
        User target = target(userId);
        requireManages(actor, target.role(), disabled ? "Disabling a user" : "Enabling a user");
        if (disabled && userId.equals(actor.userId())) {
            throw new ValidationException("user", "You cannot disable your own account");
        }
        users.storeDisabled(actor, userId, disabled);
    }

    private User target(String userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
    }

    private static void requireManages(Actor actor, Role target, String what) {
        actor.requireRole(Role.SUPERVISOR, what);
        if (target != Role.CASHIER && !actor.role().atLeast(Role.ADMIN)) {
            throw new PermissionDeniedException(what + " for a " + target.name().toLowerCase() + " needs an admin");
        }
    }

    /** What a person logs in with. */
    public enum Secret { PASSWORD, PIN }
}
