package shopdesk.client.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeUsers;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;
import shopdesk.dal.user.TillStaff.Secret;
import shopdesk.dal.user.User;

class UsersPresenterTest {
    final FakeAuth auth = new FakeAuth();
    final SessionHolder sessions = new SessionHolder();
    final FakeUsers port = new FakeUsers(true);

    private UsersPresenter as(Role role, UsersPort users) {
        auth.user("ravi", "pw", role);
        sessions.start(auth.login("ravi", "pw".toCharArray()));
        UsersPresenter p = new UsersPresenter(users, sessions);
        p.reload();
        return p;
    }

    @Test
    void aSupervisorAddsACashierWithAPinAndTheSecretIsWiped() {
        UsersPresenter p = as(Role.SUPERVISOR, port);
        char[] pin = "4821".toCharArray();
        char[] again = "4821".toCharArray();
        assertThat(p.add("Meera", "Meera Joshi", Secret.PIN, pin, again)).isTrue();
        assertThat(port.secrets).containsExactly("4821");
        assertThat(pin).containsOnly('\0');
        assertThat(again).containsOnly('\0');
        assertThat(p.shown()).extracting(User::username).containsExactly("ravi", "meera");
        assertThat(p.status()).isEqualTo("Meera Joshi can now log in as meera.");
    }

    @Test
    void eachWrongFieldIsMarkedBeforeAnythingIsSaved() {
        UsersPresenter p = as(Role.SUPERVISOR, port);
        assertThat(p.add(" ", "", Secret.PIN, "12".toCharArray(), "12".toCharArray())).isFalse();
        assertThat(p.errors().all()).containsOnlyKeys(UsersPresenter.USERNAME, UsersPresenter.NAME, UsersPresenter.SECRET);
        assertThat(p.errors().get(UsersPresenter.SECRET)).isEqualTo("A PIN is 4 to 8 digits");
        assertThat(p.add("meera", "Meera", Secret.PASSWORD, "secret1".toCharArray(), "secret2".toCharArray())).isFalse();
        assertThat(p.errors().all()).containsOnlyKeys(UsersPresenter.CONFIRM);
        assertThat(p.add("ravi", "Ravi again", Secret.PASSWORD, "secret1".toCharArray(), "secret1".toCharArray())).isFalse();
        assertThat(p.errors().get(UsersPresenter.USERNAME)).isEqualTo("The username ravi is taken");
        assertThat(port.secrets).isEmpty();
    }

    @Test
    void aPickedCashierIsResetDisabledAndEnabled() {
        UsersPresenter p = as(Role.SUPERVISOR, port);
        p.add("meera", "Meera", Secret.PIN, "4821".toCharArray(), "4821".toCharArray());
        User meera = p.at(1).orElseThrow();
        assertThat(p.reset(meera, Secret.PIN, "9090".toCharArray(), "9090".toCharArray())).isTrue();
        assertThat(port.secrets).contains("u-meera=9090");
        assertThat(p.setDisabled(meera, true)).isTrue();
        assertThat(p.shown().get(1).disabled()).isTrue();
        assertThat(p.status()).isEqualTo("Meera can no longer log in.");
        assertThat(p.setDisabled(null, false)).isFalse();
        assertThat(p.errors().get(UsersPresenter.USER)).isEqualTo("Pick a user in the list first");
    }

    @Test
    void aCloudTillShowsItsUsersReadOnly() {
        FakeUsers cloud = new FakeUsers(false);
        UsersPresenter p = as(Role.ADMIN, cloud);
        assertThat(p.canEdit()).isFalse();
        assertThat(p.status()).contains("managed on the server");
        assertThat(p.shown()).hasSize(1);
        assertThat(as(Role.CASHIER, port).canEdit()).isFalse();
        assertThatThrownBy(() -> new TillUsers(null, "shop-1", false).add(null, null, Secret.PIN))
                .isInstanceOf(IllegalStateException.class);
    }
}
