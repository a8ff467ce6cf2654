package shopdesk.client;

import java.nio.file.Path;
import java.time.Clock;
import javax.swing.JOptionPane;
import shopdesk.client.app.StandaloneBackend;
import shopdesk.client.app.StartOptions;
import shopdesk.client.app.SyncBackends;
import shopdesk.client.app.TillLauncher;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.user.PasswordHasher;

/**
 * The till's entry point: {@code java -jar shopdesk-client-all.jar [--config FILE] [--data-dir DIR] [--key=value]}.
 * A wrong option or config value stops start-up with one line naming the key and what it accepts.
 */
public final class TillApp {
    private TillApp() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("ShopDesk till " + version());
            return;
        }
        StartOptions options;
        Config config;
        Path dataDir;
        try {
            options = StartOptions.parse(args, System.getenv());
            config = options.config();
            dataDir = options.resolveDataDir(config);
            // Checked here, before any window: a wrong db.* value stops start-up with one line.
            shopdesk.dal.db.DatabaseConfig.from(config, shopdesk.dal.db.SchemaContext.TILL, dataDir.resolve("till.db"));
        } catch (ConfigException e) {
            System.err.println("ShopDesk: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            System.err.println("ShopDesk: the till needs a display (DISPLAY is not set or not reachable)");
            System.exit(3);
            return;
        }
        // Before the first logger: the rotating log file lives in the data folder, for support.
        System.setProperty("shopdesk.log.dir", dataDir.resolve("logs").toString());
        org.slf4j.LoggerFactory.getLogger(TillApp.class).info("ShopDesk till starting; data in {}", dataDir);
        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                org.slf4j.LoggerFactory.getLogger(TillApp.class).error("Uncaught on {}", t.getName(), e));
        try {
            new TillLauncher(config, dataDir, Clock.systemUTC(), new PasswordHasher(), backends(), () -> System.exit(0)).launch();
        } catch (ConfigException e) {
            System.err.println("ShopDesk: " + e.getMessage());
            JOptionPane.showMessageDialog(null, e.getMessage(), "ShopDesk", JOptionPane.ERROR_MESSAGE);
            System.exit(2);
        }
    }

    /** The build's version, from the filtered shopdesk-client.properties. */
    public static String version() {
        try (var in = TillApp.class.getResourceAsStream("/shopdesk-client.properties")) {
            var p = new java.util.Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Standalone tills need nothing; cloud tills sync through the outbox. */
    public static SyncBackends backends() {
        return (db, identity, config, users, clock) -> identity.standalone()
                ? new StandaloneBackend()
                : shopdesk.client.cloud.OutboxBackend.create(db, identity, config, users, clock);
    }
}
