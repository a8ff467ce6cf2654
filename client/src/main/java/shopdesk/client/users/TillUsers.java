package shopdesk.client.users;

import java.util.List;
import shopdesk.dal.common.Actor;
import shopdesk.dal.user.NewUser;
import shopdesk.dal.user.TillStaff;
import shopdesk.dal.user.TillStaff.Secret;
import shopdesk.dal.user.User;

/**
 * Users in the till's own database. A standalone till manages them here; a cloud till only lists those the server
 * has confirmed at a login on this till, and refuses changes (they are made on the server).
 */
public final class TillUsers implements UsersPort {
    private final TillStaff staff;
    private final String shopId;
    private final boolean standalone;

    public TillUsers(TillStaff staff, String shopId, boolean standalone) {
        this.staff = staff;
        this.shopId = shopId;
        this.standalone = standalone;
    }

    @Override
    public List<User> list() {
        return staff.list(shopId);
    }

    @Override
    public boolean managedHere() {
        return standalone;
    }

    @Override
    public User add(Actor actor, NewUser user, Secret kind) {
        requireStandalone();
        return staff.add(actor, user, kind);
    }

    @Override
    public void reset(Actor actor, String userId, Secret kind, char[] secret) {
        requireStandalone();
        staff.reset(actor, userId, kind, secret);
    }

    @Override
    public void setDisabled(Actor actor, String userId, boolean disabled) {
        requireStandalone();
        staff.setDisabled(actor, userId, disabled);
    }

    private void requireStandalone() {
        if (!standalone) throw new IllegalStateException("A cloud till's users are managed on the server");
    }
}
