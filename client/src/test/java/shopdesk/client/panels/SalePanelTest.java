package shopdesk.client.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Edt.find;
import static shopdesk.client.gui.Edt.run;

import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.fake.StubDialogs;
import shopdesk.client.sale.SalePanel;
import shopdesk.client.sale.SalePresenter;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;

/** The sale screen built off-screen (no display needed) and driven by component name. */
class SalePanelTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeSales sales = new FakeSales(catalog);
    SessionHolder sessions = new SessionHolder();
    FakeAuth auth = new FakeAuth();
    StubDialogs dialogs = new StubDialogs();
    SalePanel panel;
    SalePresenter presenter;

    @BeforeAll
    static void laf() {
        FlatLightLaf.setup();
    }

    @BeforeEach
    void setUp() {
        catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 12_000, 500, 10);
        catalog.add("SOAP-1", "8901000000028", "Neem soap", 3_500, 1800, 1);
        catalog.add("RICE-5", "8901000000035", "Basmati rice 5 kg", 55_000, 0, 4);
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
        presenter = new SalePresenter(catalog, sales, sessions);
        run(() -> panel = new SalePanel(presenter, dialogs));
    }

    void scan(String code) {
        run(() -> {
            JTextField f = find(panel, "sale.scan");
            f.setText(code);
            f.postActionEvent();
        });
    }

    String text(String name) {
        return shopdesk.client.gui.Edt.call(() -> find(panel, name) instanceof JLabel l ? l.getText()
                : ((javax.swing.text.JTextComponent) find(panel, name)).getText());
    }

    void click(String name) {
        run(() -> ((JButton) find(panel, name)).doClick());
    }

    @Test
    void scanningThreeItemsFillsTheTableClearsTheFieldAndShowsTotals() {
        scan("8901000000011");
        scan("SOAP-1");
        scan("8901000000035");
        JTable table = find(panel, "sale.lines");
        assertThat(table.getRowCount()).isEqualTo(3);
        assertThat(table.getValueAt(1, 2)).isEqualTo("Neem soap");
        assertThat(((JTextField) find(panel, "sale.scan")).getText()).isEmpty();
        assertThat(text("sale.total")).isEqualTo("717.30");
        assertThat(text("sale.due")).isEqualTo("717.30");
    }

    @Test
    void anUnknownCodeStaysInTheFieldWithAMessage() {
        scan("999");
        assertThat(((JTextField) find(panel, "sale.scan")).getText()).isEqualTo("999");
        assertThat(text("sale.message")).contains("No product");
    }

    /** Till T1 offline: another till's note cannot be checked, so a supervisor vouches for the paper note or not. */
    private void offlineNotes() {
        run(() -> presenter.useStoreCredit(new shopdesk.client.sale.StoreCreditLookup() {
            @Override
            public Answer check(String number) {
                return new NeedsConnection(number);
            }

            @Override
            public boolean anotherTills(String number) {
                return !number.startsWith("T1-");
            }
        }));
    }

    @Test
    void anotherTillsPaperNoteIsTakenWhenASupervisorVouchesForIt() {
        offlineNotes();
        scan("TEA-250");
        dialogs.supervisor = auth.user("boss", "pw", Role.SUPERVISOR);
        run(() -> ((JTextField) find(panel, "sale.amount")).setText("50"));
        run(() -> ((JTextField) find(panel, "sale.reference")).setText("T2-C000003"));
        click("sale.payStoreCredit");
        assertThat(dialogs.asked).singleElement().asString().contains("T2-C000003", "50.00");
        assertThat(text("sale.paid")).isEqualTo("50.00");
        assertThat(text("sale.reference")).isEmpty();
    }

    @Test
    void anotherTillsPaperNoteNobodyVouchesForTakesNothing() {
        offlineNotes();
        scan("TEA-250");
        run(() -> ((JTextField) find(panel, "sale.amount")).setText("50"));
        run(() -> ((JTextField) find(panel, "sale.reference")).setText("T2-C000003"));
        click("sale.payStoreCredit");
        assertThat(dialogs.asked).hasSize(1);
        assertThat(text("sale.paid")).isEqualTo("0.00");
        assertThat(text("sale.reference")).as("kept to try again").isEqualTo("T2-C000003");
    }

    @Test
    void twoPaymentsThenCompleteShowsTheReceipt() {
        scan("TEA-250");
        scan("SOAP-1");
        run(() -> ((JTextField) find(panel, "sale.amount")).setText("100"));
        run(() -> ((JTextField) find(panel, "sale.reference")).setText("UPI-77"));
        click("sale.payUpi");
        run(() -> ((JTextField) find(panel, "sale.amount")).setText("100"));
        click("sale.payCash");
        assertThat(text("sale.change")).isEqualTo("32.70");
        click("sale.complete");
        assertThat(dialogs.receipts).singleElement().satisfies(b -> {
            assertThat(b.localLabel()).isEqualTo("T1-000001");
            assertThat(b.payments()).hasSize(2);
        });
        assertThat(((JTable) find(panel, "sale.lines")).getRowCount()).isZero();
        assertThat(text("sale.message")).contains("T1-000001").contains("change 32.70");
    }

    @Test
    void removingALineAsksWhyAndAuditsIt() {
        scan("TEA-250");
        dialogs.answers.add("wrong item");
        click("sale.remove");
        assertThat(dialogs.asked).contains("reason Remove line");
        assertThat(sales.audit).singleElement().asString().contains("TEA-250").contains("wrong item");
    }

    @Test
    void shortStockAsksForASupervisorAndCompletesWithTheirApproval() {
        scan("3*SOAP-1");
        click("sale.payCash");
        var sup = auth.user("super", "pw", Role.SUPERVISOR);
        sales.supervisorIds.add(sup.userId());
        dialogs.supervisor = sup;
        click("sale.complete");
        assertThat(dialogs.asked).anyMatch(a -> a.startsWith("supervisor Sell beyond local stock") && a.contains("Neem soap"));
        assertThat(dialogs.receipts).hasSize(1);
    }

    @Test
    void quantityIsChangedThroughTheQuantityKeyDialog() {
        scan("TEA-250");
        dialogs.answers.add("5");
        click("sale.quantity");
        assertThat(((JTable) find(panel, "sale.lines")).getValueAt(0, 3)).isEqualTo("5");
    }
}
