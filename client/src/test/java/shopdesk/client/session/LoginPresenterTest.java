package shopdesk.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.dal.user.Role;

class LoginPresenterTest {
    FakeAuth auth = new FakeAuth();
    SessionHolder sessions = new SessionHolder();
    LoginPresenter login = new LoginPresenter(auth, sessions);

    @Test
    void aGoodPasswordStartsTheSessionAndWipesThePassword() {
        auth.user("asha", "secret", Role.CASHIER);
        char[] pw = "secret".toCharArray();
        assertThat(login.login("asha", pw)).isTrue();
        assertThat(pw).containsOnly('\0');
        assertThat(sessions.require().label()).isEqualTo("Asha (cashier)");
        shopdesk.client.i18n.Messages.use(shopdesk.client.i18n.Messages.HINDI);
        try {
            assertThat(sessions.require().label()).as("the status bar's role in Hindi").isEqualTo("Asha (कैशियर)");
        } finally {
            shopdesk.client.i18n.Messages.use(shopdesk.client.i18n.Messages.ENGLISH);
        }
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() {
        auth.user("asha", "secret", Role.CASHIER);
        assertThat(login.login("asha", "nope".toCharArray())).isFalse();
        assertThat(login.error()).isEqualTo("Unknown user or wrong password");
        assertThat(sessions.current()).isEmpty();
        assertThat(login.login("", "x".toCharArray())).isFalse();
        assertThat(login.error()).isEqualTo("Enter your user name");
    }

    @Test
    void aLoginThatFailsOnTheNetworkSaysWhatToDoWithoutExceptionNames() {
        LoginPresenter offline = new LoginPresenter((user, password) -> {
            throw new IllegalStateException("java.net.ConnectException: Connection refused",
                    new java.net.ConnectException("Connection refused"));
        }, sessions);
        assertThat(offline.login("asha", "a".toCharArray())).isFalse();
        assertThat(offline.error()).startsWith("The login could not be checked: ")
                .contains("cannot be reached", "network cable").doesNotContain("Exception", "java.");
    }

    @Test
    void lockingEndsTheSessionAndSwitchingStartsAnother() {
        auth.user("asha", "a", Role.CASHIER);
        auth.user("ravi", "r", Role.SUPERVISOR);
        login.login("asha", "a".toCharArray());
        sessions.lock();
        assertThat(sessions.current()).isEmpty();
        login.login("ravi", "r".toCharArray());
        assertThat(sessions.require().isSupervisor()).isTrue();
    }

    @Test
    void onlyASupervisorCanApprove() {
        auth.user("asha", "a", Role.CASHIER);
        auth.user("ravi", "r", Role.SUPERVISOR);
        var approval = new SupervisorApproval(auth);
        assertThat(approval.approve("asha", "a".toCharArray())).isEmpty();
        assertThat(approval.error()).contains("Asha is a cashier");
        assertThat(approval.approve("ravi", "r".toCharArray())).isPresent();
    }
}
