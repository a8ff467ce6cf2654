package shopdesk.client.session;

import java.util.Arrays;
import java.util.Optional;
import shopdesk.client.message.PlainMessages;

/**
 * A supervisor's own login to approve one action (selling beyond stock, a void) without taking over the till:
 * who approved is recorded by id, never a shared PIN.
 */
public final class SupervisorApproval {
    private final AuthPort auth;
    private String error = "";

    public SupervisorApproval(AuthPort auth) {
        this.auth = auth;
    }

    public Optional<Session> approve(String username, char[] password) {
        try {
            if (username == null || username.isBlank() || password == null || password.length == 0) {
                error = "A supervisor enters their user name and password";
                return Optional.empty();
            }
            Session s = auth.login(username.trim(), password);
            if (!s.isSupervisor()) {
                error = s.displayName() + " is a " + s.role().name().toLowerCase() + "; a supervisor must approve this";
                return Optional.empty();
            }
            error = "";
            return Optional.of(s);
        } catch (RuntimeException e) {
            error = PlainMessages.forFailure("The approval could not be checked", e);
            return Optional.empty();
        } finally {
            if (password != null) Arrays.fill(password, '\0');
        }
    }

    public String error() {
        return error;
    }
}
