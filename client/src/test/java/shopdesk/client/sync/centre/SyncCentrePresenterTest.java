package shopdesk.client.sync.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.QueueEntry;
import shopdesk.client.sync.ResolutionRecord;
import shopdesk.client.sync.status.DrainPresenter;
import shopdesk.dal.user.Role;

class SyncCentrePresenterTest {
    FakeSync sync = new FakeSync();
    SessionHolder sessions = new SessionHolder();
    FakeAuth auth = new FakeAuth();
    SyncCentrePresenter p = new SyncCentrePresenter(sync, sessions);

    @BeforeEach
    void setUp() {
        sync.add(1, "bill", "CREATE_BILL", EntryState.FAILED, "{}", "400 bad total", null);
        sync.add(2, "bill", "CREATE_BILL", EntryState.FAILED, "{}", "400 bad total", null);
        sync.add(3, "product", "UPDATE_PRODUCT", EntryState.DONE, "{}", null, null);
        sync.add(4, "stock", "ADJUST_STOCK", EntryState.PENDING, "{}", null, null);
    }

    @Test
    void listsTheQueueByStateWithFilters() {
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
        assertThat(p.refresh()).extracting(QueueEntry::seq).containsExactly(1L, 2L, 4L);
        p.setFilter(EnumSet.of(EntryState.DONE));
        assertThat(p.entries()).extracting(QueueEntry::seq).containsExactly(3L);
        p.setFilter(Set.of());
        assertThat(p.entries()).hasSize(4);
    }

    @Test
    void aReturnConflictIsReducedToWhatIsLeftWithAReason() {
        var ret = sync.add(9, "return", "CREATE_RETURN", EntryState.CONFLICT, "{\"id\":\"r1\"}", "return",
                new shopdesk.client.sync.ConflictInfo(shopdesk.client.sync.ConflictInfo.Kind.RETURN, "only 1 left", null, null,
                        List.of(new shopdesk.client.sync.ConflictInfo.Shortfall("p1", "TEA", 3, 1))));
        assertThat(SyncCentrePresenter.isReturnConflict(ret)).isTrue();
        assertThat(SyncCentrePresenter.isReturnConflict(p.detail(1).orElseThrow())).isFalse();
        assertThat(SyncCentrePresenter.reduceReturnImpact(ret)).contains("TEA: 3 -> 1", "recover the difference");
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
        assertThat(p.reduceReturn(9, "only one left")).isFalse();
        sessions.start(auth.user("super", "pw", Role.SUPERVISOR));
        assertThat(p.reduceReturn(9, " ")).isFalse();
        assertThat(p.message()).contains("Say why");
        assertThat(p.reduceReturn(9, "another till took two back")).isTrue();
        assertThat(sync.calls).startsWith("REDUCE_RETURN 9 another till took two back");
    }

    @Test
    void cashiersSeeButCannotAct() {
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
        assertThat(p.canAct()).isFalse();
        assertThat(p.retry(List.of(1L), "")).isFalse();
        assertThat(p.message()).contains("Only a supervisor");
        assertThat(sync.calls).isEmpty();
    }

    @Test
    void aSupervisorRetriesSeveralAtOnceAndTheTrailRecordsIt() {
        sessions.start(auth.user("super", "pw", Role.SUPERVISOR));
        assertThat(p.retry(List.of(1L, 2L), "fixed prices on server")).isTrue();
        assertThat(sync.calls).startsWith("RETRY 1 fixed prices on server", "RETRY 2 fixed prices on server");
        assertThat(p.auditTrail()).extracting(ResolutionRecord::userId).containsOnly("id-super");
    }

    @Test
    void discardNeedsAReason() {
        sessions.start(auth.user("super", "pw", Role.SUPERVISOR));
        assertThat(p.discard(List.of(1L), "  ")).isFalse();
        assertThat(p.discard(List.of(1L), "duplicate of T1-000004")).isTrue();
        assertThat(sync.entry(1).orElseThrow().entry().state()).isEqualTo(EntryState.DISCARDED);
    }

    @Test
    void drainOnCloseReportsProgressAndWhatIsLeft() {
        var drain = new DrainPresenter(sync);
        assertThat(drain.shouldAsk()).isTrue();
        sync.online = false;
        assertThat(drain.drain(Duration.ofSeconds(1), () -> { })).isFalse();
        assertThat(drain.text()).contains("1 left");
        sync.online = true;
        assertThat(drain.drain(Duration.ofSeconds(1), () -> { })).isTrue();
        assertThat(drain.percent()).isEqualTo(100);
        assertThat(drain.shouldAsk()).isFalse();
    }
}
