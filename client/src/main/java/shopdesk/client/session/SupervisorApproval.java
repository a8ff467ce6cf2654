package shopdesk.client.session;

import java.util.Arrays;
import java.util.Optional;
import shopdesk.client.i18n.Messages;
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
                error = Messages.get("approve.error.empty");
                return Optional.empty();
            }
            Session s = auth.login(username.trim(), password);
            if (!s.isSupervisor()) {
                error = Messages.get("approve.error.role", s.displayName(), Messages.get("role." + s.role().name().toLowerCase(java.util.Locale.ROOT)));
                return Optional.empty();
            }
            error = "";
            return Optional.of(s);
        } catch (RuntimeException e) {
            error = PlainMessages.forFailure(Messages.get("approve.error.failed"), e);
            return Optional.empty();
        } finally {
            if (password != null) Arrays.fill(password, '\0');
        }
    }

    public String error() {
        return error;
    }
}
