package shopdesk.client.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shopdesk.client.sync.status.StatusPresenter;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.health.SyncHealth;
import shopdesk.outbox.queue.DeliveryState;

/** The status bar's words for the outbox's health: a parked entry, whatever parked it, is counted for a supervisor. */
class OutboxSyncStatusTest {
    private final StatusPresenter presenter = new StatusPresenter(Clock.systemUTC());

    @Test
    void anEntryParkedFailedShowsAsFailedAndNoLongerAsToSend() {
        SyncHealth retrying = health(Map.of(DeliveryState.RETRY_WAIT, 1L, DeliveryState.DONE, 49L));
        assertThat(presenter.pending(OutboxSync.status(retrying))).isEqualTo("1 to send");
        assertThat(presenter.attention(OutboxSync.status(retrying))).isEmpty();

        SyncHealth parked = health(Map.of(DeliveryState.FAILED, 1L, DeliveryState.CONFLICT, 2L, DeliveryState.DONE, 49L));
        assertThat(presenter.pending(OutboxSync.status(parked))).isEqualTo("All sent");
        assertThat(presenter.attention(OutboxSync.status(parked))).isEqualTo("1 failed, 2 conflicts");
    }

    private static SyncHealth health(Map<DeliveryState, Long> counts) {
        return new SyncHealth(counts, null, 1L, 1L, true, PausedReason.NONE, false, 0, 0, null);
    }
}
