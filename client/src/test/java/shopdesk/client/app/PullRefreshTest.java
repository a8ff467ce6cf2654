package shopdesk.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.gui.Edt;

/** The catalog tables refresh once per sync, not on every status change. */
class PullRefreshTest {
    FakeSync sync = new FakeSync();
    AtomicInteger refreshed = new AtomicInteger();

    @Test
    void refreshesOnceAfterEachSync() {
        PullRefresh r = new PullRefresh(sync, refreshed::incrementAndGet);
        r.run();
        sync.lastSyncAt = 1_000L;
        r.run();
        r.run();
        Edt.run(() -> { });
        assertThat(refreshed).hasValue(1);
        sync.lastSyncAt = 2_000L;
        r.run();
        Edt.run(() -> { });
        assertThat(refreshed).hasValue(2);
    }
}
