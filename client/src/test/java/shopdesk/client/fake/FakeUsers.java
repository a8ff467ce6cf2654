package shopdesk.client.fake;

import java.util.ArrayList;
import java.util.List;
import shopdesk.client.users.UsersPort;
import shopdesk.dal.common.Actor;
import shopdesk.dal.error.DuplicateException;
import shopdesk.dal.user.Credentials;
import shopdesk.dal.user.NewUser;
import shopdesk.dal.user.Role;
import shopdesk.dal.user.TillStaff.Secret;
import shopdesk.dal.user.User;

/** A till's users in memory; secrets are kept only to check what the presenter passed on. */
public final class FakeUsers implements UsersPort {
    public final List<User> users = new ArrayList<>();
    public final List<String> secrets = new ArrayList<>();
    final boolean standalone;

    public FakeUsers(boolean standalone) {
        this.standalone = standalone;
        users.add(new User("u-sup", "shop-1", "ravi", "Ravi", Role.SUPERVISOR, false, 1));
    }

    @Override
    public List<User> list() {
        return List.copyOf(users);
    }

    @Override
    public boolean managedHere() {
        return standalone;
    }

    @Override
    public User add(Actor actor, NewUser user, Secret kind) {
        String name = Credentials.username(user.username());
        if (users.stream().anyMatch(u -> u.username().equals(name))) throw new DuplicateException("username", "The username " + name + " is taken");
        User u = new User("u-" + name, "shop-1", name, user.displayName(), user.role(), false, 1);
        users.add(u);
        secrets.add(new String(user.password()));
        return u;
    }

    @Override
    public void reset(Actor actor, String userId, Secret kind, char[] secret) {
        secrets.add(userId + "=" + new String(secret));
    }

    @Override
    public void setDisabled(Actor actor, String userId, boolean disabled) {
        users.replaceAll(u -> u.id().equals(userId) ? new User(u.id(), u.shopId(), u.username(), u.displayName(), u.role(), disabled, 2) : u);
    }
}
