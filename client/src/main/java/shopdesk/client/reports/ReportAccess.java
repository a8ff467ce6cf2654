package shopdesk.client.reports;

import java.util.Optional;
import shopdesk.client.i18n.Messages;
import shopdesk.client.session.Session;

/** Sales reports are for supervisors and admins, and never from the lock screen. */
public final class ReportAccess {
    private ReportAccess() {
    }

    /** Why the reports may not open now, or empty when they may. */
    public static Optional<String> refusal(Optional<Session> session) {
        if (session.isEmpty()) return Optional.of(Messages.get("reports.access.login"));
        if (!session.get().isSupervisor()) {
            return Optional.of(Messages.get("reports.access.role"));
        }
        return Optional.empty();
    }
}
