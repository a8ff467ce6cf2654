package shopdesk.dal.testing;

import java.nio.file.Path;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.change.InMemoryChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.user.NewUser;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.dal.user.Role;
import shopdesk.dal.user.User;
import shopdesk.dal.user.UserService;

/**
 * A till database with a shop, device T1 and three users (admin, supervisor, cashier; password "secret1"),
 * whose committed changes are captured in {@link #changes}.
 */
public final class TillFixture implements AutoCloseable {
    public static final String SHOP = "11111111-1111-1111-1111-111111111111";
    public static final String DEVICE = "22222222-2222-2222-2222-222222222222";
    public static final String PASSWORD = "secret1";

    public final Database db;
    public final MutableClock clock = new MutableClock(1_790_000_000_000L);
    public final InMemoryChangeRecorder changes = new InMemoryChangeRecorder();
    public final UserService users;
    public final Actor admin;
    public final Actor supervisor;
    public final Actor cashier;

    public TillFixture(Dialect dialect, Path dir) {
        db = TestDatabases.open(dialect, SchemaContext.TILL, dir);
        db.addTransactionListener(changes.listener());
        new ShopSetup(db, clock).ensureShop(SHOP, "Corner Shop");
        new ShopSetup(db, clock).ensureDevice(SHOP, DEVICE, "T1", "Till 1");
        users = new UserService(db, clock, new PasswordHasher(1000));
        Actor bootstrap = new Actor(null, null, SHOP, DEVICE);
        admin = actor(users.create(bootstrap, new NewUser("admin", "Asha Admin", Role.ADMIN, PASSWORD.toCharArray())));
        supervisor = actor(users.create(admin, new NewUser("sup", "Sam Supervisor", Role.SUPERVISOR, PASSWORD.toCharArray())));
        cashier = actor(users.create(admin, new NewUser("cash", "Cara Cashier", Role.CASHIER, PASSWORD.toCharArray())));
    }

    public static Actor actor(User u) {
        return new Actor(u.id(), u.role(), u.shopId(), DEVICE);
    }

    public ProductService products(ChangeRecorder recorder) {
        return new ProductService(db, recorder, clock);
    }

    /** A product with stock, created as the admin; its changes are cleared from {@link #changes}. */
    public Product product(String sku, long unitPrice, int taxRateBp, long stock) {
        Product p = products(ChangeRecorder.NONE).create(admin,
                new ProductDraft(sku, "89" + Math.abs(sku.hashCode()), "Product " + sku, unitPrice, taxRateBp, 2));
        if (stock > 0) new StockService(db, ChangeRecorder.NONE, clock).receive(admin, p.id(), stock, "opening stock");
        return p;
    }

    @Override
    public void close() {
        TestDatabases.close(db);
    }
}
