package shopdesk.client.fake;

import java.util.HashMap;
import java.util.Map;
import shopdesk.client.session.AuthPort;
import shopdesk.client.session.Session;
import shopdesk.dal.error.AuthenticationException;
import shopdesk.dal.user.Role;

/** Users with plain passwords, for tests only. */
public final class FakeAuth implements AuthPort {
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();

    public Session user(String username, String password, Role role) {
        Session s = new Session("id-" + username, username, Character.toUpperCase(username.charAt(0)) + username.substring(1),
                role, "shop-1", "device-1", false);
        passwords.put(username, password);
        sessions.put(username, s);
        return s;
    }

    @Override
    public Session login(String username, char[] password) {
        if (!new String(password).equals(passwords.get(username))) throw new AuthenticationException();
        return sessions.get(username);
    }
}
