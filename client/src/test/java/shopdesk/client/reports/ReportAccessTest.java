package shopdesk.client.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import shopdesk.client.session.Session;
import shopdesk.dal.user.Role;

class ReportAccessTest {
    private static Optional<Session> as(Role role) {
        return Optional.of(new Session("u1", "u", "U", role, "s", "d", true));
    }

    @Test
    void supervisorsAndAdminsMayOpenTheReports() {
        assertThat(ReportAccess.refusal(as(Role.SUPERVISOR))).isEmpty();
        assertThat(ReportAccess.refusal(as(Role.ADMIN))).isEmpty();
    }

    @Test
    void aCashierOrTheLockScreenIsToldWhoMay() {
        assertThat(ReportAccess.refusal(as(Role.CASHIER))).contains(
                "The reports are for supervisors and admins. Lock the till (Ctrl+L) and log in as one.");
        assertThat(ReportAccess.refusal(Optional.empty())).isPresent();
    }
}
