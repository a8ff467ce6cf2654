package shopdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.CHANGE_FEED;
import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.PRODUCT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo server's seed and the files the demo's till set-up reads; and that a restart reuses the shop. */
class DemoShopTest {
    @TempDir
    Path dir;

    @Test
    void theCatalogHasAbout200ProductsWithUniqueValidBarcodesAndKnownTaxSlabs() {
        var items = DemoCatalog.items();
        assertThat(items).hasSizeBetween(190, 220);
        Set<String> barcodes = new HashSet<>();
        Set<String> skus = new HashSet<>();
        for (var it : items) {
            assertThat(it.barcode()).matches("\\d{13}");
            assertThat(it.barcode().charAt(12) - '0').isEqualTo(DemoCatalog.checkDigit(it.barcode().substring(0, 12)));
            assertThat(barcodes.add(it.barcode())).as("unique barcode %s", it.barcode()).isTrue();
            assertThat(skus.add(it.sku())).as("unique sku %s", it.sku()).isTrue();
            assertThat(it.taxRateBp()).isIn(0, 500, 1200, 1800, 2800);
            assertThat(it.unitPrice()).isPositive();
            assertThat(it.stock()).isPositive();
        }
        assertThat(DemoCatalog.barcode(1)).isEqualTo("8901000000019");
    }

    @Test
    void seedsTheShopWritesEachTillsIdentityAndReusesTheShopOnRestart() throws Exception {
        var first = DemoServer.start(dir, 2, "127.0.0.1", 0);
        String shopId;
        try {
            var shop = first.shop();
            shopId = shop.shopId();
            var dsl = first.server().database().dsl();
            assertThat(dsl.fetchCount(PRODUCT, PRODUCT.SHOP_ID.eq(shopId))).isEqualTo(DemoCatalog.items().size());
            assertThat(dsl.fetchCount(CUSTOMER, CUSTOMER.SHOP_ID.eq(shopId))).isEqualTo(4);
            assertThat(dsl.fetchCount(APP_USER, APP_USER.SHOP_ID.eq(shopId))).isEqualTo(2);
            // products, their opening stock and the customers all travel to the tills through the feed
            assertThat(dsl.fetchCount(CHANGE_FEED, CHANGE_FEED.SHOP_ID.eq(shopId))).isGreaterThanOrEqualTo(2 * DemoCatalog.items().size() + 4);
            assertThat(shop.devices()).containsOnlyKeys("T1", "T2");

            Properties t2 = DemoServer.load(dir.resolve("till2").resolve(DemoServer.IDENTITY_FILE));
            assertThat(t2.getProperty("cloud.url")).isEqualTo(first.server().baseUrl());
            assertThat(t2.getProperty("shop.id")).isEqualTo(shopId);
            assertThat(t2.getProperty("device.id")).isEqualTo(shop.devices().get("T2"));
            assertThat(t2.getProperty("device.code")).isEqualTo("T2");
            assertThat(Files.exists(dir.resolve(DemoServer.READY_FILE))).isFalse(); // only main() announces readiness
        } finally {
            first.server().stop();
        }

        var again = DemoServer.start(dir, 3, "127.0.0.1", 0);
        try {
            assertThat(again.shop().shopId()).isEqualTo(shopId);
            assertThat(again.shop().devices()).containsOnlyKeys("T1", "T2", "T3");
            assertThat(again.server().database().dsl().fetchCount(PRODUCT, PRODUCT.SHOP_ID.eq(shopId)))
                    .isEqualTo(DemoCatalog.items().size());
        } finally {
            again.server().stop();
        }
    }
}
