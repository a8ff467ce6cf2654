package shopdesk.dal.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.AUDIT_LOG;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.error.AuthenticationException;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.testing.TillFixture;
import shopdesk.dal.user.TillStaff.Secret;

/** A supervisor manages the cashiers of a standalone till; each cashier logs in with their own password or PIN. */
public abstract class AbstractTillStaffTest {
    @TempDir
    Path dir;
    TillFixture till;
    TillStaff staff;

    protected abstract Dialect dialect();

    @BeforeEach
    void open() {
        till = new TillFixture(dialect(), dir);
        staff = new TillStaff(till.users);
    }

    @AfterEach
    void close() {
        till.close();
    }

    @Test
    void aSupervisorAddsACashierWithAPinWhoThenLogsInWithIt() {
        User meera = staff.add(till.supervisor, new NewUser("Meera", "Meera Joshi", Role.CASHIER, "4821".toCharArray()), Secret.PIN);
        assertThat(meera.username()).isEqualTo("meera");
        assertThat(till.users.authenticate("meera", "4821".toCharArray()).id()).isEqualTo(meera.id());
        assertThatThrownBy(() -> till.users.authenticate("meera", "4822".toCharArray())).isInstanceOf(AuthenticationException.class);
        assertThat(staff.list(TillFixture.SHOP)).extracting(User::username).contains("meera", "cash", "sup", "admin");
    }

    @Test
    void aPinIsFourToEightDigitsAndAPasswordAtLeastSixCharacters() {
        for (String bad : new String[] {"123", "123456789", "12a4"}) {
            assertThatThrownBy(() -> staff.add(till.supervisor, new NewUser("p" + bad.length(), "P", Role.CASHIER, bad.toCharArray()), Secret.PIN))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("4 to 8 digits");
        }
        assertThatThrownBy(() -> staff.add(till.supervisor, new NewUser("q", "Q", Role.CASHIER, "1234".toCharArray()), Secret.PASSWORD))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aDisabledCashierCannotLogInUntilEnabledAgain() {
        staff.setDisabled(till.supervisor, till.cashier.userId(), true);
        assertThatThrownBy(() -> till.users.authenticate("cash", TillFixture.PASSWORD.toCharArray()))
                .isInstanceOf(AuthenticationException.class);
        assertThat(till.users.findById(till.cashier.userId()).orElseThrow().disabled()).isTrue();
        staff.setDisabled(till.supervisor, till.cashier.userId(), false);
        assertThat(till.users.authenticate("cash", TillFixture.PASSWORD.toCharArray()).id()).isEqualTo(till.cashier.userId());
        assertThat(till.db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.in("user.disable", "user.enable"))).isEqualTo(2);
    }

    @Test
    void aResetReplacesTheOldSecretWithoutAskingForIt() {
        staff.reset(till.supervisor, till.cashier.userId(), Secret.PIN, "9090".toCharArray());
        assertThat(till.users.authenticate("cash", "9090".toCharArray()).id()).isEqualTo(till.cashier.userId());
        assertThatThrownBy(() -> till.users.authenticate("cash", TillFixture.PASSWORD.toCharArray()))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aSupervisorManagesOnlyCashiersAndACashierNoOne() {
        assertThatThrownBy(() -> staff.add(till.supervisor, new NewUser("boss", "B", Role.SUPERVISOR, "secret1".toCharArray()), Secret.PASSWORD))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.setDisabled(till.supervisor, till.admin.userId(), true))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.reset(till.cashier, till.cashier.userId(), Secret.PIN, "1111".toCharArray()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.setDisabled(till.admin, till.admin.userId(), true))
                .isInstanceOf(ValidationException.class);
        staff.add(till.admin, new NewUser("boss", "B", Role.SUPERVISOR, "secret1".toCharArray()), Secret.PASSWORD);
        assertThat(till.users.authenticate("boss", "secret1".toCharArray()).role()).isEqualTo(Role.SUPERVISOR);
    }
}
