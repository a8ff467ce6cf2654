package shopdesk.dal.bill;

import static shopdesk.db.Tables.HELD_SALE;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;

/**
 * Sales parked at this till to serve the next customer, kept in the till's database so they survive a restart.
 * Never synced: a held sale is not a bill until it is resumed and completed. The sale itself is the caller's JSON.
 */
public final class HeldSales {
    private final Database db;
    private final Clock clock;

    public HeldSales(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One held sale as a list shows it. */
    public record Held(String id, String userId, String label, long total, long heldAt) {
    }

    public String hold(Actor actor, String label, long total, String saleJson) {
        String id = Ids.newId();
        String text = Text.required("label", label, 200, ErrorText.LABEL_LABEL);
        db.inTransaction(tx -> tx.insertInto(HELD_SALE).set(HELD_SALE.ID, id).set(HELD_SALE.DEVICE_ID, actor.deviceId())
                .set(HELD_SALE.USER_ID, actor.userId()).set(HELD_SALE.LABEL, text).set(HELD_SALE.TOTAL, total)
                .set(HELD_SALE.HELD_AT, clock.millis()).set(HELD_SALE.SALE, saleJson).execute());
        return id;
    }

    /** This till's held sales, oldest first (the customer who waited longest). */
    public List<Held> list(String deviceId) {
        return db.dsl().selectFrom(HELD_SALE).where(HELD_SALE.DEVICE_ID.eq(deviceId)).orderBy(HELD_SALE.HELD_AT, HELD_SALE.ID)
                .fetch(r -> new Held(r.getId(), r.getUserId(), r.getLabel(), r.getTotal(), r.getHeldAt()));
    }

    /** Removes a held sale and returns it; empty when another cashier resumed it first. */
    public Optional<String> take(String id) {
        return db.inTransaction(tx -> {
            String sale = tx.select(HELD_SALE.SALE).from(HELD_SALE).where(HELD_SALE.ID.eq(id)).fetchOne(HELD_SALE.SALE);
            if (sale == null) return Optional.<String>empty();
            return tx.deleteFrom(HELD_SALE).where(HELD_SALE.ID.eq(id)).execute() == 1 ? Optional.of(sale) : Optional.<String>empty();
        });
    }
}
