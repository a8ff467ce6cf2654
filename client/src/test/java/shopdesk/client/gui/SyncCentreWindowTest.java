package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.JTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.fake.StubDialogs;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.ResolutionRecord;
import shopdesk.client.sync.centre.SyncCentrePanel;
import shopdesk.client.sync.centre.SyncCentrePresenter;
import shopdesk.dal.user.Role;

/** The sync centre in a real 1024x768 window: entities by name, why an entry is held back, who decided. */
@Gui
class SyncCentreWindowTest {
    FakeSync sync = new FakeSync();
    SessionHolder sessions = new SessionHolder();
    JFrame frame;

    @AfterEach
    void close() {
        if (frame != null) Edt.run(() -> frame.dispose());
    }

    @Test
    void namesEntitiesAsStaffKnowThemAndSaysWhatHoldsABillBack() throws Exception {
        sync.add(5, "product", "CREATE_PRODUCT", EntryState.FAILED, "{\"sku\":\"GRN\",\"name\":\"Green tea\"}",
                "DUPLICATE: Another product of this shop already has SKU GRN", null);
        EntryDetail bill = sync.add(7, "bill", "CREATE_BILL", EntryState.PENDING,
                "{\"localLabel\":\"T1-000003\",\"total\":4200}", null, null);
        sync.details.set(sync.details.indexOf(bill), new EntryDetail(bill.entry(), bill.payloadJson(), null, bill.attempts(), null,
                null, List.of("Entry 5, Green tea (GRN): failed: Another product of this shop already has SKU GRN")));
        sync.resolutions.add(new ResolutionRecord(4, sync.now, "id-ravi", "DISCARD", "typed twice", "Ravi (ravi)"));
        sessions.start(new FakeAuth().user("ravi", "pw", Role.SUPERVISOR));
        Edt.run(() -> {
            FlatLightLaf.setup();
            frame = new JFrame("Sync centre");
            SyncCentrePanel panel = new SyncCentrePanel(new SyncCentrePresenter(sync, sessions), new StubDialogs());
            frame.add(panel);
            frame.setSize(1024, 768);
            frame.setVisible(true);
            panel.reload();
            panel.select(7);
        });
        JTable table = Edt.find(frame, "sync.table");
        assertThat(Edt.call(() -> List.of(table.getValueAt(0, 3), table.getValueAt(1, 3))))
                .containsExactlyInAnyOrder("Green tea (GRN)", "Bill T1-000003, 42.00");
        JTextArea detail = Edt.find(frame, "sync.detail");
        Edt.waitFor("the entry's detail", () -> Edt.call(() -> detail.getText()).contains("Held back"));
        String text = Edt.call(() -> detail.getText());
        assertThat(text).contains("Entry 5, Green tea (GRN): failed");
        assertThat(Edt.call(() -> ((JTable) Edt.find(frame, "sync.trail")).getValueAt(0, 2))).isEqualTo("Ravi (ravi)");
        ConflictDialogWindowTest.shoot(frame, "sync-centre.png");
    }
}
