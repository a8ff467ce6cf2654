package shopdesk.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.config.Config;
import shopdesk.protocol.PullResponse;
import shopdesk.protocol.TokenResponse;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;
import shopdesk.server.testing.Api;

/** The admin command sets up a shop that tills can then log in to and pull from. */
class AdminCommandTest {
    @TempDir
    Path dir;

    private String run(Config config, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            int rc = ServerAdmin.run(config, args);
            assertThat(rc).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString().trim();
    }

    @Test
    void createsAShopItsTillUsersAndProductsThatATillCanUse() {
        Config config = Config.of(Map.of("db.dialect", "h2", "db.url", dir.resolve("cloud").toString(),
                "auth.password-iterations", "1000"));
        String shop = run(config, "create-shop", "--name", "Corner Shop");
        run(config, "create-device", "--shop", shop, "--code", "T1", "--name", "Till 1");
        run(config, "create-user", "--shop", shop, "--username", "ravi", "--password", "pw-123456", "--role", "cashier");
        String product = run(config, "create-product", "--shop", shop, "--sku", "TEA", "--name", "Tea", "--price", "12000",
                "--tax-bp", "500", "--stock", "4");

        ServerApp app = ServerApp.start(ServerConfig.from(config).withHost("127.0.0.1").withPort(0));
        try {
            Api api = new Api(app.baseUrl());
            TokenResponse t = api.loginOk("ravi", "pw-123456", "T1");
            assertThat(t.user().shopId()).isEqualTo(shop);
            PullResponse feed = api.pullOk(t.accessToken(), null, 100);
            assertThat(feed.changes()).extracting(c -> c.entityId()).containsExactly(product, product);
        } finally {
            app.stop();
        }
    }

    @Test
    void aBadCommandOrMissingOptionExitsWithUsage() {
        Config config = Config.of(Map.of("db.dialect", "h2", "db.url", dir.resolve("c2").toString()));
        assertThat(ServerAdmin.run(config, new String[] {"create-device", "--code", "T1"})).isEqualTo(2);
        assertThat(ServerAdmin.run(config, new String[] {"fly"})).isEqualTo(2);
        assertThat(ServerAdmin.run(config, new String[] {})).isEqualTo(2);
    }
}
