package shopdesk.client.sync.status;

import java.time.Duration;
import shopdesk.client.i18n.Messages;
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
        return Messages.get(p == 1 ? "drain.question.one" : "drain.question", p);
    }

    /** Blocks up to the timeout (call off the event thread); true when everything was delivered. */
    public boolean drain(Duration timeout, Runnable onProgress) {
        boolean done = sync.drain(timeout, (delivered, total) -> {
            percent = total <= 0 ? 100 : (int) Math.min(100, delivered * 100 / total);
            text = Messages.get("drain.progress", delivered, total);
            onProgress.run();
        });
        text = done ? Messages.get("drain.done") : Messages.get("drain.left", sync.status().pending());
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
