package shopdesk.client.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import shopdesk.client.app.TillIdentity;
import shopdesk.client.setup.FirstRunPresenter;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigSide;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.user.PasswordHasher;

/**
 * The till half of {@code scripts/demo}: for each {@code tillN} folder the demo server prepared (its
 * demo-identity.properties), does what the first-run screen's "connect to a cloud" does - opens the till's own
 * database (SQLite till.db, as {@code scripts/run --data-dir tillN} will), records the shop and device in it and
 * writes till.properties - so the till opens straight at the log-in, connected to the demo server.
 *
 * <pre>java -cp shopdesk-client-all.jar shopdesk.client.demo.DemoTill DEMO_DIR</pre>
 */
public final class DemoTill {
    public static final String IDENTITY_FILE = "demo-identity.properties";

    private DemoTill() {
    }

    /** Prepares one till folder; returns its identity. Re-running updates the cloud URL only. */
    public static TillIdentity prepare(Path tillDir) {
        Properties p = read(tillDir.resolve(IDENTITY_FILE));
        Path identityFile = tillDir.resolve("till.properties");
        var existing = TillIdentity.load(identityFile);
        if (existing.isPresent() && p.getProperty("device.id").equals(existing.get().deviceId())) {
            TillIdentity e = existing.get();
            TillIdentity updated = new TillIdentity(e.shopId(), e.shopName(), e.deviceId(), e.deviceCode(), p.getProperty("cloud.url"));
            if (!updated.equals(e)) updated.save(identityFile);
            return updated;
        }
        // the real environment, as the till itself will read it: SHOPDESK_DB_DIALECT=h2 set-up and till must agree
        DatabaseConfig dbConfig = DatabaseConfig.from(Config.load(null, ConfigSide.TILL), SchemaContext.TILL, tillDir.resolve("till.db"));
        try (Database db = Database.open(dbConfig)) {
            var presenter = new FirstRunPresenter(db, identityFile, Clock.systemUTC(), new PasswordHasher());
            return presenter.connect(p.getProperty("cloud.url"), p.getProperty("shop.id"), p.getProperty("shop.name"),
                    p.getProperty("device.id"), p.getProperty("device.code"))
                    .orElseThrow(() -> new IllegalStateException("Till set-up refused " + tillDir + ": " + presenter.errors().all()));
        }
    }

    /** Every {@code till*} folder under the demo folder that has a demo identity, in name order. */
    public static List<Path> tillFolders(Path demoDir) {
        try (Stream<Path> s = Files.list(demoDir)) {
            List<Path> out = new ArrayList<>(s.filter(d -> d.getFileName().toString().startsWith("till"))
                    .filter(d -> Files.exists(d.resolve(IDENTITY_FILE))).sorted().toList());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + demoDir, e);
        }
    }

    public static void main(String[] args) {
        Path demoDir = Path.of(args.length > 0 ? args[0] : "data/demo").toAbsolutePath();
        System.setProperty("shopdesk.log.dir", demoDir.resolve("logs").toString());
        try {
            for (Path till : tillFolders(demoDir)) {
                TillIdentity id = prepare(till);
                System.out.println("Till " + id.deviceCode() + " ready in " + till + " (cloud " + id.cloudUrl() + ")");
            }
        } catch (RuntimeException e) {
            System.err.println("Could not prepare the demo tills: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " (start the demo server first)", e);
        }
        return p;
    }
}
