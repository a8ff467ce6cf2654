package shopdesk.dal.shop;

import static shopdesk.db.Tables.DEVICE;
import static shopdesk.db.Tables.SHOP;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import shopdesk.dal.bill.CounterScope;
import shopdesk.dal.bill.NumberCounter;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;

/** Shops and their devices: created once (first run on a till, the admin command on the server). */
public final class ShopSetup {
    private final Database db;
    private final Clock clock;

    public ShopSetup(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates the shop if it does not exist; an existing shop keeps its name. */
    public Shop ensureShop(String id, String name) {
        if (name == null || name.isBlank()) throw new ValidationException("name", ErrorText.SHOP_NAME_MISSING);
        return db.inTransaction(tx -> {
            tx.insertInto(SHOP).set(SHOP.ID, id).set(SHOP.NAME, name.trim()).set(SHOP.CREATED_AT, clock.millis())
                    .onConflict(SHOP.ID).doNothing().execute();
            NumberCounter.ensure(tx, CounterScope.SHOP.key(id));
            return tx.selectFrom(SHOP).where(SHOP.ID.eq(id)).fetchOne(r -> new Shop(r.getId(), r.getName()));
        });
    }

    public Device ensureDevice(String shopId, String id, String code, String name) {
        if (code == null || !code.matches("[A-Za-z0-9]{1,8}")) {
            throw new ValidationException("code", ErrorText.DEVICE_CODE_FORMAT);
        }
        return db.inTransaction(tx -> {
            tx.insertInto(DEVICE).set(DEVICE.ID, id).set(DEVICE.SHOP_ID, shopId).set(DEVICE.CODE, code)
                    .set(DEVICE.NAME, name == null || name.isBlank() ? code : name.trim())
                    .set(DEVICE.CREATED_AT, clock.millis())
                    .onConflict(DEVICE.ID).doNothing().execute();
            NumberCounter.ensure(tx, CounterScope.DEVICE.key(id));
            return tx.selectFrom(DEVICE).where(DEVICE.ID.eq(id)).fetchOne(ShopSetup::device);
        });
    }

    public Optional<Shop> shop(String id) {
        return db.dsl().selectFrom(SHOP).where(SHOP.ID.eq(id)).fetchOptional(r -> new Shop(r.getId(), r.getName()));
    }

    public Optional<Device> device(String id) {
        return db.dsl().selectFrom(DEVICE).where(DEVICE.ID.eq(id)).fetchOptional(ShopSetup::device);
    }

    public List<Device> devices(String shopId) {
        return db.dsl().selectFrom(DEVICE).where(DEVICE.SHOP_ID.eq(shopId)).orderBy(DEVICE.CODE).fetch(ShopSetup::device);
    }

    private static Device device(shopdesk.db.tables.records.DeviceRecord r) {
        return new Device(r.getId(), r.getShopId(), r.getCode(), r.getName());
    }
}
