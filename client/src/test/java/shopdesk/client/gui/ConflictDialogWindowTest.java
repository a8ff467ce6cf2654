package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import com.google.gson.JsonParser;
import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JRadioButton;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.ConflictInfo;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.WaitingEntry;
import shopdesk.client.sync.conflict.ConflictDialog;
import shopdesk.client.sync.conflict.ConflictPresenter;
import shopdesk.client.sync.conflict.ProductRepairDialog;
import shopdesk.client.sync.conflict.ProductRepairPresenter;
import shopdesk.dal.user.Role;

/**
 * The conflict dialog in a real window at 1024x768: every choice of a product conflict and of a bill's stock conflict,
 * driven by clicks, ends in the right call with the typed reason. Writes target/screenshots/conflict-*.png.
 */
@Gui
class ConflictDialogWindowTest {
    static final String BILL = "{\"id\":\"b1\",\"localLabel\":\"T1-000009\",\"total\":761,\"items\":["
            + "{\"productId\":\"p1\",\"sku\":\"TEA\",\"name\":\"Assam tea 250 g\",\"quantity\":5,\"unitPrice\":100,\"taxRateBp\":500},"
            + "{\"productId\":\"p2\",\"sku\":\"SOAP\",\"name\":\"Neem soap\",\"quantity\":1,\"unitPrice\":200,\"taxRateBp\":1800}]}";
    FakeSync sync = new FakeSync();
    SessionHolder sessions = new SessionHolder();
    JFrame frame;

    @BeforeEach
    void open() {
        sessions.start(new FakeAuth().user("ravi", "pw", Role.SUPERVISOR));
        Edt.run(() -> {
            FlatLightLaf.setup();
            frame = new JFrame("till");
            frame.setSize(1024, 768);
            frame.setVisible(true);
        });
    }

    @AfterEach
    void close() {
        Edt.run(() -> frame.dispose());
    }

    /** Before this till's edits: this till then raised the price and the low-stock level, the server renamed it,
     *  cut the price and raised the tax. */
    static final String BASE = "{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Assam tea 250 g\",\"unitPrice\":11000,"
            + "\"taxRateBp\":500,\"lowStockLevel\":2}";

    EntryDetail versionConflict() {
        EntryDetail d = sync.add(7, "product", "UPDATE_PRODUCT", EntryState.CONFLICT,
                "{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Assam tea 250 g\",\"unitPrice\":12500,\"taxRateBp\":500,\"lowStockLevel\":7}",
                "changed on server", new ConflictInfo(ConflictInfo.Kind.VERSION, "Changed in the cloud while edited here", 3L,
                        JsonParser.parseString("{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Assam tea 250g\",\"unitPrice\":12000,"
                                + "\"taxRateBp\":1200,\"lowStockLevel\":2}").getAsJsonObject(), List.of()));
        EntryDetail withBase = new EntryDetail(d.entry(), d.payloadJson(), d.baseVersion(), d.attempts(), d.conflict(),
                d.currentJson(), d.heldBackBy(), BASE);
        sync.details.set(sync.details.indexOf(d), withBase);
        return withBase;
    }

    EntryDetail stockConflict() {
        return sync.add(8, "bill", "CREATE_BILL", EntryState.CONFLICT, BILL, "stock",
                new ConflictInfo(ConflictInfo.Kind.STOCK, "Not enough stock for TEA", null, null,
                        List.of(new ConflictInfo.Shortfall("p1", "TEA", 5, 2))));
    }

    JDialog show(EntryDetail d) {
        Edt.later(() -> ConflictDialog.show(frame, new ConflictPresenter(sync, sessions, d)));
        return Edt.dialog("conflict.dialog");
    }

    void resolve(JDialog dialog, String choice, String reason) {
        Edt.run(() -> ((JRadioButton) Edt.find(dialog, "conflict.choice." + choice)).doClick());
        Edt.run(() -> ((JTextField) Edt.find(dialog, "conflict.reason")).setText(reason));
        Edt.run(() -> ((JButton) Edt.find(dialog, "conflict.resolve")).doClick());
        Edt.waitFor("the dialog closed", () -> !Edt.call(dialog::isShowing));
    }

    @ParameterizedTest
    @CsvSource({"KEEP_MINE, FORCE_PUSH", "TAKE_THEIRS, TAKE_THEIRS", "DISCARD, DISCARD"})
    void aProductConflictIsResolvedByEachChoice(String choice, String call) throws Exception {
        JDialog d = show(versionConflict());
        assertThat(Windows.text(d, "conflict.title")).contains("Assam tea 250 g (TEA)");
        resolve(d, choice, "checked the shelf");
        assertThat(sync.calls).containsExactly(call + " 7 checked the shelf");
    }

