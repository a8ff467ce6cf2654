package shopdesk.bench.till;

import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK;

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

    /**
     * A till whose shop, device, user and products were created on the cloud first: the same ids, the user cached
     * as after an online login, the products and their stock written as a pull of the shop's feed leaves them.
     */
    public static TillShop joinCloud(Database db, String shopId, String deviceId, String deviceCode, String userId,
                                     String username, List<Product> cloudProducts, Clock clock) {
        new ShopSetup(db, clock).ensureShop(shopId, "Bench Shop");
        new ShopSetup(db, clock).ensureDevice(shopId, deviceId, deviceCode, "Till " + deviceCode);
        new UserService(db, clock, new PasswordHasher(1000)).cacheFromServer(userId, shopId, username, "Bench Cashier",
                Role.CASHIER, new PasswordHasher(1000).hash("secret1".toCharArray()));
        long now = clock.millis();
        db.runInTransaction(tx -> {
            for (Product p : cloudProducts) {
                tx.insertInto(PRODUCT).set(PRODUCT.ID, p.id()).set(PRODUCT.SHOP_ID, shopId).set(PRODUCT.SKU, p.sku())
                        .set(PRODUCT.BARCODE, p.barcode()).set(PRODUCT.NAME, p.name())
                        .set(PRODUCT.NAME_SEARCH, p.name().toLowerCase(java.util.Locale.ROOT))
                        .set(PRODUCT.UNIT_PRICE, p.unitPrice()).set(PRODUCT.TAX_RATE_BP, p.taxRateBp())
                        .set(PRODUCT.LOW_STOCK_LEVEL, 0L).set(PRODUCT.VERSION, 1L).set(PRODUCT.CREATED_AT, now)
                        .set(PRODUCT.UPDATED_AT, now).execute();
                tx.insertInto(STOCK).set(STOCK.SHOP_ID, shopId).set(STOCK.PRODUCT_ID, p.id())
                        .set(STOCK.QUANTITY, OPENING_STOCK).set(STOCK.VERSION, 1L).set(STOCK.UPDATED_AT, now).execute();
            }
        });
        return new TillShop(db, new Actor(userId, Role.CASHIER, shopId, deviceId), List.copyOf(cloudProducts));
    }

    /** Three products as the cloud's admin would create them (ids are filled in by the caller). */
    public static List<Product> benchProducts(List<String> ids, String shopId) {
        long[] prices = {4_999, 12_050, 799};
        int[] taxes = {1800, 500, 1200};
        List<Product> list = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            list.add(new Product(ids.get(i), shopId, "SKU-" + (i + 1), "890000000000" + i, "Bench product " + (i + 1),
                    prices[i], taxes[i], 0, 1, false, 0, 0));
        }
        return list;
    }

    /** A shop already on the database (e.g. a cloud database set up by the server's admin). */
    public static TillShop of(Database db, Actor actor, List<Product> products) {
        return new TillShop(db, actor, List.copyOf(products));
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
