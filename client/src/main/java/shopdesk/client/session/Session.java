package shopdesk.client.session;

import java.util.Locale;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.common.Actor;
import shopdesk.dal.user.Role;

/** Who is logged in on this till, and whether the cloud confirmed it (online) or the cached hash did (offline). */
public record Session(String userId, String username, String displayName, Role role, String shopId, String deviceId,
                      boolean online) {

    public Actor actor() {
        return new Actor(userId, role, shopId, deviceId);
    }

    public boolean isSupervisor() {
        return role != null && role.atLeast(Role.SUPERVISOR);
    }

    /** "Asha (supervisor)" for the title and status bar, the role in the till's language. */
    public String label() {
        return Messages.get("till.who", displayName, Messages.get("role." + role.name().toLowerCase(Locale.ROOT)));
    }
}
