package shopdesk.client.sync.status;

import java.time.Duration;
import shopdesk.client.sync.SyncPort;
import shopdesk.client.sync.SyncStatus;

/**
 * Closing the till with entries pending: try to send them first, show progress, let the user quit anyway.
 * {@link #shouldAsk()} decides whether the dialog is needed at all.
 */
public final class DrainPresenter {
    private final SyncPort sync;
    private volatile String text = "";
    private volatile int percent;

    public DrainPresenter(SyncPort sync) {
        this.sync = sync;
    }

    public boolean shouldAsk() {
        SyncStatus s = sync.status();
        return s.configured() && s.pending() > 0;
    }

    public String question() {
        long p = sync.status().pending();
        return p + (p == 1 ? " change has" : " changes have") + " not reached the server yet. "
                + "They are safe on this till and will be sent next time it starts. Sending now...";
    }

    /** Blocks up to the timeout (call off the event thread); true when everything was delivered. */
    public boolean drain(Duration timeout, Runnable onProgress) {
        boolean done = sync.drain(timeout, (delivered, total) -> {
            percent = total <= 0 ? 100 : (int) Math.min(100, delivered * 100 / total);
            text = "Sent " + delivered + " of " + total;
            onProgress.run();
        });
        text = done ? "Everything is sent" : "Could not send everything: " + sync.status().pending() + " left (kept for next time)";
        if (done) percent = 100;
        onProgress.run();
        return done;
    }

    public String text() {
        return text;
    }

    public int percent() {
        return percent;
    }
}
