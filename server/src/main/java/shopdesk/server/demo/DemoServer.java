package shopdesk.server.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;

/**
 * The server half of {@code scripts/demo}: a cloud server on an embedded H2 file under the demo folder, seeded
 * with the {@link DemoShop} the first time (the folder's demo.properties remembers the shop for later runs),
 * and for each till a {@code tillN/demo-identity.properties} with the till.properties keys (cloud.url, shop.id,
 * shop.name, device.id, device.code) for the till's set-up step. Writes {@code server.ready} (the URL) once
 * it listens (and the printed log-ins in banner.txt), then serves until stopped.
 *
 * <pre>java -cp shopdesk-server-all.jar shopdesk.server.demo.DemoServer [--data DIR] [--tills N] [--port P]</pre>
 */
public final class DemoServer {
    public static final String IDENTITY_FILE = "demo-identity.properties";
    public static final String READY_FILE = "server.ready";

    private DemoServer() {
    }

    /** Starts (and seeds if new) the demo under {@code dir}; port 0 picks a free port. */
    public static Started start(Path dir, int tills, String host, int port) {
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(READY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerConfig config = ServerConfig.forDatabase(DatabaseConfig.h2(dir.resolve("cloud").resolve("shopdesk"), SchemaContext.CLOUD))
                .withHost(host).withPort(port);
        ServerApp app = ServerApp.start(config);
        try {
            DemoShop shop = new DemoShop(app.database(), app.admin(), Clock.systemUTC());
            Path stateFile = dir.resolve("demo.properties");
            Properties state = load(stateFile);
            DemoShop.Seeded seeded;
            if (state.getProperty("shop.id") == null) {
                seeded = shop.seed(tills);
            } else {
                Map<String, String> devices = new LinkedHashMap<>();
                for (int i = 1; state.getProperty("device.T" + i) != null; i++) devices.put("T" + i, state.getProperty("device.T" + i));
                for (int i = devices.size() + 1; i <= tills; i++) devices.put("T" + i, shop.addTill(state.getProperty("shop.id"), i));
                seeded = new DemoShop.Seeded(state.getProperty("shop.id"), state.getProperty("shop.name"), devices,
                        Integer.parseInt(state.getProperty("products", "0")), Integer.parseInt(state.getProperty("customers", "0")));
            }
            save(stateFile, stateOf(seeded), "ShopDesk demo: the seeded shop (delete the demo folder to start afresh)");
            for (int i = 1; i <= tills; i++) {
                String code = "T" + i;
                Properties id = new Properties();
                id.setProperty("cloud.url", app.baseUrl());
                id.setProperty("shop.id", seeded.shopId());
                id.setProperty("shop.name", seeded.shopName());
                id.setProperty("device.id", seeded.devices().get(code));
                id.setProperty("device.code", code);
                save(dir.resolve("till" + i).resolve(IDENTITY_FILE), id, "ShopDesk demo: till " + code + " of the demo shop");
            }
            return new Started(app, seeded);
        } catch (RuntimeException e) {
            app.stop();
            throw e;
        }
    }

    /** The running demo server and its shop. */
    public record Started(ServerApp server, DemoShop.Seeded shop) {
    }

    public static void main(String[] args) {
        Path dir = Path.of("data", "demo");
        int tills = 1;
        int port = 8765;
        String host = "127.0.0.1";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> dir = Path.of(args[i + 1]);
                case "--tills" -> tills = Integer.parseInt(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--host" -> host = args[i + 1];
                default -> {
                    System.err.println("Unknown option " + args[i] + " (usage: [--data DIR] [--tills N] [--port P] [--host H])");
                    System.exit(2);
                }
            }
        }
        if (tills < 1 || tills > 9) {
            System.err.println("--tills must be 1 to 9");
            System.exit(2);
        }
        Started started;
        try {
            started = start(dir.toAbsolutePath(), tills, host, port);
        } catch (RuntimeException e) {
            System.err.println("The demo server could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        ServerApp app = started.server();
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shopdesk-demo-stop"));
        DemoShop.Seeded s = started.shop();
        StringBuilder b = new StringBuilder();
        b.append("\nShopDesk demo server: ").append(app.baseUrl()).append("  (H2 database in ")
                .append(dir.resolve("cloud")).append(")\n");
        b.append("Shop: ").append(s.shopName()).append(" (id ").append(s.shopId()).append("), ")
                .append(s.products()).append(" products, ").append(s.customers()).append(" customers, tills ")
                .append(String.join(", ", s.devices().keySet())).append("\n\n");
        b.append("Demo log-ins (demo only):\n");
        for (DemoShop.DemoUser u : new DemoShop.DemoUser[]{DemoShop.CASHIER, DemoShop.SUPERVISOR}) {
            b.append(String.format("  %-10s  user %-5s  password %s%n", u.role().name().toLowerCase(), u.username(), u.password()));
        }
        b.append("\nBarcodes to type or scan on the sale screen:\n");
        for (String line : DemoShop.sampleBarcodes()) b.append("  ").append(line).append('\n');
        System.out.println(b);
        System.out.flush();
        try {
            Files.writeString(dir.resolve("banner.txt"), b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        save(dir.resolve(READY_FILE), props("url", app.baseUrl()), "the demo server listens");
    }

    private static Properties stateOf(DemoShop.Seeded s) {
        Properties p = props("shop.id", s.shopId());
        p.setProperty("shop.name", s.shopName());
        p.setProperty("products", Integer.toString(s.products()));
        p.setProperty("customers", Integer.toString(s.customers()));
        s.devices().forEach((code, id) -> p.setProperty("device." + code, id));
        return p;
    }

    private static Properties props(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);
        return p;
    }

    static Properties load(Path file) {
        Properties p = new Properties();
        if (!Files.exists(file)) return p;
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return p;
    }

    static void save(Path file, Properties p, String comment) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, comment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
