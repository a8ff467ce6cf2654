package shopdesk.dal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void idsAreVersion7UuidsCarryingTheirMillisecond() {
        UUID id = Ids.newUuid(0x0123_4567_89ABL);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(0x0123_4567_89ABL);
        assertThat(UUID.fromString(Ids.newId()).version()).isEqualTo(7);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsText() {
        String earlier = Ids.newUuid(1_700_000_000_000L).toString();
        String later = Ids.newUuid(1_700_000_000_001L).toString();
        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void idsOfTheSameMillisecondStillDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) ids.add(Ids.newUuid(42));
        assertThat(ids).hasSize(100_000);
    }
}
