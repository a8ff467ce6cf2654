package shopdesk.client.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.PauseReason;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.queue.DeliveryState;

/** Every state the outbox keeps has one till state with the same meaning, and back. */
class SyncStatesTest {

    @Test
    void everyQueueStateMapsToAClientStateWithTheSameMeaning() {
        Set<EntryState> seen = EnumSet.noneOf(EntryState.class);
        for (DeliveryState s : DeliveryState.values()) {
            EntryState c = SyncStates.toClient(s);
            seen.add(c);
            assertThat(SyncStates.toOutbox(c)).as("round trip of %s", s).isEqualTo(s);
            assertThat(c.needsAttention()).as("%s parked", s).isEqualTo(s.isParked());
            assertThat(c.isPending()).as("%s undelivered", s).isEqualTo(DeliveryState.UNDELIVERED.contains(s));
            assertThat(c.isPending() || c.needsAttention()).as("%s open", s).isEqualTo(s.isOpen());
        }
        assertThat(seen).as("no client state without a queue state").containsExactlyInAnyOrder(EntryState.values());
    }

    @Test
    void everyPauseMapsToAClientPause() {
        Set<PauseReason> seen = EnumSet.noneOf(PauseReason.class);
        for (PausedReason r : PausedReason.values()) seen.add(SyncStates.toClient(r));
        assertThat(seen).containsExactlyInAnyOrder(PauseReason.values());
    }
}
