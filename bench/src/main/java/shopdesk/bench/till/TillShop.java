package shopdesk.bench.till;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
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
 * A shop set up on a till database the way the app does it (through the dal services): shop, device T1, an admin
 * who is also the cashier, and three products with stock that never runs out during a benchmark. The ids are
 * fixed so a till and a server can be given the same shop.
 */
public final class TillShop {
    public static final String SHOP = "11111111-1111-1111-1111-111111111111";
    public static final String DEVICE = "22222222-2222-2222-2222-222222222222";
    public static final long OPENING_STOCK = 1_000_000_000L;

    public final Database db;
    public final Actor cashier;
    public final List<Product> products;

    private TillShop(Database db, Actor cashier, List<Product> products) {
        this.db = db;
        this.cashier = cashier;
        this.products = products;
    }

    public static TillShop create(Database db, String deviceId, String deviceCode, Clock clock) {
        new ShopSetup(db, clock).ensureShop(SHOP, "Bench Shop");
        new ShopSetup(db, clock).ensureDevice(SHOP, deviceId, deviceCode, "Till " + deviceCode);
        UserService users = new UserService(db, clock, new PasswordHasher(1000));
        User admin = users.create(new Actor(null, null, SHOP, deviceId),
                new NewUser("admin", "Bench Admin", Role.ADMIN, "secret1".toCharArray()));
        Actor actor = new Actor(admin.id(), admin.role(), SHOP, deviceId);
        ProductService products = new ProductService(db, ChangeRecorder.NONE, clock);
        StockService stock = new StockService(db, ChangeRecorder.NONE, clock);
        List<Product> list = new ArrayList<>();
        long[] prices = {4_999, 12_050, 799};
        int[] taxes = {1800, 500, 1200};
        for (int i = 0; i < 3; i++) {
            Product p = products.create(actor, new ProductDraft("SKU-" + (i + 1), "890000000000" + i,
                    "Bench product " + (i + 1), prices[i], taxes[i], 0));
            stock.receive(actor, p.id(), OPENING_STOCK, "bench opening stock");
            list.add(p);
        }
        return new TillShop(db, actor, List.copyOf(list));
    }

    public static TillShop create(Database db, Clock clock) {
        return create(db, DEVICE, "T1", clock);
    }

    /** The benchmark's bill: one of each product (quantities 1, 2, 3), paid exactly by card. */
    public BillDraft draft() {
        List<BillDraft.Line> lines = new ArrayList<>();
        List<BillCalculator.Line> calc = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            lines.add(new BillDraft.Line(p.id(), i + 1));
            calc.add(new BillCalculator.Line(i + 1, p.unitPrice(), p.taxRateBp()));
        }
        long total = BillCalculator.totals(calc).total();
        return new BillDraft(null, lines, List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CARD, total)), null);
    }
}
