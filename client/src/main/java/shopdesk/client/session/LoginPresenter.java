package shopdesk.client.session;

import java.util.Arrays;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;

/** The login screen's logic: checks the fields, asks the AuthPort, starts the session or says why not. */
public final class LoginPresenter {
    private final AuthPort auth;
    private final SessionHolder sessions;
    private String error = "";

    public LoginPresenter(AuthPort auth, SessionHolder sessions) {
        this.auth = auth;
        this.sessions = sessions;
    }

    /** True when logged in; otherwise {@link #error()} says why. The password array is wiped either way. */
    public boolean login(String username, char[] password) {
        try {
            if (username == null || username.isBlank()) {
                error = Messages.get("login.error.username");
                return false;
            }
            if (password == null || password.length == 0) {
                error = Messages.get("login.error.password");
                return false;
            }
            Session s = auth.login(username.trim(), password);
            error = "";
            sessions.start(s);
            return true;
        } catch (RuntimeException e) {
            error = PlainMessages.forFailure(Messages.get("login.error.failed"), e);
            return false;
        } finally {
            if (password != null) Arrays.fill(password, '\0');
        }
    }

    public String error() {
        return error;
    }
}
