package shopdesk.client.sync.status;

import java.time.Clock;
import java.time.Duration;
import shopdesk.client.sync.PauseReason;
import shopdesk.client.sync.SyncStatus;

/** Turns a SyncStatus into the status bar's plain words. */
public final class StatusPresenter {
    private final Clock clock;

    public StatusPresenter(Clock clock) {
        this.clock = clock;
    }

    /** "Online", "Offline", "Working offline", "Log in to sync", "Update required", or "Standalone". */
    public String connection(SyncStatus s) {
        if (!s.configured()) return "Standalone";
        return switch (s.paused()) {
            case WORK_OFFLINE -> "Working offline";
            case LOGIN_REQUIRED -> "Log in to sync";
            case UPDATE_REQUIRED -> "Update required";
            case NONE -> s.online() ? "Online" : "Offline";
        };
    }

    public boolean connectionIsBad(SyncStatus s) {
        return s.configured() && (!s.online() || s.paused() == PauseReason.LOGIN_REQUIRED
                || s.paused() == PauseReason.UPDATE_REQUIRED);
    }

    /** "3 to send" / "All sent"; with the oldest's age when it has waited long. */
    public String pending(SyncStatus s) {
        if (!s.configured()) return "Bills kept on this till only";
        long p = s.pending();
        if (p == 0) return "All sent";
        String text = p + " to send";
        if (s.oldestPendingAgeMillis() != null && s.oldestPendingAgeMillis() >= 60_000) {
            text += " (oldest " + ago(s.oldestPendingAgeMillis()) + ")";
        }
        return text;
    }

    /** "1 failed, 2 conflicts" or empty when nothing needs a supervisor. */
    public String attention(SyncStatus s) {
        StringBuilder b = new StringBuilder();
        if (s.failed() > 0) b.append(s.failed()).append(" failed");
        if (s.conflicts() > 0) {
            if (b.length() > 0) b.append(", ");
            b.append(s.conflicts()).append(s.conflicts() == 1 ? " conflict" : " conflicts");
        }
        return b.toString();
    }

    /** "Till clock 5 min behind the server" when they differ by more than 2 minutes; "" otherwise. */
    public String clockSkew(SyncStatus s) {
        Long skew = s.clockSkewMillis();
        if (!s.configured() || skew == null || Math.abs(skew) <= 120_000) return "";
        return "Till clock " + ago(Math.abs(skew)) + (skew > 0 ? " behind" : " ahead of") + " the server";
    }

    public String lastSync(SyncStatus s) {
        if (!s.configured()) return "";
        if (s.lastSyncAt() == null) return "Never synced";
        long age = Math.max(0, clock.millis() - s.lastSyncAt());
        return "Last sync " + (age < 60_000 ? "just now" : ago(age) + " ago");
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
