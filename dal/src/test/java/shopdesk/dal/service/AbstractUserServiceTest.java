package shopdesk.dal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.AUDIT_LOG;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.common.Ids;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.error.AuthenticationException;
import shopdesk.dal.error.DuplicateException;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.testing.TillFixture;
import shopdesk.dal.user.NewUser;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.dal.user.Role;
import shopdesk.dal.user.User;

abstract class AbstractUserServiceTest {
    @TempDir Path dir;
    TillFixture till;

    abstract Dialect dialect();

    @BeforeEach
    void open() {
        till = new TillFixture(dialect(), dir);
    }

    @AfterEach
    void close() {
        till.close();
    }

    @Test
    void usersAuthenticateOfflineAgainstASaltedSlowHash() {
        User u = till.users.authenticate(" CASH ", TillFixture.PASSWORD.toCharArray());
        assertThat(u.role()).isEqualTo(Role.CASHIER);
        String stored = till.db.dsl().select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(u.id())).fetchOne().value1();
        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(TillFixture.PASSWORD);
        assertThatThrownBy(() -> till.users.authenticate("cash", "wrong!!".toCharArray())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> till.users.authenticate("nobody", "secret1".toCharArray()))
                .isInstanceOf(AuthenticationException.class).hasMessage("Unknown user or wrong password");
    }

    @Test
    void aMixedCaseUserCachedFromTheServerLogsInOfflineWhateverTheCase() {
        User u = till.users.cacheFromServer(Ids.newId(), TillFixture.SHOP, "Priya.K", "Priya", Role.CASHIER,
                new PasswordHasher(1000).hash("pw-priya".toCharArray()));
        assertThat(u.username()).isEqualTo("priya.k");
        assertThat(till.users.authenticate("Priya.K", "pw-priya".toCharArray()).id()).isEqualTo(u.id());
        assertThat(till.users.authenticate("PRIYA.K", "pw-priya".toCharArray()).id()).isEqualTo(u.id());
    }

    @Test
    void aMixedCaseRowCachedBeforeUsernamesWereFoldedStillLogsIn() {
        User u = till.users.cacheFromServer(Ids.newId(), TillFixture.SHOP, "ravi.m", "Ravi", Role.CASHIER,
                new PasswordHasher(1000).hash("pw-ravi1".toCharArray()));
        till.db.dsl().update(APP_USER).set(APP_USER.USERNAME, "Ravi.M").where(APP_USER.ID.eq(u.id())).execute();
        assertThat(till.users.authenticate("ravi.m", "pw-ravi1".toCharArray()).id()).isEqualTo(u.id());
        assertThat(till.users.findByUsername("RAVI.M")).isPresent();
    }

    @Test
    void aUsernameThatDiffersOnlyInCaseIsTaken() {
        assertThatThrownBy(() -> till.users.create(till.admin, new NewUser("CASH", "Twin", Role.CASHIER, "secret12".toCharArray())))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void warmingUpTheLoginChangesNothing() {
        int users = till.db.dsl().fetchCount(APP_USER);
        int audit = till.db.dsl().fetchCount(AUDIT_LOG);
        till.users.warmUpLogin();
        assertThat(till.db.dsl().fetchCount(APP_USER)).isEqualTo(users);
        assertThat(till.db.dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
        assertThat(till.users.authenticate("cash", TillFixture.PASSWORD.toCharArray()).role()).isEqualTo(Role.CASHIER);
    }

    @Test
    void onlyAnAdminCreatesUsersAndUsernamesAreUnique() {
        assertThatThrownBy(() -> till.users.create(till.supervisor, new NewUser("x", "X", Role.CASHIER, "secret1".toCharArray())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> till.users.create(till.admin, new NewUser("Cash", "X", Role.CASHIER, "secret1".toCharArray())))
                .isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> till.users.create(till.admin, new NewUser("x", "X", Role.CASHIER, "123".toCharArray())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(till.db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.USER_CREATE.code()))).isEqualTo(3);
    }

    @Test
    void changingAPasswordNeedsTheOldOneUnlessAnAdminResetsIt() {
        assertThatThrownBy(() -> till.users.changePassword(till.cashier, till.cashier.userId(), "bad".toCharArray(), "newpass1".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("oldPassword"));
        till.users.changePassword(till.cashier, till.cashier.userId(), TillFixture.PASSWORD.toCharArray(), "newpass1".toCharArray());
        assertThat(till.users.authenticate("cash", "newpass1".toCharArray()).id()).isEqualTo(till.cashier.userId());
        assertThatThrownBy(() -> till.users.changePassword(till.supervisor, till.cashier.userId(), null, "other12".toCharArray()))
                .isInstanceOf(PermissionDeniedException.class);
        till.users.changePassword(till.admin, till.cashier.userId(), null, "reset123".toCharArray());
        assertThat(till.users.authenticate("cash", "reset123".toCharArray())).isNotNull();
    }

    @Test
    void aUserCachedFromTheServerCanLogInOfflineLater() {
        String hash = new PasswordHasher(1000).hash("cloudpw1".toCharArray());
        till.users.cacheFromServer("99999999-0000-0000-0000-000000000001", TillFixture.SHOP, "nina", "Nina", Role.SUPERVISOR, hash);
        assertThat(till.users.authenticate("nina", "cloudpw1".toCharArray()).role()).isEqualTo(Role.SUPERVISOR);
        till.users.cacheFromServer("99999999-0000-0000-0000-000000000001", TillFixture.SHOP, "nina", "Nina", Role.CASHIER, hash);
        assertThat(till.users.findByUsername("nina").orElseThrow().role()).isEqualTo(Role.CASHIER);
    }
}
