package shopdesk.client.users;

import java.util.List;
import shopdesk.dal.common.Actor;
import shopdesk.dal.user.NewUser;
import shopdesk.dal.user.TillStaff.Secret;
import shopdesk.dal.user.User;

/** The till's user list; {@link #managedHere()} is false on a cloud till, whose users come from the server. */
public interface UsersPort {

    List<User> list();

    boolean managedHere();

    User add(Actor actor, NewUser user, Secret kind);

    void reset(Actor actor, String userId, Secret kind, char[] secret);

    void setDisabled(Actor actor, String userId, boolean disabled);
}
