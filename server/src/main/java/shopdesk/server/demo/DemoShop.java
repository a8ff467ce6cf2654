package shopdesk.server.demo;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shopdesk.dal.common.Ids;
import shopdesk.dal.db.Database;
import shopdesk.dal.user.Role;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.payload.CustomerPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.server.admin.ServerAdmin;
import shopdesk.server.auth.Principal;
import shopdesk.server.customer.CustomerApplier;
import shopdesk.server.push.PushBatch;
import shopdesk.server.sequence.ShopWriteLock;

/**
 * Seeds a server with the demo shop: the {@link DemoCatalog} with opening stock, a few customers, a cashier and
 * a supervisor with printed demo passwords, and tills T1..Tn. Everything goes through the same code as an
 * admin or a pushed entry, so the shop's change feed carries the catalog and customers to every till.
 */
public final class DemoShop {
    public static final String SHOP_NAME = "Demo Corner Shop";
    /** Demo log-ins, printed by the demo: never use these outside a demo. */
    public static final DemoUser CASHIER = new DemoUser("asha", "Asha", "asha-demo", Role.CASHIER);
    public static final DemoUser SUPERVISOR = new DemoUser("ravi", "Ravi", "ravi-demo", Role.SUPERVISOR);
    static final String[][] CUSTOMERS = {
            {"Meera Iyer", "9800000001", "meera@example.com"},
            {"Kabir Khan", "9800000002", null},
            {"Lakshmi Stores (wholesale)", "9800000003", "accounts@lakshmi.example.com"},
            {"Joseph D'Souza", null, "joseph@example.com"},
    };

    public record DemoUser(String username, String displayName, String password, Role role) {
    }

    /** What was created: ids the tills need, device ids by code (T1, T2, ...). */
    public record Seeded(String shopId, String shopName, Map<String, String> devices, int products, int customers) {
    }

    private final Database db;
    private final ServerAdmin admin;
    private final Clock clock;

    public DemoShop(Database db, ServerAdmin admin, Clock clock) {
        this.db = db;
        this.admin = admin;
        this.clock = clock;
    }

    public Seeded seed(int tills) {
        String shopId = admin.createShop(SHOP_NAME);
        Map<String, String> devices = new LinkedHashMap<>();
        for (int i = 1; i <= Math.max(1, tills); i++) devices.put("T" + i, admin.createDevice(shopId, "T" + i, "Till " + i));
        for (DemoUser u : List.of(CASHIER, SUPERVISOR)) {
            admin.createUser(shopId, u.username(), u.displayName(), u.password(), u.role());
        }
        List<DemoCatalog.Item> items = DemoCatalog.items();
        for (DemoCatalog.Item it : items) {
            admin.createProduct(shopId, it.sku(), it.barcode(), it.name(), it.unitPrice(), it.taxRateBp(), it.stock());
        }
        for (String[] c : CUSTOMERS) createCustomer(shopId, c[0], c[1], c[2]);
        return new Seeded(shopId, SHOP_NAME, devices, items.size(), CUSTOMERS.length);
    }

    /** A further till for an existing demo shop (a demo restarted with more tills). */
    public String addTill(String shopId, int number) {
        return admin.createDevice(shopId, "T" + number, "Till " + number);
    }

    /** As a head-office entry: through the same applier as a pushed CREATE_CUSTOMER, under the shop's write lock. */
    private String createCustomer(String shopId, String name, String phone, String email) {
        String id = Ids.newId();
        JsonObject json = Payloads.gson().toJsonTree(new CustomerPayload(id, name, phone, email, 1)).getAsJsonObject();
        PushEntry entry = new PushEntry("demo-" + Ids.newId(), "customer:" + id, 1, "customer", id, "CREATE_CUSTOMER",
                Payloads.VERSION, json, null, null, clock.millis());
        Principal headOffice = new Principal(null, "server-admin", Role.ADMIN, shopId, null, null);
        db.runInTransaction(tx -> {
            ShopWriteLock.acquire(tx, shopId);
            PushBatch.applyAlone(tx, headOffice, entry, clock.millis(), CustomerApplier::create);
        });
        return id;
    }

    /** A few barcodes worth scanning in the demo, with their product names. */
    public static List<String> sampleBarcodes() {
        List<String> out = new ArrayList<>();
        List<DemoCatalog.Item> items = DemoCatalog.items();
        for (int i : new int[]{0, 4, 31, 100}) out.add(items.get(i).barcode() + "  " + items.get(i).name());
        return out;
    }
}
