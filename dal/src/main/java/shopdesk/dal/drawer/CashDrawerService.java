package shopdesk.dal.drawer;

import static shopdesk.db.Tables.CASH_MOVEMENT;

import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.bill.NumberCounter;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.payload.CashMovementPayload;
import shopdesk.protocol.payload.Payloads;

/**
 * The drawer's documents on a till: the opening float, cash in and cash out. Each is written with a per-till local
 * number and its SyncQueue entry in one transaction, and never changes (a wrong one is corrected by another).
 */
public final class CashDrawerService {
    private final Database db;
    private final ChangeRecorder recorder;
    private final Clock clock;
    private final DrawerSettings settings;

    public CashDrawerService(Database db, ChangeRecorder recorder, Clock clock, DrawerSettings settings) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
        this.settings = settings;
    }

    /** The opening float: once per business day for the till, or per cashier (drawer.float-scope). */
    public CashMovement openFloat(Actor actor, long amount) {
        return write(actor, CashKind.FLOAT, amount, null);
    }

    public CashMovement cashIn(Actor actor, long amount, String reason) {
        return write(actor, CashKind.CASH_IN, amount, Text.required("reason", reason, 400, ErrorText.LABEL_REASON_CASH_IN));
    }

    /** A paid-out or an expense: the reason is what the money went on. */
    public CashMovement cashOut(Actor actor, long amount, String reason) {
        return write(actor, CashKind.CASH_OUT, amount, Text.required("reason", reason, 400, ErrorText.LABEL_PAID_OUT_FOR));
    }

    /** True when this actor must open a float before selling in the open business day. */
    public boolean needsFloat(Actor actor) {
        return !hasFloat(db.dsl(), actor);
    }

    /** The open business day's drawer documents of this till, oldest first. */
    public List<CashMovement> openDay(String deviceId) {
        DSLContext dsl = db.dsl();
        long after = LastClose.of(dsl, deviceId).lastMovementNumber();
        return dsl.selectFrom(CASH_MOVEMENT).where(CASH_MOVEMENT.DEVICE_ID.eq(deviceId))
                .and(CASH_MOVEMENT.LOCAL_NUMBER.gt(after)).orderBy(CASH_MOVEMENT.LOCAL_NUMBER)
                .fetch(r -> new CashMovement(r.getId(), r.getShopId(), r.getDeviceId(), r.getUserId(), r.getLocalNumber(),
                        CashKind.valueOf(r.getKind()), r.getAmount(), r.getReason(), r.getClientCreatedAt()));
    }

    public DrawerSettings settings() {
        return settings;
    }

    private CashMovement write(Actor actor, CashKind kind, long amount, String reason) {
        RoleMatrix.require(actor, ChangeAction.CASH_MOVEMENT, ErrorText.ACTION_CASH_IN_OUT);
        if (amount <= 0 || amount > Limits.MAX_AMOUNT) {
            throw new ValidationException("amount", ErrorText.CASH_AMOUNT_RANGE, Money.format(Limits.MAX_AMOUNT));
        }
        String id = Ids.newId();
        return db.inTransaction(tx -> {
            // the counter row's lock comes first: two floats of one till cannot both pass the check below
            long number = NumberCounter.next(tx, scope(actor.deviceId()));
            if (kind == CashKind.FLOAT && hasFloat(tx, actor)) {
                throw new InvalidStateException("kind", settings.floatScope() == FloatScope.TILL
                        ? ErrorText.FLOAT_OPEN_TILL : ErrorText.FLOAT_OPEN_YOURS);
            }
            long now = clock.millis();
            CashMovement m = new CashMovement(id, actor.shopId(), actor.deviceId(), actor.userId(), number, kind, amount, reason, now);
            tx.insertInto(CASH_MOVEMENT).set(CASH_MOVEMENT.ID, id).set(CASH_MOVEMENT.SHOP_ID, m.shopId())
                    .set(CASH_MOVEMENT.DEVICE_ID, m.deviceId()).set(CASH_MOVEMENT.USER_ID, m.userId())
                    .set(CASH_MOVEMENT.LOCAL_NUMBER, number).set(CASH_MOVEMENT.KIND, kind.name())
                    .set(CASH_MOVEMENT.AMOUNT, amount).set(CASH_MOVEMENT.REASON, reason)
                    .set(CASH_MOVEMENT.CLIENT_CREATED_AT, now).execute();
            CashMovementPayload p = new CashMovementPayload(id, m.deviceId(), m.userId(), number, kind.name(), amount, reason, now);
            recorder.record(tx, new Change(Change.streamKey(EntityType.CASH_MOVEMENT, id), EntityType.CASH_MOVEMENT, id,
                    ChangeAction.CASH_MOVEMENT.name(), Payloads.toJson(p), Payloads.VERSION, null, actor.userId(), List.of(), true));
            return m;
        });
    }

    private boolean hasFloat(DSLContext dsl, Actor actor) {
        var where = CASH_MOVEMENT.DEVICE_ID.eq(actor.deviceId()).and(CASH_MOVEMENT.KIND.eq(CashKind.FLOAT.name()))
                .and(CASH_MOVEMENT.LOCAL_NUMBER.gt(LastClose.of(dsl, actor.deviceId()).lastMovementNumber()));
        if (settings.floatScope() == FloatScope.CASHIER) where = where.and(CASH_MOVEMENT.USER_ID.eq(actor.userId()));
        return dsl.fetchExists(CASH_MOVEMENT, where);
    }

    /** The counter of a till's drawer documents. */
    public static String scope(String deviceId) {
        return "cash:" + deviceId;
    }
}
