package shopdesk.bench.client;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;
import javax.swing.JTextField;
import shopdesk.client.app.MainWindow;
import shopdesk.client.app.StandaloneBackend;
import shopdesk.client.app.TillLauncher;
import shopdesk.client.app.TillView;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.config.Config;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.dal.user.User;
import shopdesk.dal.user.UserService;

/**
 * The real Swing till in its own JVM (started by {@link ClientSection}, under Xvfb when there is no display).
 * {@code prepare DIR}: first run of a standalone till through its set-up window, then one product with stock.
 * {@code measure DIR N}: launch to the login screen and, after logging in, to the interactive sale screen (times
 * from JVM start); then N bills rung up through the sale screen (scan, cash F5, complete, close receipt); then
 * resident memory, right after them and after a full collection. Prints one {@code RESULT key=value ...} line.
 */
public final class ClientProbe {
    static final String BARCODE = "8901000000011";

    private ClientProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try {
            if (args[0].equals("prepare")) prepare(dir);
            else measure(dir, Integer.parseInt(args[2]), Long.parseLong(args.length > 3 ? args[3] : "240"));
        } catch (Throwable t) {
            t.printStackTrace();
            System.out.println("RESULT error=" + String.valueOf(t).replace(' ', '_'));
            System.exit(1);
        }
        System.exit(0);
    }

    private static TillLauncher launcher(Path dir) {
        return new TillLauncher(Config.of(Map.of()), dir, Clock.systemUTC(), new PasswordHasher(), (db, id, cfg, users, clock) ->
                new StandaloneBackend(), () -> { });
    }

    static void prepare(Path dir) throws Exception {
        var shown = launcher(dir).launch();
        Screens.waitShowing("firstRun.window", 60_000);
        Screens.type("firstRun.shopName", "Bench Shop");
        Screens.type("firstRun.username", "admin");
        Screens.type("firstRun.password", "secret1");
        Screens.click("firstRun.start");
        MainWindow w = shown.get(60, TimeUnit.SECONDS);
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("till.db"), SchemaContext.TILL))) {
            User admin = new UserService(db, Clock.systemUTC(), new PasswordHasher()).findByUsername("admin").orElseThrow();
            String device = new ShopSetup(db, Clock.systemUTC()).devices(admin.shopId()).get(0).id();
            Actor actor = new Actor(admin.id(), admin.role(), admin.shopId(), device);
            Product p = new ProductService(db, ChangeRecorder.NONE, Clock.systemUTC()).create(actor,
                    new ProductDraft("TEA-250", BARCODE, "Assam tea 250 g", 12_000, 500, 0));
            new StockService(db, ChangeRecorder.NONE, Clock.systemUTC()).receive(actor, p.id(), 10_000_000, "bench");
        }
        Screens.run(w::dispose);
        System.out.println("RESULT prepared=true");
    }

    static void measure(Path dir, int bills, long budgetSeconds) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        var shown = launcher(dir).launch();
        MainWindow w = shown.get(60, TimeUnit.SECONDS);
        Screens.waitShowing("login.username", 30_000);
        long toLogin = System.currentTimeMillis() - jvmStart;
        Screens.type("login.username", "admin");
        Screens.type("login.password", "secret1");
        long loginStart = System.currentTimeMillis();
        Screens.click("login.submit");
        Screens.waitFor("the sale screen", 30_000, () -> TillView.WORK.equals(w.view().showing())
                && Screens.find("sale.scan").map(c -> c.isShowing() && c.isEnabled()).orElse(false));
        long toSale = System.currentTimeMillis() - jvmStart;
        long loginMs = System.currentTimeMillis() - loginStart;

        long deadline = System.currentTimeMillis() + budgetSeconds * 1000;
        long t0 = System.nanoTime();
        int rung = 0;
        while (rung < bills && System.currentTimeMillis() < deadline) {
            Screens.waitFor("an empty sale", 10_000, () -> ((JTable) Screens.require("sale.lines")).getRowCount() == 0);
            Screens.run(() -> {
                JTextField scan = (JTextField) Screens.require("sale.scan");
                scan.setText(BARCODE);
                scan.postActionEvent();
            });
            Screens.waitFor("the scanned line", 10_000, () -> ((JTable) Screens.require("sale.lines")).getRowCount() == 1);
            Screens.click("sale.payCash");
            Screens.clickLater("sale.complete");
            Screens.waitShowing("receipt.close", 10_000);
            Screens.click("receipt.close");
            Screens.waitFor("the receipt closed", 10_000, () -> Screens.find("receipt.close").isEmpty());
            rung++;
        }
        double perBillMs = (System.nanoTime() - t0) / 1e6 / Math.max(1, rung);
        String rssNow = status("VmRSS"); // as the shop's machine sees it, before any collection we force
        System.gc();
        Thread.sleep(500);
        Runtime rt = Runtime.getRuntime();
        long heapUsed = rt.totalMemory() - rt.freeMemory();
        String rss = status("VmRSS");
        String hwm = status("VmHWM");
        System.out.println(String.format(Locale.ROOT,
                "RESULT jvmStartMs=%d toLoginMs=%d toSaleMs=%d loginMs=%d bills=%d perBillMs=%.1f rssNowKb=%s rssKb=%s hwmKb=%s heapUsedKb=%d heapCommittedKb=%d",
                jvmStart, toLogin, toSale, loginMs, rung, perBillMs, rssNow, rss, hwm, heapUsed / 1024, rt.totalMemory() / 1024));
        Screens.run(w::dispose);
    }

    private static String status(String key) throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(key + ":"))
                .map(l -> l.replaceAll("\\D+", "")).findFirst().orElse("-1");
    }
}
