package shopdesk.client.sync.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.WaitingEntry;
import shopdesk.dal.user.Role;

/** A product create the server refused: what waits for it, and link or rename; the default loses nothing. */
class ProductRepairPresenterTest {
    FakeSync sync = new FakeSync();
    SessionHolder sessions = new SessionHolder();
    EntryDetail refused;

    @BeforeEach
    void setUp() {
        refused = sync.add(5, "product", "CREATE_PRODUCT", EntryState.FAILED,
                "{\"id\":\"p9\",\"sku\":\"GRN\",\"name\":\"Green tea\",\"unitPrice\":2000}",
                "DUPLICATE: Another product of this shop already has SKU GRN", null);
        sync.waiting.put(5L, List.of(new WaitingEntry(6, false, "Stock received", null, 10L),
                new WaitingEntry(7, true, "T1-000003", 4_200L, null)));
        sessions.start(new FakeAuth().user("ravi", "pw", Role.SUPERVISOR));
    }

    @Test
    void namesTheProductAndListsWhatWaitsAndWhatHappensToIt() {
        var p = new ProductRepairPresenter(sync, sessions, refused);
        assertThat(p.title()).contains("Green tea (GRN)");
        assertThat(p.choice()).isEqualTo(ProductRepairPresenter.Choice.LINK);
        assertThat(p.waitingLines()).containsExactly("Stock received +10: sent for the server's product",
                "Bill T1-000003, 42.00 paid: sent for the server's product");
        assertThat(p.discardAllowed()).isFalse();
        assertThat(ProductRepairPresenter.discardLines(sync.waitingFor(5))).last().asString().contains("blocks the discard");
    }

    @Test
    void linkAndRenameCallTheQueueWithTheReason() {
        var p = new ProductRepairPresenter(sync, sessions, refused);
        assertThat(p.resolve(null, null, "same tea")).isTrue();
        p.choose(ProductRepairPresenter.Choice.RENAME);
        assertThat(p.resolve(" ", null, "another tea")).isFalse();
        assertThat(p.message()).contains("new SKU");
        assertThat(p.resolve("GRN-2", "", "another tea")).isTrue();
        assertThat(sync.calls).containsExactly("LINK 5 same tea", "syncNow", "RENAME GRN-2 null 5 another tea", "syncNow");
    }

    @Test
    void onlyASupervisorRepairsAndAlwaysWithAReason() {
        var p = new ProductRepairPresenter(sync, sessions, refused);
        assertThat(p.resolve(null, null, "")).isFalse();
        assertThat(p.message()).contains("Say why");
        sessions.start(new FakeAuth().user("asha", "pw", Role.CASHIER));
        assertThat(p.canResolve()).isFalse();
        assertThat(p.resolve(null, null, "because")).isFalse();
        assertThat(sync.calls).isEmpty();
    }
}
