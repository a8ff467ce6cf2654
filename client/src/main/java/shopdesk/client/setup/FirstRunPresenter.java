package shopdesk.client.setup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import shopdesk.client.app.TillIdentity;
import shopdesk.client.catalog.FormErrors;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.user.NewUser;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.dal.user.Role;
import shopdesk.dal.user.UserService;

/**
 * The first run of a till: connect to a cloud (URL, shop id, device id given by the server's admin) or work
 * standalone (a local shop, device T1 and an admin user created here).
 */
public final class FirstRunPresenter {
    public static final String SHOP_NAME = "shopName", USERNAME = "username", PASSWORD = "password",
            CLOUD_URL = "cloudUrl", SHOP_ID = "shopId", DEVICE_ID = "deviceId", DEVICE_CODE = "deviceCode";
    private final Database db;
    private final Path identityFile;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final FormErrors errors = new FormErrors();

    public FirstRunPresenter(Database db, Path identityFile, Clock clock, PasswordHasher hasher) {
        this.db = db;
        this.identityFile = identityFile;
        this.clock = clock;
        this.hasher = hasher;
    }

    /** Creates a local shop, device T1 and the admin user; the till then works without a cloud. */
    public Optional<TillIdentity> standalone(String shopName, String adminUsername, char[] password) {
        errors.clear();
        try {
            if (shopName == null || shopName.isBlank()) errors.add(SHOP_NAME, Messages.get("firstRun.error.shopName"));
            if (adminUsername == null || adminUsername.isBlank()) errors.add(USERNAME, Messages.get("firstRun.error.username"));
            if (password == null || password.length < UserService.MIN_PASSWORD_LENGTH) {
                errors.add(PASSWORD, Messages.get("firstRun.error.password", String.valueOf(UserService.MIN_PASSWORD_LENGTH)));
            }
            if (!errors.isEmpty()) return Optional.empty();
            ShopSetup setup = new ShopSetup(db, clock);
            String shopId = Ids.newId();
            String deviceId = Ids.newId();
            setup.ensureShop(shopId, shopName.trim());
            setup.ensureDevice(shopId, deviceId, "T1", "Till 1");
            new UserService(db, clock, hasher).create(new Actor(null, Role.ADMIN, shopId, deviceId),
                    new NewUser(adminUsername.trim(), adminUsername.trim(), Role.ADMIN, password));
            TillIdentity id = new TillIdentity(shopId, shopName.trim(), deviceId, "T1", null);
            id.save(identityFile);
            return Optional.of(id);
        } catch (ShopDeskException e) {
            errors.add(e.field() == null ? SHOP_NAME : e.field(), Messages.of(e));
            return Optional.empty();
        } catch (RuntimeException e) {
            errors.add(SHOP_NAME, PlainMessages.forFailure(Messages.get("firstRun.error.failed"), e));
            return Optional.empty();
        } finally {
            if (password != null) Arrays.fill(password, '\0');
        }
    }

    /** Records the cloud this till belongs to; users log in online the first time and are cached. */
    public Optional<TillIdentity> connect(String url, String shopId, String shopName, String deviceId, String deviceCode) {
        errors.clear();
        if (url == null || !url.trim().matches("https?://\\S+")) errors.add(CLOUD_URL, Messages.get("firstRun.error.cloudUrl"));
        if (shopId == null || shopId.isBlank()) errors.add(SHOP_ID, Messages.get("firstRun.error.shopId"));
        if (deviceId == null || deviceId.isBlank()) errors.add(DEVICE_ID, Messages.get("firstRun.error.deviceId"));
        if (deviceCode == null || !deviceCode.trim().matches("[A-Za-z0-9]{1,8}")) errors.add(DEVICE_CODE, "1 to 8 letters or digits, e.g. T2");
        if (!errors.isEmpty()) return Optional.empty();
        try {
            String name = shopName == null || shopName.isBlank() ? "Shop" : shopName.trim();
            ShopSetup setup = new ShopSetup(db, clock);
            setup.ensureShop(shopId.trim(), name);
            setup.ensureDevice(shopId.trim(), deviceId.trim(), deviceCode.trim(), deviceCode.trim());
            TillIdentity id = new TillIdentity(shopId.trim(), name, deviceId.trim(), deviceCode.trim(), url.trim());
            id.save(identityFile);
            return Optional.of(id);
        } catch (ShopDeskException e) {
            errors.add(e.field() == null ? SHOP_ID : e.field(), Messages.of(e));
            return Optional.empty();
        } catch (RuntimeException e) {
            errors.add(SHOP_ID, PlainMessages.forFailure(Messages.get("firstRun.error.failed"), e));
            return Optional.empty();
        }
    }

    public FormErrors errors() {
        return errors;
    }
}
