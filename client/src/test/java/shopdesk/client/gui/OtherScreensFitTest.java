package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.swing.JTabbedPane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shopdesk.client.ui.Swing;

/** Bills, the catalog's three tabs and the sync centre on a 1024x768 screen: no control is off the window. */
@Gui
class OtherScreensFitTest extends FakeTillWindowTest {
    @ParameterizedTest(name = "{0}x{1} at {2} % text")
    @CsvSource({"1024, 768, 100", "1024, 768, 125"})
    void everyControlOfBillsCatalogAndSyncCentreIsInsideTheWindow(int width, int height, int textPercent) {
        openLoggedIn(width, height, textPercent, "ravi", "ravi123");
        check(width, height, textPercent, 1, "bills", List.of("bills.search", "bills.void", "bills.prev", "bills.next",
                "bills.table", "bills.details", "status.syncNow"));
        check(width, height, textPercent, 2, "products", List.of("products.search", "product.sku", "product.lowStock",
                "product.new", "product.save", "products.table"));
        Edt.run(() -> ((JTabbedPane) Swing.require(till.window, "catalog.tabs")).setSelectedIndex(1));
        check(width, height, textPercent, 2, "stock", List.of("stock.search", "stock.low", "stock.quantity", "stock.reason",
                "stock.receive", "stock.adjust", "stock.table"));
        Edt.run(() -> ((JTabbedPane) Swing.require(till.window, "catalog.tabs")).setSelectedIndex(2));
        check(width, height, textPercent, 2, "customers", List.of("customers.search", "customer.name", "customer.email",
                "customer.new", "customer.save"));
        check(width, height, textPercent, 3, "sync", List.of("sync.filter.PENDING", "sync.filter.SUPERSEDED", "sync.refresh",
                "sync.retry", "sync.discard", "sync.resolve", "sync.table", "status.syncNow"));
    }

    private void check(int width, int height, int textPercent, int tab, String screen, List<String> names) {
        Edt.run(() -> till.window.view().showTab(tab));
        Edt.run(() -> till.window.validate());
        Edt.run(() -> till.window.validate());
        String shots = System.getProperty("layout.shots");
        if (shots != null) {
            SaleScreenFitTest.paint(till.window.getRootPane(), Path.of(shots, screen + "-" + width + "x" + height + "-" + textPercent + ".png"));
        }
        for (String name : names) {
            assertThat(Edt.call(() -> SaleScreenFitTest.wholeInside(Swing.require(till.window, name))))
                    .as("%s on %s at %dx%d, %d %%", name, screen, width, height, textPercent).isEmpty();
        }
    }
}
