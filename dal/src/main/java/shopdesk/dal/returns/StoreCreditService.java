package shopdesk.dal.returns;

import static shopdesk.db.Tables.DEVICE;
import static shopdesk.db.Tables.SALE_RETURN;
import static shopdesk.db.Tables.STORE_CREDIT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.bill.NumberCounter;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.payload.Payloads;

/**
 * Store-credit notes. An exchange refunds its return as credit that the following sale takes as a payment; what
 * the sale leaves over is owed to the customer. Paying it out of the drawer would move cash without a document, so
 * it is written as a note: numbered per till ({@code T1-C000001}), with its SyncQueue entry in the same transaction,
 * printed on the exchange's receipt, and stored by the server (ISSUE_STORE_CREDIT).
 */
public final class StoreCreditService {
    private final Database db;
    private final ChangeRecorder recorder;
    private final Clock clock;

    public StoreCreditService(Database db, ChangeRecorder recorder, Clock clock) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Issues a note for {@code amount} owed after the exchange whose return is {@code returnId} and whose sale is
     * {@code billId} (null when no sale followed). The amount cannot exceed the return's total.
     */
    public StoreCredit issue(Actor actor, long amount, String returnId, String billId) {
        RoleMatrix.require(actor, ChangeAction.ISSUE_STORE_CREDIT, ErrorText.ACTION_ISSUE_CREDIT);
        if (amount <= 0 || amount > Limits.MAX_AMOUNT) {
            throw new ValidationException("amount", ErrorText.CREDIT_AMOUNT_RANGE, Money.format(Limits.MAX_AMOUNT));
        }
        if (returnId == null) throw new ValidationException("returnId", ErrorText.CREDIT_NEEDS_RETURN);
        String id = Ids.newId();
        return db.inTransaction(tx -> {
            Long returned = tx.select(SALE_RETURN.TOTAL).from(SALE_RETURN).where(SALE_RETURN.ID.eq(returnId))
                    .and(SALE_RETURN.SHOP_ID.eq(actor.shopId())).fetchOne(SALE_RETURN.TOTAL);
            if (returned == null) throw new NotFoundException(ErrorText.NOUN_RETURN, returnId);
            if (amount > returned) {
                throw new ValidationException("amount", ErrorText.CREDIT_OVER_RETURN, Money.format(amount),
                        Money.format(returned));
            }
            long number = NumberCounter.next(tx, scope(actor.deviceId()));
            String code = tx.select(DEVICE.CODE).from(DEVICE).where(DEVICE.ID.eq(actor.deviceId())).fetchOptional(DEVICE.CODE)
                    .orElseThrow(() -> new NotFoundException(ErrorText.NOUN_DEVICE, actor.deviceId()));
            String label = code + "-C" + "0".repeat(Math.max(0, 6 - Long.toString(number).length())) + number;
            long now = clock.millis();
            StoreCredit c = new StoreCredit(id, actor.shopId(), actor.deviceId(), actor.userId(), number, label, amount,
                    returnId, billId, now);
            tx.insertInto(STORE_CREDIT).set(STORE_CREDIT.ID, id).set(STORE_CREDIT.SHOP_ID, c.shopId())
                    .set(STORE_CREDIT.DEVICE_ID, c.deviceId()).set(STORE_CREDIT.USER_ID, c.userId())
                    .set(STORE_CREDIT.LOCAL_NUMBER, number).set(STORE_CREDIT.LOCAL_LABEL, label).set(STORE_CREDIT.AMOUNT, amount)
                    .set(STORE_CREDIT.RETURN_ID, returnId).set(STORE_CREDIT.BILL_ID, billId)
                    .set(STORE_CREDIT.CLIENT_CREATED_AT, now).execute();
            // after the return and the sale it settles: the server then knows both when it stores the note
            List<String> deps = new ArrayList<>();
            deps.add(Change.streamKey(EntityType.RETURN, returnId));
            if (billId != null) deps.add(Change.streamKey(EntityType.BILL, billId));
            recorder.record(tx, new Change(Change.streamKey(EntityType.STORE_CREDIT, id), EntityType.STORE_CREDIT, id,
                    ChangeAction.ISSUE_STORE_CREDIT.name(), Payloads.toJson(c.payload()), Payloads.VERSION, null,
                    actor.userId(), deps, true));
            return c;
        });
    }

    public Optional<StoreCredit> find(String id) {
        return Optional.ofNullable(db.dsl().selectFrom(STORE_CREDIT).where(STORE_CREDIT.ID.eq(id)).fetchOne())
                .map(r -> new StoreCredit(r.getId(), r.getShopId(), r.getDeviceId(), r.getUserId(), r.getLocalNumber(),
                        r.getLocalLabel(), r.getAmount(), r.getReturnId(), r.getBillId(), r.getClientCreatedAt()));
    }

    /** The counter of a till's store-credit notes. */
    public static String scope(String deviceId) {
        return "credit:" + deviceId;
    }
}
