package shopdesk.dal.user;

import java.util.List;
import shopdesk.dal.common.Actor;
import shopdesk.dal.error.ErrorText;
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
        requireManages(actor, user.role() == null ? Role.CASHIER : user.role(), ErrorText.ACTION_ADD_USER);
        Credentials.checkSecret("password", kind, user.password());
        return users.insert(actor, user);
    }

    /** Sets a new password or PIN for someone who forgot theirs (their old one is not asked). */
    public void reset(Actor actor, String userId, Secret kind, char[] secret) {
        User target = target(userId);
        requireManages(actor, target.role(), ErrorText.ACTION_RESET_PASSWORD);
        Credentials.checkSecret("password", kind, secret);
        users.storeSecret(actor, userId, secret);
    }

    public void setDisabled(Actor actor, String userId, boolean disabled) {
        User target = target(userId);
        requireManages(actor, target.role(), disabled ? ErrorText.ACTION_DISABLE_USER : ErrorText.ACTION_ENABLE_USER);
        if (disabled && userId.equals(actor.userId())) {
            throw new ValidationException("user", ErrorText.OWN_ACCOUNT);
        }
        users.storeDisabled(actor, userId, disabled);
    }

    private User target(String userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException(ErrorText.NOUN_USER, userId));
    }

    private static void requireManages(Actor actor, Role target, ErrorText what) {
        actor.requireRole(Role.SUPERVISOR, what);
        if (target != Role.CASHIER && !actor.role().atLeast(Role.ADMIN)) {
            throw new PermissionDeniedException(ErrorText.NEEDS_ADMIN, what, Actor.noun(target));
        }
    }

    /** What a person logs in with. */
    public enum Secret { PASSWORD, PIN }
}
