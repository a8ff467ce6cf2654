package shopdesk.server.admin;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.DEVICE;
import static shopdesk.db.Tables.SHOP;

import java.time.Clock;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.common.Ids;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigSide;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.user.Credentials;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.dal.user.Role;
import shopdesk.server.sequence.LegalNumbers;
import shopdesk.server.sequence.ShopWriteLock;

/**
 * Sets up shops on the server: a shop, its tills (devices, with a short code such as T1), its users, and
 * (for demos and tests) products with opening stock. Products go through the same code as a pushed
 * CREATE_PRODUCT, so the shop's change feed carries them to every till. Each method is one transaction and
 * returns the new id. Also a command line: see {@link #run(Config, String[])}.
 */
public final class ServerAdmin {
    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AdminCatalog catalog;

    public ServerAdmin(Database db, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
        this.catalog = new AdminCatalog(db, clock);
    }

    public ServerAdmin(Database db) {
        this(db, new PasswordHasher(), Clock.systemUTC());
    }

    public String createShop(String name) {
        return createShop(Ids.newId(), name);
    }

    public String createShop(String id, String name) {
        require(name, "name");
        db.runInTransaction(tx -> {
            tx.insertInto(SHOP).set(SHOP.ID, id).set(SHOP.NAME, name).set(SHOP.CREATED_AT, clock.millis()).execute();
            ShopWriteLock.prepare(tx, id);
            LegalNumbers.prepare(tx, id);
        });
        return id;
    }

    /** A till of the shop; {@code code} (e.g. T1) is unique within the shop and may be used to log in. */
    public String createDevice(String shopId, String code, String name) {
        require(code, "code");
        String id = Ids.newId();
        db.runInTransaction(tx -> {
            requireShop(tx, shopId);
            if (tx.fetchExists(DEVICE, DEVICE.SHOP_ID.eq(shopId), DEVICE.CODE.eq(code))) {
                throw new IllegalArgumentException("Shop " + shopId + " already has a device " + code);
            }
            tx.insertInto(DEVICE).set(DEVICE.ID, id).set(DEVICE.SHOP_ID, shopId).set(DEVICE.CODE, code)
                    .set(DEVICE.NAME, name == null || name.isBlank() ? code : name).set(DEVICE.CREATED_AT, clock.millis())
                    .execute();
        });
        return id;
    }

