package shopdesk.client.app;

import java.util.Objects;
import javax.swing.SwingUtilities;
import shopdesk.client.sync.SyncPort;

/**
 * After the till synced (a pull may have changed products, stock or customers), runs {@code refresh} on the event
 * thread once: the open catalog tables then show the server's values. Called by the sync port on its own thread.
 */
final class PullRefresh implements Runnable {
    private final SyncPort sync;
    private final Runnable refresh;
    private Long seen;

    PullRefresh(SyncPort sync, Runnable refresh) {
        this.sync = sync;
        this.refresh = refresh;
        this.seen = sync.status().lastSyncAt();
    }

    @Override
    public synchronized void run() {
        Long at = sync.status().lastSyncAt();
        if (at == null || Objects.equals(at, seen)) return;
        seen = at;
        SwingUtilities.invokeLater(refresh);
    }
}
