package shopdesk.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.user.Role;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.InMemoryTokenStore;

/**
 * One till as the fault suite drives it: its SQLite file, its outbox against a cloud URL, and a cashier who rings
 * up random bills of the shop's products. Used in-process and inside the child JVMs that get killed.
 */
public final class TillNode implements AutoCloseable {
    public final Database db;
    public final Outbox outbox;
    public final BillService bills;
    public final ProductService products;
    private final Actor cashier;
    private final String shopId;
    private final Random random;
    private final String username;
    private final String password;

    public record Identity(String shopId, String deviceId, String deviceCode, String userId, String username,
                           String password) {
    }

    public TillNode(Path file, String cloudUrl, Identity id, Clock clock, long seed) throws Exception {
        this(open(file), cloudUrl, id, clock, seed);
    }

    private static Database open(Path file) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Database.open(DatabaseConfig.sqlite(file, SchemaContext.TILL));
    }

    /** A till on an already opened database (e.g. one the safe opener restored). */
    public TillNode(Database db, String cloudUrl, Identity id, Clock clock, long seed) {
        this.db = db;
        this.shopId = id.shopId();
        new ShopSetup(db, clock).ensureShop(id.shopId(), "Fault Shop");
        new ShopSetup(db, clock).ensureDevice(id.shopId(), id.deviceId(), id.deviceCode(), "Till " + id.deviceCode());
        OutboxConfig config = OutboxConfig.defaults(cloudUrl, id.shopId(), id.deviceId())
                .withBackoff(20, 400, 100_000)
                .withTimeouts(1_000, 3_000, 5_000)
                .withPollIntervalMs(200);
        this.random = new Random(seed);
        this.outbox = Outbox.create(db, config, clock, new Random(seed), new InMemoryTokenStore());
        this.bills = new BillService(db, outbox.recorder(), clock);
        this.products = new ProductService(db, outbox.recorder(), clock);
        this.cashier = new Actor(id.userId(), Role.CASHIER, id.shopId(), id.deviceId());
        this.username = id.username();
        this.password = id.password();
    }

    /** Logs in and pulls the catalog; retries for a while, since the cloud may be flapping on purpose. */
    public void connect(List<String> productIds, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                outbox.cloud().login(username, password, cashier.deviceId());
                outbox.pullNow();
                if (productIds.stream().allMatch(p -> products.findById(shopId, p).isPresent())) return;
            } catch (RuntimeException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("could not log in and pull the catalog", last);
    }

    /** Rings up one bill of 1 to 3 random products, paid exactly in cash. */
    public Bill sellRandom(List<String> productIds) {
        List<BillDraft.Line> lines = new ArrayList<>();
        List<BillCalculator.Line> priced = new ArrayList<>();
        for (String id : productIds) {
            if (lines.isEmpty() || random.nextInt(3) == 0) {
                Product p = products.findById(shopId, id).orElseThrow();
                long q = 1 + random.nextInt(3);
                lines.add(new BillDraft.Line(p.id(), q));
                priced.add(new BillCalculator.Line(q, p.unitPrice(), p.taxRateBp()));
            }
        }
        long total = BillCalculator.totals(priced).total();
        return bills.create(cashier, new BillDraft(null, lines, List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, total)), null));
    }

    /** Pushes until nothing is left to deliver (or the patience runs out); true when the queue is empty. */
    public boolean drain(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (outbox.tokens().accessToken().isEmpty()) {
                try {
                    outbox.cloud().login(username, password, cashier.deviceId());
                } catch (RuntimeException e) {
                    Thread.sleep(200);
                    continue;
                }
            }
            outbox.drain(Duration.ofSeconds(10), (sent, total) -> { });
            if (outbox.health().undelivered() == 0) {
                outbox.pullNow();
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public void close() {
        outbox.close();
        db.close();
    }
}
