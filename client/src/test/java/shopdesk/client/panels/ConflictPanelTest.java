package shopdesk.client.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Edt.find;
import static shopdesk.client.gui.Edt.run;

import com.formdev.flatlaf.FlatLightLaf;
import com.google.gson.JsonParser;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JRadioButton;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.gui.Edt;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.ConflictInfo;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.conflict.ConflictPanel;
import shopdesk.client.sync.conflict.ConflictPresenter;
import shopdesk.dal.user.Role;

class ConflictPanelTest {
    static final String BILL = "{\"id\":\"b1\",\"localLabel\":\"T1-000001\",\"total\":525,\"items\":[{\"productId\":\"p1\","
            + "\"sku\":\"TEA\",\"name\":\"Tea\",\"quantity\":5,\"unitPrice\":100,\"taxRateBp\":500}]}";
    FakeSync sync = new FakeSync();
    SessionHolder sessions = new SessionHolder();

    @BeforeAll
    static void laf() {
        FlatLightLaf.setup();
    }

    ConflictPanel panel(boolean stock, Role role) {
        sessions.start(new FakeAuth().user(role == Role.CASHIER ? "asha" : "ravi", "pw", role));
        var d = stock
                ? sync.add(8, "bill", "CREATE_BILL", EntryState.CONFLICT, BILL, "stock",
                        new ConflictInfo(ConflictInfo.Kind.STOCK, "short", null, null, List.of(new ConflictInfo.Shortfall("p1", "TEA", 5, 2))))
                : sync.add(7, "product", "UPDATE_PRODUCT", EntryState.CONFLICT, "{\"name\":\"Tea\",\"unitPrice\":100,\"sku\":\"T\"}", "v",
                        new ConflictInfo(ConflictInfo.Kind.VERSION, "changed", 3L,
                                JsonParser.parseString("{\"name\":\"Tea!\",\"unitPrice\":120,\"sku\":\"T\"}").getAsJsonObject(), List.of()));
        return Edt.call(() -> new ConflictPanel(new ConflictPresenter(sync, sessions, d)));
    }

    @Test
    void differingFieldsAreHighlightedAndTheSameOnesAreNot() {
        ConflictPanel p = panel(false, Role.SUPERVISOR);
        JTable t = find(p, "conflict.fields");
        // One renderer component serves every cell: read each colour right after preparing its cell.
        java.awt.Color differing = Edt.call(() -> t.prepareRenderer(t.getCellRenderer(0, 1), 0, 1).getBackground());
        java.awt.Color same = Edt.call(() -> t.prepareRenderer(t.getCellRenderer(2, 1), 2, 1).getBackground());
        assertThat(Edt.call(() -> t.getValueAt(0, 0))).isEqualTo("Name");
        assertThat(differing).isNotEqualTo(same);
    }

    @Test
    void choosingAnOptionSaysWhatWillHappenAndResolveNeedsAReason() {
        ConflictPanel p = panel(false, Role.SUPERVISOR);
        run(() -> ((JRadioButton) find(p, "conflict.choice.TAKE_THEIRS")).doClick());
        assertThat(Edt.call(() -> ((JTextArea) find(p, "conflict.explanation")).getText())).contains("Replaces this till's version");
        assertThat(Edt.call(p::resolve)).isFalse();
        assertThat(Edt.call(() -> ((JLabel) find(p, "conflict.message")).getText())).contains("Say why");
        run(() -> ((JTextField) find(p, "conflict.reason")).setText("server is right"));
        assertThat(Edt.call(p::resolve)).isTrue();
        assertThat(sync.calls).containsExactly("TAKE_THEIRS 7 server is right");
    }

    @Test
    void aStockConflictShowsShortItemsAndTheBillChoices() {
        ConflictPanel p = panel(true, Role.SUPERVISOR);
        JTable t = find(p, "conflict.lines");
        assertThat(Edt.call(() -> List.of(t.getValueAt(0, 0), t.getValueAt(0, 2), t.getValueAt(0, 3), t.getValueAt(0, 4))))
                .containsExactly("TEA", 5L, 2L, 2L);
        assertThat(shopdesk.client.ui.Swing.find(p, "conflict.choice.VOID_AND_RESTORE")).isPresent();
        assertThat(shopdesk.client.ui.Swing.find(p, "conflict.choice.KEEP_MINE")).isEmpty();
    }

    @Test
    void aCashierCannotPressResolve() {
        ConflictPanel p = panel(false, Role.CASHIER);
        assertThat(Edt.call(() -> find(p, "conflict.resolve").isEnabled())).isFalse();
        assertThat(Edt.call(() -> ((JLabel) find(p, "conflict.message")).getText())).contains("Only a supervisor");
    }
}
