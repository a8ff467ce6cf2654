package shopdesk.client.local;

import shopdesk.client.session.AuthPort;
import shopdesk.client.session.Session;
import shopdesk.dal.user.User;
import shopdesk.dal.user.UserService;

/** Offline login against the salted hash cached in the till's database. */
public final class LocalAuth implements AuthPort {
    private final UserService users;
    private final String deviceId;

    public LocalAuth(UserService users, String deviceId) {
        this.users = users;
        this.deviceId = deviceId;
    }

    @Override
    public Session login(String username, char[] password) {
        User u = users.authenticate(username, password);
        return new Session(u.id(), u.username(), u.displayName(), u.role(), u.shopId(), deviceId, false);
    }
}