    /**
     * A user of the shop; usernames are stored in lower case and unique across the server whatever their case, and
     * follow the till's rules ({@link Credentials}). The password is stored as a PBKDF2 hash.
     */
    public String createUser(String shopId, String typedUsername, String displayName, String password, Role role) {
        require(typedUsername, "username");
        require(password, "password");
        String username;
        try {
            username = Credentials.username(typedUsername);
            Credentials.checkPassword("password", password.toCharArray());
        } catch (ValidationException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        String id = Ids.newId();
        String hash = hasher.hash(password.toCharArray());
        db.runInTransaction(tx -> {
            requireShop(tx, shopId);
            if (tx.fetchExists(APP_USER, DSL.lower(APP_USER.USERNAME).eq(username))) {
                throw new IllegalArgumentException("Username " + username + " is taken");
            }
            long now = clock.millis();
            tx.insertInto(APP_USER).set(APP_USER.ID, id).set(APP_USER.SHOP_ID, shopId).set(APP_USER.USERNAME, username)
                    .set(APP_USER.DISPLAY_NAME, displayName == null || displayName.isBlank() ? username : displayName)
                    .set(APP_USER.ROLE, role.name()).set(APP_USER.PASSWORD_HASH, hash).set(APP_USER.VERSION, 1L)
                    .set(APP_USER.CREATED_AT, now).set(APP_USER.UPDATED_AT, now).execute();
        });
        return id;
    }

    /** Takes effect on the user's next request: every request re-reads the user. */
    public void disableUser(String userId) {
        updateUser(userId, tx -> tx.update(APP_USER).set(APP_USER.DISABLED_AT, clock.millis())
                .set(APP_USER.UPDATED_AT, clock.millis()).where(APP_USER.ID.eq(userId)).execute());
    }

    /** Revokes every approval key of the user (docs/SECURITY.md); returns how many were still valid. */
    public int revokeApprovalKeys(String userId) {
        return db.inTransaction(tx -> {
            return shopdesk.server.authz.ApprovalKeys.revokeAll(tx, userId, clock.millis());
        });
    }

    /**
     * The shop's cashier discount limit (0-100%): the server re-checks bills with it and every till receives it at
     * login. A shop that never had one set uses the server's {@code sale.cashier-discount-limit-percent}.
     */
    public void setDiscountLimit(String shopId, long percent) {
        if (percent < 0 || percent > 100) throw new IllegalArgumentException("--discount-limit-percent is 0 to 100, not " + percent);
        db.inTransaction(tx -> {
            requireShop(tx, shopId);
            shopdesk.dal.bill.ShopSaleTerms.store(tx, shopId, percent * 100, clock.millis());
            return null;
        });
    }

    public void changeRole(String userId, Role role) {
        updateUser(userId, tx -> tx.update(APP_USER).set(APP_USER.ROLE, role.name())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1L)).set(APP_USER.UPDATED_AT, clock.millis())
                .where(APP_USER.ID.eq(userId)).execute());
    }

    /**
     * A product with opening stock, published to the shop's change feed (CREATE_PRODUCT, then SET_STOCK_LEVEL
     * when initialStock is not zero). Prices are minor units, tax in basis points (1800 = 18%).
     */
    public String createProduct(String shopId, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                                long initialStock) {
        return catalog.createProduct(shopId, sku, barcode, name, unitPrice, taxRateBp, initialStock);
    }

    /**
     * Edits a product on the server (a head-office price change), as an edit made against its current version:
     * the feed carries UPDATE_PRODUCT to every till. Returns the new version.
     */
    public long updateProduct(String shopId, String productId, String name, long unitPrice, int taxRateBp) {
        return catalog.updateProduct(shopId, productId, name, unitPrice, taxRateBp);
    }

    /** A delivery received at head office: the stock level (and the feed) goes up by quantity. */
    public long receiveStock(String shopId, String productId, long quantity) {
        return catalog.receiveStock(shopId, productId, quantity);
    }

    public long stockLevel(String shopId, String productId) {
        return catalog.stockLevel(shopId, productId);
    }

    /** The last legal bill number the shop has issued (0 before its first synced bill). */
    public long lastBillNumber(String shopId) {
        return LegalNumbers.lastIssued(db.dsl(), shopId);
    }

    private void updateUser(String userId, java.util.function.ToIntFunction<DSLContext> update) {
        db.runInTransaction(tx -> {
            if (update.applyAsInt(tx) == 0) throw new IllegalArgumentException("No user " + userId);
        });
    }

    static void requireShop(DSLContext tx, String shopId) {
        if (!tx.fetchExists(SHOP, SHOP.ID.eq(shopId))) throw new IllegalArgumentException("No shop " + shopId);
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("Missing " + what);
    }

    /** The command line; returns the process exit code. Prints the new id on stdout. */
    public static int run(Config config, String[] args) {
        return new AdminCommand(config).run(args);
    }

    public static void main(String[] args) {
        int i = 0;
        java.nio.file.Path file = null;
        if (args.length >= 2 && args[0].equals("--config")) {
            file = java.nio.file.Path.of(args[1]);
            i = 2;
        }
        System.exit(run(Config.load(file, ConfigSide.SERVER), java.util.Arrays.copyOfRange(args, i, args.length)));
    }

    static Role role(String raw) {
        try {
            return Role.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--role must be cashier, supervisor or admin, not '" + raw + "'");
        }
    }
}
