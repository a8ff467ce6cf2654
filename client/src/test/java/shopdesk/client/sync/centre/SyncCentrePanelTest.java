package shopdesk.client.sync.centre;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import java.util.List;
import javax.swing.JTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.fake.StubDialogs;
import shopdesk.client.gui.Edt;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.QueueEntry;
import shopdesk.client.sync.WaitingEntry;
import shopdesk.dal.user.Role;

/** The sync centre built off-screen: names staff know, a retry asks why, a discard lists what waits for the entry. */
class SyncCentrePanelTest {
    FakeSync sync = new FakeSync();
    SessionHolder sessions = new SessionHolder();
    StubDialogs dialogs = new StubDialogs();
    SyncCentrePanel panel;

    @BeforeAll
    static void laf() {
        FlatLightLaf.setup();
    }

    @BeforeEach
    void setUp() {
        sync.add(5, "product", "CREATE_PRODUCT", EntryState.FAILED, "{\"sku\":\"GRN\",\"name\":\"Green tea\"}",
                "DUPLICATE: Another product of this shop already has SKU GRN", null);
        sync.waiting.put(5L, List.of(new WaitingEntry(7, true, "T1-000003", 4_200L, null)));
        sessions.start(new FakeAuth().user("ravi", "pw", Role.SUPERVISOR));
        panel = Edt.call(() -> new SyncCentrePanel(new SyncCentrePresenter(sync, sessions), dialogs));
        Edt.run(() -> {
            panel.reload();
            panel.select(5);
        });
    }

    @Test
    void aReturnConflictIsReducedFromItsOwnButtonAfterSayingWhatIsCut() {
        sync.add(9, "return", "CREATE_RETURN", EntryState.CONFLICT, "{\"id\":\"r1\"}", "return",
                new shopdesk.client.sync.ConflictInfo(shopdesk.client.sync.ConflictInfo.Kind.RETURN, "only 1 left", null, null,
                        List.of(new shopdesk.client.sync.ConflictInfo.Shortfall("p1", "TEA", 3, 1))));
        javax.swing.JButton reduce = shopdesk.client.ui.Swing.require(panel, "sync.reduceReturn");
        assertThat(Edt.call(reduce::isEnabled)).as("a product is selected").isFalse();
        Edt.run(() -> {
            panel.reload();
            panel.select(9);
        });
        assertThat(Edt.call(reduce::isEnabled)).isTrue();
        dialogs.answers.add("T2 took two back");
        Edt.run(reduce::doClick);
        assertThat(dialogs.asked).containsExactly("reason Reduce return");
        assertThat(sync.calls).startsWith("REDUCE_RETURN 9 T2 took two back");
    }

    @Test
    void aRetryAsksWhyAndSendsTheReason() {
        dialogs.answers.add("server fixed");
        Edt.run(panel::retrySelected);
        assertThat(dialogs.asked).containsExactly("reason Retry");
        assertThat(sync.calls).startsWith("RETRY 5 server fixed");
    }

    @Test
    void aProductWithAPaidBillWaitingIsNotDiscardedAndTheQuestionSaysWhy() {
        Edt.run(panel::discardSelected);
        assertThat(dialogs.asked).containsExactly("reason Cannot discard");
        assertThat(sync.calls).isEmpty();
    }

    @Test
    void resolveOpensTheProductRepairForARefusedCreate() {
        Edt.run(panel::resolveSelected);
        assertThat(dialogs.repairs).extracting(EntryDetail::entry).extracting(QueueEntry::seq).containsExactly(5L);
    }

    @Test
    void theListNamesTheProductAsStaffKnowIt() {
        JTable t = Edt.find(panel, "sync.table");
        assertThat(Edt.call(() -> t.getValueAt(0, 3))).isEqualTo("Green tea (GRN)");
        assertThat(EntryDetailText.describe(sync.entry(5).orElseThrow())).contains("Green tea (GRN)");
    }

    @Test
    void resolveOpensTheBillRepairsForARefusedBill() {
        sync.add(9, "bill", "CREATE_BILL", EntryState.FAILED, "{\"localLabel\":\"T1-000004\",\"total\":100}",
                "UNKNOWN_PRODUCT: no such product", null);
        Edt.run(() -> {
            panel.reload();
            panel.select(9);
            panel.resolveSelected();
        });
        assertThat(dialogs.asked).containsExactly("conflict 9");
    }
}
