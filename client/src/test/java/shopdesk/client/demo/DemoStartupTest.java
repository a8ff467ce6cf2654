package shopdesk.client.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Windows.click;
import static shopdesk.client.gui.Windows.clickLater;
import static shopdesk.client.gui.Windows.text;
import static shopdesk.client.gui.Windows.type;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER;

import java.awt.Frame;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.app.MainWindow;
import shopdesk.client.app.TillLauncher;
import shopdesk.client.app.TillView;
import shopdesk.client.gui.Edt;
import shopdesk.client.gui.Gui;
import shopdesk.dal.config.Config;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.server.demo.DemoCatalog;
import shopdesk.server.demo.DemoServer;
import shopdesk.server.demo.DemoShop;

/**
 * The start-up path of {@code scripts/demo}: the demo server (seeded, random port), the demo till set-up step,
 * then the till's real launcher on that folder - which must open at the log-in without the first-run screen,
 * connected. A demo cashier rings up a bill, Sync now sends it, and the server has it with the shop's number 1.
 */
@Gui
class DemoStartupTest {
    @TempDir
    Path dir;
    DemoServer.Started demo;
    MainWindow window;

    @AfterEach
    void tearDown() {
        if (window != null) Edt.run(window::dispose);
        if (demo != null) demo.server().stop();
    }

    void scan(String code) {
        shopdesk.client.gui.Windows.scan(window, code);
    }

    @Test
    void aDemoTillStartsConnectedAndItsBillReachesTheServerWithAServerNumber() throws Exception {
        demo = DemoServer.start(dir, 1, "127.0.0.1", 0);
        Path tillDir = dir.resolve("till1");
        var identity = DemoTill.prepare(tillDir);
        assertThat(identity.cloudUrl()).isEqualTo(demo.server().baseUrl());
        assertThat(identity.deviceCode()).isEqualTo("T1");

        var launcher = new TillLauncher(Config.of(Map.of("sync.poll-interval-ms", "500")), tillDir, Clock.systemUTC(),
                new PasswordHasher(1000), shopdesk.client.TillApp.backends(), () -> { });
        window = launcher.launch().get(60, TimeUnit.SECONDS);
        assertThat(Edt.call(() -> java.util.Arrays.stream(Frame.getFrames())
                .anyMatch(f -> f.isShowing() && "firstRun.window".equals(f.getName())))).as("first-run screen shown").isFalse();

        type(window, "login.username", DemoShop.CASHIER.username());
        type(window, "login.password", DemoShop.CASHIER.password());
        click(window, "login.submit");
        Edt.waitFor("the sale screen", () -> TillView.WORK.equals(window.view().showing()));
        assertThat(text(window, "till.user")).startsWith("Asha (cashier)").doesNotContain("offline");
        Edt.waitFor("the demo catalog pulled from the server", java.time.Duration.ofSeconds(60),
                () -> !text(window, "status.lastSync").equals("Never synced"));

        DemoCatalog.Item tea = DemoCatalog.items().get(0);
        scan(tea.barcode());
        scan(tea.barcode());
        click(window, "sale.payCash");
        clickLater(window, "sale.complete");
        JDialog receipt = Edt.dialog("receipt.dialog");
        assertThat(text(receipt, "receipt.title")).isEqualTo("Bill T1-000001 saved");
        click(receipt, "receipt.close");

        // "All sent" alone could be read before the new bill is counted: wait for the server's own record of it
        String shopId = demo.shop().shopId();
        click(window, "status.syncNow");
        Edt.waitFor("the bill numbered on the server", java.time.Duration.ofSeconds(60),
                () -> demo.server().admin().lastBillNumber(shopId) == 1);
        Edt.waitFor("nothing left to send", java.time.Duration.ofSeconds(30),
                () -> text(window, "status.pending").equals("All sent"));
        var bill = demo.server().database().dsl().selectFrom(BILL).where(BILL.SHOP_ID.eq(shopId)).fetchOne();
        assertThat(demo.server().database().dsl().select(BILL_NUMBER.SERVER_NUMBER).from(BILL_NUMBER)
                .where(BILL_NUMBER.BILL_ID.eq(bill.getId())).fetchOne(BILL_NUMBER.SERVER_NUMBER)).isEqualTo(1L);
        assertThat(bill.getLocalNumber()).isEqualTo(1L);
        assertThat(demo.server().admin().stockLevel(shopId, productId(shopId, tea.sku()))).isEqualTo(tea.stock() - 2);
    }

    private String productId(String shopId, String sku) {
        return demo.server().database().dsl().select(shopdesk.db.Tables.PRODUCT.ID).from(shopdesk.db.Tables.PRODUCT)
                .where(shopdesk.db.Tables.PRODUCT.SHOP_ID.eq(shopId), shopdesk.db.Tables.PRODUCT.SKU.eq(sku)).fetchOne().value1();
    }
}
