package shopdesk.dal.returns;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.DEVICE;
import static shopdesk.db.Tables.SALE_RETURN;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.bill.NumberCounter;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.payload.Payloads;

/**
 * Returns on a till: one transaction checks what is left to return on the original bill, writes the return and its
 * lines with a per-device local number, puts restocked goods back and records the change for the SyncQueue. Works
 * offline; the server re-checks the quantities across all tills and gives the credit-note number.
 */
public final class ReturnService {
    private final Database db;
    private final ChangeRecorder recorder;
    private final Clock clock;
    private final AuditLog audit;
    private final ReturnLines lines = new ReturnLines();

    public ReturnService(Database db, ChangeRecorder recorder, Clock clock) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
        this.audit = new AuditLog(db, clock);
    }

    /** A bill of this till found by its legal label, local label or legal number, with what is left to return. */
    public Optional<OriginalBill> findOriginal(String shopId, String number) {
        if (number == null || number.isBlank()) return Optional.empty();
        String text = number.strip();
        String id = db.dsl().select(BILL.ID).from(BILL).where(BILL.SHOP_ID.eq(shopId))
                .and(BILL.LEGAL_LABEL.equalIgnoreCase(text)).limit(1).fetchOne(BILL.ID);
        if (id == null) id = new BillService(db, recorder, clock).findByNumber(shopId, text).map(b -> b.id()).orElse(null);
        return id == null ? Optional.empty() : original(id);
    }

    /** The bill of this till with this id, with what this till has returned of each line. */
    public Optional<OriginalBill> original(String billId) {
        return original(db.dsl(), billId);
    }

    /** The same, read in the caller's transaction. */
    public static Optional<OriginalBill> original(DSLContext dsl, String billId) {
        return BillService.load(dsl, billId).map(b -> {
            Map<Integer, Long> returned = ReturnRows.returnedByLine(dsl, billId);
            return new OriginalBill(b.id(), b.localLabel(), dsl.select(BILL.LEGAL_LABEL).from(BILL)
                    .where(BILL.ID.eq(billId)).fetchOne(BILL.LEGAL_LABEL), b.status() != shopdesk.protocol.BillStatus.COMPLETED,
                    b.items().stream().map(i -> new OriginalBill.Line(i.lineNo(), i.productId(), i.sku(), i.name(),
                            i.quantity(), i.unitPrice(), i.taxRateBp(), i.lineSubtotal(), i.lineTax(), i.lineTotal(),
                            returned.getOrDefault(i.lineNo(), 0L), i.weighed())).toList());
        });
    }

    public SaleReturn create(Actor actor, ReturnDraft draft) {
        RoleMatrix.require(actor, ChangeAction.CREATE_RETURN, ErrorText.ACTION_TAKE_RETURN);
        String method = refundMethod(draft.refundMethod());
        boolean withBill = draft.originalBillId() != null;
        String reason = withBill ? Text.optional("reason", draft.reason(), 400, ErrorText.LABEL_REASON)
                : Text.required("reason", draft.reason(), 400, ErrorText.LABEL_REASON_NO_BILL);
        if (draft.lines() == null || draft.lines().isEmpty()) throw new ValidationException("lines", ErrorText.RETURN_NOTHING);
        String id = Ids.newId();
        return db.inTransaction(tx -> {
            String approvedBy = withBill ? null : approver(tx, actor, draft.approvedBy());
            List<ReturnItem> items;
            if (withBill) {
                OriginalBill original = draft.original() != null ? merge(tx, draft.original()) : original(tx, draft.originalBillId())
                        .orElseThrow(() -> new NotFoundException(ErrorText.NOUN_BILL, draft.originalBillId()));
                items = lines.fromBill(original, draft.lines());
            } else {
                items = lines.withoutBill(tx, actor.shopId(), draft.lines());
            }
            long sub = 0;
            long tax = 0;
            for (ReturnItem i : items) {
                sub = Math.addExact(sub, i.subtotal());
                tax = Math.addExact(tax, i.tax());
            }
            long now = clock.millis();
            long number = NumberCounter.next(tx, scope(actor.deviceId()));
            String label = deviceCode(tx, actor.deviceId()) + "-R" + "0".repeat(Math.max(0, 6 - Long.toString(number).length())) + number;
            SaleReturn r = new SaleReturn(id, actor.shopId(), actor.deviceId(), actor.userId(), draft.originalBillId(),
                    number, label, ReturnStatus.COMPLETED, method, reason, approvedBy, sub, tax, Math.addExact(sub, tax),
                    BillSyncState.PENDING, now, null, null, items);
            ReturnRows.insert(tx, r, null, null);
            List<StockService.Move> back = items.stream().filter(ReturnItem::restock)
                    .map(i -> new StockService.Move(Ids.newId(), i.productId(), i.quantity())).toList();
            if (!back.isEmpty()) {
                StockService.applyDeltas(tx, actor.shopId(), back, now);
                StockService.insertMovements(tx, actor, back, MovementKind.RETURN, label, draft.originalBillId(), now);
            }
            if (!withBill) {
                audit.record(tx, actor, AuditAction.RETURN_WITHOUT_BILL, EntityType.RETURN, id, reason, "approvedBy=" + approvedBy);
            }
            recorder.record(tx, new Change(Change.streamKey(EntityType.RETURN, id), EntityType.RETURN, id,
                    ChangeAction.CREATE_RETURN.name(), Payloads.toJson(r.payload()), Payloads.VERSION, null, actor.userId(),
                    dependencies(r), true));
            return r;
        });
    }

    public Optional<SaleReturn> find(String returnId) {
        return ReturnRows.load(db.dsl(), returnId);
    }

    /** The returns made against a bill on this till, oldest first. */
    public List<SaleReturn> ofBill(String billId) {
        return db.dsl().select(SALE_RETURN.ID).from(SALE_RETURN).where(SALE_RETURN.ORIGINAL_BILL_ID.eq(billId))
                .orderBy(SALE_RETURN.CLIENT_CREATED_AT).fetch(SALE_RETURN.ID).stream()
                .map(rid -> ReturnRows.load(db.dsl(), rid).orElseThrow()).toList();
    }

    public static String scope(String deviceId) {
        return "return:" + deviceId;
    }

    /** A bill sold on another till as the server told it, with this till's own unsynced returns counted too. */
    private static OriginalBill merge(DSLContext tx, OriginalBill remote) {
        Map<Integer, Long> mine = ReturnRows.returnedByLine(tx, remote.id());
        return new OriginalBill(remote.id(), remote.localLabel(), remote.legalLabel(), remote.voided(), remote.lines().stream()
                .map(l -> new OriginalBill.Line(l.lineNo(), l.productId(), l.sku(), l.name(), l.quantity(), l.unitPrice(),
                        l.taxRateBp(), l.subtotal(), l.tax(), l.total(), Math.max(l.returned(), mine.getOrDefault(l.lineNo(), 0L)), l.weighed()))
                .toList());
    }

    private static String refundMethod(String m) {
        if (m == null) throw new ValidationException("refundMethod", ErrorText.REFUND_METHOD_MISSING);
        try {
            return PaymentMethod.valueOf(m).name();
        } catch (IllegalArgumentException e) {
            throw new ValidationException("refundMethod", ErrorText.REFUND_METHOD_UNKNOWN, m);
        }
    }

    /** A return without the bill needs a supervisor: the actor, or one who approved it at the till. */
    private static String approver(DSLContext tx, Actor actor, String approvedBy) {
        if (RoleMatrix.allows(actor.role(), Resolution.RETURN_WITHOUT_RECEIPT)) return actor.userId();
        if (approvedBy == null) throw new PermissionDeniedException(ErrorText.RETURN_NEEDS_SUPERVISOR);
        var u = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(approvedBy)).and(APP_USER.SHOP_ID.eq(actor.shopId()))
                .and(APP_USER.DISABLED_AT.isNull()).fetchOne();
        if (u == null || !RoleMatrix.allows(Role.valueOf(u.getRole()), Resolution.RETURN_WITHOUT_RECEIPT)) {
            throw new PermissionDeniedException(ErrorText.RETURN_NEEDS_SUPERVISOR);
        }
        return approvedBy;
    }

    private static String deviceCode(DSLContext tx, String deviceId) {
        return tx.select(DEVICE.CODE).from(DEVICE).where(DEVICE.ID.eq(deviceId)).fetchOptional(DEVICE.CODE)
                .orElseThrow(() -> new NotFoundException(ErrorText.NOUN_DEVICE, deviceId));
    }

    private static List<String> dependencies(SaleReturn r) {
        Set<String> deps = new LinkedHashSet<>();
        if (r.originalBillId() != null) deps.add(Change.streamKey(EntityType.BILL, r.originalBillId()));
        r.items().forEach(i -> deps.add(Change.streamKey(EntityType.PRODUCT, i.productId())));
        return new ArrayList<>(deps);
    }
}
