package shopdesk.client.reports;

import java.util.Optional;
import shopdesk.client.session.Session;

/** Sales reports are for supervisors and admins, and never from the lock screen. */
public final class ReportAccess {
    private ReportAccess() {
    }

    /** Why the reports may not open now, or empty when they may. */
    public static Optional<String> refusal(Optional<Session> session) {
        if (session.isEmpty()) return Optional.of("Log in first: the reports open for a supervisor or an admin.");
        if (!session.get().isSupervisor()) {
            return Optional.of("The reports are for supervisors and admins. Lock the till (Ctrl+L) and log in as one.");
        }
        return Optional.empty();
    }
}
