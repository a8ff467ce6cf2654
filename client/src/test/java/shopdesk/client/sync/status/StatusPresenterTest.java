package shopdesk.client.sync.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.PauseReason;
import shopdesk.client.sync.SyncStatus;

class StatusPresenterTest {
    Clock clock = Clock.fixed(Instant.ofEpochMilli(10_000_000), ZoneOffset.UTC);
    StatusPresenter p = new StatusPresenter(clock);

    SyncStatus status(boolean online, PauseReason r, Map<EntryState, Long> counts, Long last) {
        return new SyncStatus(true, online, r, counts, 5 * 60_000L, last, false, 0, 0);
    }

    @Test
    void saysOnlineOfflineAndWhyPaused() {
        assertThat(p.connection(status(true, PauseReason.NONE, Map.of(), null))).isEqualTo("Online");
        assertThat(p.connection(status(false, PauseReason.NONE, Map.of(), null))).isEqualTo("Offline");
        assertThat(p.connection(status(false, PauseReason.WORK_OFFLINE, Map.of(), null))).isEqualTo("Working offline");
        assertThat(p.connection(status(true, PauseReason.UPDATE_REQUIRED, Map.of(), null))).isEqualTo("Update required");
        assertThat(p.connection(SyncStatus.standalone())).isEqualTo("Standalone");
    }

    @Test
    void countsPendingAcrossWaitingStatesAndNamesTheOldest() {
        var s = status(true, PauseReason.NONE, Map.of(EntryState.PENDING, 2L, EntryState.RETRY_WAIT, 1L, EntryState.DONE, 9L), null);
        assertThat(p.pending(s)).isEqualTo("3 to send (oldest 5 min)");
        assertThat(p.pending(status(true, PauseReason.NONE, Map.of(EntryState.DONE, 4L), null))).isEqualTo("All sent");
    }

    @Test
    void failedAndConflictsNeedAttention() {
        var s = status(true, PauseReason.NONE, Map.of(EntryState.FAILED, 1L, EntryState.CONFLICT, 2L), null);
        assertThat(p.attention(s)).isEqualTo("1 failed, 2 conflicts");
        assertThat(p.attention(status(true, PauseReason.NONE, Map.of(), null))).isEmpty();
    }

    @Test
    void lastSyncIsRelativeToTheTillClock() {
        assertThat(p.lastSync(status(true, PauseReason.NONE, Map.of(), null))).isEqualTo("Never synced");
        assertThat(p.lastSync(status(true, PauseReason.NONE, Map.of(), 10_000_000L - 30_000))).isEqualTo("Last sync just now");
        assertThat(p.lastSync(status(true, PauseReason.NONE, Map.of(), 10_000_000L - 3 * 3_600_000L))).isEqualTo("Last sync 3 h 0 min ago");
    }

    @Test
    void progressIsAPercentOnlyWhileSyncing() {
        assertThat(p.progressPercent(new SyncStatus(true, true, PauseReason.NONE, Map.of(), null, null, true, 3, 4))).isEqualTo(75);
        assertThat(p.progressPercent(new SyncStatus(true, true, PauseReason.NONE, Map.of(), null, null, false, 3, 4))).isEqualTo(-1);
    }

    @Test
    void aTillClockMoreThanTwoMinutesOffIsShownWithItsDirection() {
        assertThat(p.clockSkew(new SyncStatus(true, true, PauseReason.NONE, Map.of(), null, null, false, 0, 0, 90_000L))).isEmpty();
        assertThat(p.clockSkew(new SyncStatus(true, true, PauseReason.NONE, Map.of(), null, null, false, 0, 0, 300_000L)))
                .isEqualTo("Till clock 5 min behind the server");
        assertThat(p.clockSkew(new SyncStatus(true, true, PauseReason.NONE, Map.of(), null, null, false, 0, 0, -7_200_000L)))
                .isEqualTo("Till clock 2 h 0 min ahead of the server");
        assertThat(p.clockSkew(SyncStatus.standalone())).isEmpty();
    }
}