    @Test
    void mergeSendsTheTickedFieldsFromThisTillAndTheRestFromTheServer() throws Exception {
        JDialog d = show(versionConflict());
        JTable fields = Edt.find(d, "conflict.fields");
        assertThat(Edt.call(() -> List.of(fields.getValueAt(2, 0), fields.getValueAt(2, 1), fields.getValueAt(2, 2),
                fields.getValueAt(2, 3), fields.getValueAt(2, 4)))).containsExactly("Price", "110.00", "125.00", "120.00", "Both");
        assertThat(Edt.call(() -> List.of(fields.getColumnName(1), fields.getColumnName(2), fields.getColumnName(3))))
                .containsExactly("Base", "This till", "Server");
        // a field only the server changed starts on the server's value, one only this till changed on this till's
        assertThat(Edt.call(() -> List.of(fields.getValueAt(1, 4), fields.getValueAt(1, 5), fields.getValueAt(4, 4),
                fields.getValueAt(4, 5)))).containsExactly("Server", false, "This till", true);
        Edt.run(() -> fields.setValueAt(false, 3, 5)); // tax rate: the server's 12%
        shoot(d, "conflict-dialog.png");
        resolve(d, "MERGE", "our price, their tax");
        assertThat(sync.calls).singleElement().asString().contains("\"unitPrice\":12500", "\"taxRateBp\":1200", "\"lowStockLevel\":7");
    }

    @ParameterizedTest
    @CsvSource({"SUPERVISOR_OVERRIDE, OVERRIDE", "REDUCE_QUANTITIES, REDUCE {p1=2}", "VOID_AND_RESTORE, VOID_AND_RESTORE"})
    void aStockConflictIsResolvedByEachChoice(String choice, String call) throws Exception {
        JDialog d = show(stockConflict());
        assertThat(Edt.call(() -> ((JRadioButton) Edt.find(d, "conflict.choice.SUPERVISOR_OVERRIDE")).isSelected()))
                .as("the default keeps the bill").isTrue();
        if (choice.startsWith("REDUCE")) {
            Edt.run(() -> ((JRadioButton) Edt.find(d, "conflict.choice." + choice)).doClick());
            assertThat(Windows.text(d, "conflict.explanation")).contains("refund 3.15");
            shoot(d, "conflict-stock.png");
        }
        resolve(d, choice, "customer agreed");
        assertThat(sync.calls).containsExactly(call + " 8 customer agreed");
    }

    @Test
    void aRefusedProductIsRenamedAndSentAgainFromItsRepairDialog() throws Exception {
        EntryDetail refused = sync.add(5, "product", "CREATE_PRODUCT", EntryState.FAILED,
                "{\"id\":\"p9\",\"sku\":\"GRN\",\"name\":\"Green tea\",\"unitPrice\":2000}",
                "DUPLICATE: Another product of this shop already has SKU GRN", null);
        sync.waiting.put(5L, List.of(new WaitingEntry(6, false, "Stock received", null, 10L),
                new WaitingEntry(7, true, "T1-000003", 4_200L, null)));
        Edt.later(() -> ProductRepairDialog.show(frame, new ProductRepairPresenter(sync, sessions, refused)));
        JDialog d = Edt.dialog("repair.dialog");
        assertThat(Windows.text(d, "repair.title")).contains("Green tea (GRN)");
        Edt.run(() -> ((JRadioButton) Edt.find(d, "repair.choice.RENAME")).doClick());
        Edt.run(() -> ((JTextField) Edt.find(d, "repair.sku")).setText("GRN-2"));
        Edt.run(() -> ((JTextField) Edt.find(d, "repair.reason")).setText("a different tea"));
        shoot(d, "product-repair.png");
        Edt.run(() -> ((JButton) Edt.find(d, "repair.resolve")).doClick());
        Edt.waitFor("the dialog closed", () -> !Edt.call(d::isShowing));
        assertThat(sync.calls).startsWith("RENAME GRN-2 null 5 a different tea");
    }

    static void shoot(java.awt.Window d, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Rectangle r = Edt.call(d::getBounds);
        Thread.sleep(300); // let the window manager draw the frame before the capture
        ImageIO.write(new Robot().createScreenCapture(r), "png", dir.resolve(name).toFile());
    }
}
