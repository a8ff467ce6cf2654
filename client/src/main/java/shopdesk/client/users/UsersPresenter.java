package shopdesk.client.users;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import shopdesk.client.catalog.FormErrors;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.user.Credentials;
import shopdesk.dal.user.NewUser;
import shopdesk.dal.user.Role;
import shopdesk.dal.user.TillStaff.Secret;
import shopdesk.dal.user.User;

/**
 * The users screen's logic: list, add a cashier, reset a password or PIN, disable or enable. Fields are checked
 * inline before anything is saved; secrets are wiped after use. Read only on a cloud till and for a cashier.
 */
public final class UsersPresenter {
    public static final String USERNAME = "username", NAME = "name", SECRET = "secret", CONFIRM = "confirm", USER = "user";
    private final UsersPort users;
    private final SessionHolder sessions;
    private final FormErrors errors = new FormErrors();
    private List<User> shown = List.of();
    private String status = "";

    public UsersPresenter(UsersPort users, SessionHolder sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    public List<User> reload() {
        shown = users.list();
        status = !users.managedHere() ? Messages.get("users.cloud") : canEdit() ? "" : Messages.get("users.readOnly");
        return shown;
    }

    /** A supervisor on a standalone till changes users; everyone else only sees the list. */
    public boolean canEdit() {
        return users.managedHere() && sessions.current().map(s -> s.isSupervisor()).orElse(false);
    }

    /** Adds a cashier; false with {@link #errors()} when a field is wrong. */
    public boolean add(String username, String name, Secret kind, char[] secret, char[] confirm) {
        errors.clear();
        try {
            if (username == null || username.isBlank()) errors.add(USERNAME, Messages.get("users.error.username"));
            if (name == null || name.isBlank()) errors.add(NAME, Messages.get("users.error.name"));
            checkSecret(kind, secret, confirm);
            if (!errors.isEmpty()) return failed();
            User u = users.add(sessions.require().actor(), new NewUser(username, name, Role.CASHIER, secret), kind);
            reload();
            status = Messages.get("users.added", u.displayName(), u.username());
            return true;
        } catch (RuntimeException e) {
            return refused(e, USERNAME);
        } finally {
            wipe(secret, confirm);
        }
    }

    public boolean reset(User user, Secret kind, char[] secret, char[] confirm) {
        errors.clear();
        try {
            if (user == null) errors.add(USER, Messages.get("users.error.pick"));
            checkSecret(kind, secret, confirm);
            if (!errors.isEmpty()) return failed();
            users.reset(sessions.require().actor(), user.id(), kind, secret);
            status = Messages.get(kind == Secret.PIN ? "users.pinReset" : "users.passwordReset", user.displayName());
            return true;
        } catch (RuntimeException e) {
            return refused(e, SECRET);
        } finally {
            wipe(secret, confirm);
        }
    }

    public boolean setDisabled(User user, boolean disabled) {
        errors.clear();
        if (user == null) {
            errors.add(USER, Messages.get("users.error.pick"));
            return failed();
        }
        try {
            users.setDisabled(sessions.require().actor(), user.id(), disabled);
            reload();
            status = Messages.get(disabled ? "users.disabled" : "users.enabled", user.displayName());
            return true;
        } catch (RuntimeException e) {
            return refused(e, USER);
        }
    }

    private void checkSecret(Secret kind, char[] secret, char[] confirm) {
        try {
            Credentials.checkSecret(SECRET, kind, secret);
        } catch (ShopDeskException e) {
            errors.add(SECRET, Messages.get(kind == Secret.PIN ? "users.error.pin" : "users.error.password",
                    kind == Secret.PIN ? Credentials.MIN_PIN_LENGTH : Credentials.MIN_PASSWORD_LENGTH, Credentials.MAX_PIN_LENGTH));
            return;
        }
        if (!Arrays.equals(secret, confirm)) errors.add(CONFIRM, Messages.get("users.error.confirm"));
    }

    private boolean failed() {
        status = Messages.get("users.fix");
        return false;
    }

    private boolean refused(RuntimeException e, String field) {
        if (e instanceof ShopDeskException s) {
            errors.add(s.field() != null && s.field().equals("username") ? USERNAME : field, Messages.of(s));
            status = Messages.of(s);
        } else {
            status = PlainMessages.forFailure(Messages.get("users.notSaved"), e);
        }
        return false;
    }

    private static void wipe(char[]... secrets) {
        for (char[] s : secrets) if (s != null) Arrays.fill(s, '\0');
    }

    public FormErrors errors() {
        return errors;
    }

    public String status() {
        return status;
    }

    public List<User> shown() {
        return shown;
    }

    public Optional<User> at(int row) {
        return row >= 0 && row < shown.size() ? Optional.of(shown.get(row)) : Optional.empty();
    }
}
