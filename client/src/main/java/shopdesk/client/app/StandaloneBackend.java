package shopdesk.client.app;

import shopdesk.client.session.AuthPort;
import shopdesk.client.sync.StandaloneSync;
import shopdesk.client.sync.SyncPort;
import shopdesk.dal.change.ChangeRecorder;

/** A till without a cloud: nothing is queued, users log in against the local database only. */
public final class StandaloneBackend implements SyncBackend {
    private final SyncPort sync = new StandaloneSync();

    @Override
    public ChangeRecorder recorder() {
        return ChangeRecorder.NONE;
    }

    @Override
    public SyncPort sync() {
        return sync;
    }

    @Override
    public AuthPort auth(AuthPort offline) {
        return offline;
    }

    @Override
    public void start() {
    }

    @Override
    public void close() {
    }
}
