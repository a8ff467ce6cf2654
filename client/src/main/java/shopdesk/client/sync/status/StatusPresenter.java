package shopdesk.client.sync.status;

import java.time.Clock;
import java.time.Duration;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sync.PauseReason;
import shopdesk.client.sync.SyncStatus;

/** Turns a SyncStatus into the status bar's plain words. */
public final class StatusPresenter {
    private final Clock clock;

    public StatusPresenter(Clock clock) {
        this.clock = clock;
    }

    /** "Online", "Offline", "Working offline", "Log in to sync", "Update required" or "Standalone", in the till's language. */
    public String connection(SyncStatus s) {
        if (!s.configured()) return Messages.get("status.standalone");
        return switch (s.paused()) {
            case WORK_OFFLINE -> Messages.get("status.workingOffline");
            case LOGIN_REQUIRED -> Messages.get("status.loginRequired");
            case UPDATE_REQUIRED -> Messages.get("status.updateRequired");
            case NONE -> s.online() ? Messages.get("status.online") : Messages.get("status.offline");
        };
    }

    public boolean connectionIsBad(SyncStatus s) {
        return s.configured() && (!s.online() || s.paused() == PauseReason.LOGIN_REQUIRED
                || s.paused() == PauseReason.UPDATE_REQUIRED);
    }

    /** "3 to send" / "All sent"; with the oldest's age when it has waited long. */
    public String pending(SyncStatus s) {
        if (!s.configured()) return Messages.get("status.tillOnly");
        long p = s.pending();
        if (p == 0) return Messages.get("status.allSent");
        if (s.oldestPendingAgeMillis() != null && s.oldestPendingAgeMillis() >= 60_000) {
            return Messages.get("status.toSendOldest", p, ago(s.oldestPendingAgeMillis()));
        }
        return Messages.get("status.toSend", p);
    }

    /** "1 failed, 2 conflicts" or empty when nothing needs a supervisor. */
    public String attention(SyncStatus s) {
        StringBuilder b = new StringBuilder();
        if (s.failed() > 0) b.append(Messages.get("status.failed", s.failed()));
        if (s.conflicts() > 0) {
            if (b.length() > 0) b.append(", ");
            b.append(Messages.get(s.conflicts() == 1 ? "status.conflict" : "status.conflicts", s.conflicts()));
        }
        return b.toString();
    }

    /** "Till clock 5 min behind the server" when they differ by more than 2 minutes; "" otherwise. */
    public String clockSkew(SyncStatus s) {
        Long skew = s.clockSkewMillis();
        if (!s.configured() || skew == null || Math.abs(skew) <= 120_000) return "";
        return Messages.get(skew > 0 ? "status.clockBehind" : "status.clockAhead", ago(Math.abs(skew)));
    }

    public String lastSync(SyncStatus s) {
        if (!s.configured()) return "";
        if (s.lastSyncAt() == null) return Messages.get("status.neverSynced");
        long age = Math.max(0, clock.millis() - s.lastSyncAt());
        return age < 60_000 ? Messages.get("status.lastSyncNow") : Messages.get("status.lastSyncAgo", ago(age));
    }

    /** Percent for the progress bar while syncing; -1 when the total is unknown. */
    public int progressPercent(SyncStatus s) {
        if (!s.syncing() || s.progressTotal() <= 0) return -1;
        return (int) Math.min(100, s.progressDone() * 100 / s.progressTotal());
    }

    static String ago(long millis) {
        Duration d = Duration.ofMillis(millis);
        if (d.toMinutes() < 1) return d.toSeconds() + " s";
        if (d.toHours() < 1) return d.toMinutes() + " min";
        if (d.toDays() < 1) return d.toHours() + " h " + d.toMinutesPart() + " min";
        return d.toDays() + " d";
    }
}
