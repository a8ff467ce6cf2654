package shopdesk.client.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.DEVICE;
import static shopdesk.db.Tables.SHOP;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.app.TillIdentity;
import shopdesk.dal.config.Config;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;

/** The demo's till set-up step without a window: what the first-run screen would have written, and a re-run. */
class DemoTillTest {
    @TempDir
    Path dir;

    @Test
    void writesTheIdentityAndTheLocalShopAndDeviceSoTheTillSkipsFirstRun() throws Exception {
        Path till = dir.resolve("till1");
        identity(till, "http://127.0.0.1:8765", "T1");
        Files.createDirectories(dir.resolve("till9")); // a folder without a demo identity is not a demo till

        TillIdentity id = DemoTill.prepare(till);

        assertThat(id).isEqualTo(new TillIdentity("shop-1", "Demo Corner Shop", "dev-1", "T1", "http://127.0.0.1:8765"));
        assertThat(TillIdentity.load(till.resolve("till.properties"))).contains(id);
        try (Database db = Database.open(DatabaseConfig.from(Config.of(Map.of()), SchemaContext.TILL, till.resolve("till.db")))) {
            assertThat(db.dsl().fetchExists(SHOP, SHOP.ID.eq("shop-1"))).isTrue();
            assertThat(db.dsl().fetchExists(DEVICE, DEVICE.ID.eq("dev-1"), DEVICE.CODE.eq("T1"))).isTrue();
        }
        assertThat(DemoTill.tillFolders(dir)).containsExactly(till);

        // the demo restarted on another port: only the cloud URL changes
        identity(till, "http://127.0.0.1:9000", "T1");
        assertThat(DemoTill.prepare(till).cloudUrl()).isEqualTo("http://127.0.0.1:9000");
        assertThat(TillIdentity.load(till.resolve("till.properties")).orElseThrow().cloudUrl()).isEqualTo("http://127.0.0.1:9000");
    }

    private static void identity(Path till, String url, String code) throws Exception {
        Files.createDirectories(till);
        Properties p = new Properties();
        p.setProperty("cloud.url", url);
        p.setProperty("shop.id", "shop-1");
        p.setProperty("shop.name", "Demo Corner Shop");
        p.setProperty("device.id", "dev-1");
        p.setProperty("device.code", code);
        try (Writer w = Files.newBufferedWriter(till.resolve(DemoTill.IDENTITY_FILE))) {
            p.store(w, null);
        }
    }
}
