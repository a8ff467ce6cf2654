package shopdesk.dal.bill;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.DEVICE;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.money.Money;
import shopdesk.dal.returns.NoteRedemption;
import shopdesk.dal.stock.StockService;
import shopdesk.db.tables.records.BillRecord;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.VoidBillPayload;

/**
 * Bills on a till: one transaction writes the bill, its items and payments, claims the device's next local
 * number, decrements local stock and records the change for the SyncQueue.
 */
public final class BillService {
    private final Database db;
    private final ChangeRecorder recorder;
    private final Clock clock;
    private final AuditLog audit;
    private final Map<String, String> deviceCodes = new ConcurrentHashMap<>();
    private final BillSearch search;
    private final Supplier<SaleRules> terms;

    public BillService(Database db, ChangeRecorder recorder, Clock clock) {
        this(db, recorder, clock, SaleRules.DEFAULT);
    }

    public BillService(Database db, ChangeRecorder recorder, Clock clock, SaleRules rules) {
        this(db, recorder, clock, () -> rules);
    }

    /** @param terms the shop's terms as they are at each bill (ShopSaleTerms: the server's limit once received) */
    public BillService(Database db, ChangeRecorder recorder, Clock clock, Supplier<SaleRules> terms) {
        this.terms = terms;
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
        this.audit = new AuditLog(db, clock);
        this.search = new BillSearch(db);
    }

    public Bill create(Actor actor, BillDraft draft) {
        RoleMatrix.require(actor, ChangeAction.CREATE_BILL, ErrorText.ACTION_SELL);
        Set<String> productIds = SaleChecks.productIds(draft);
        String id = Ids.newId();
        SaleRules rules = terms.get();
        return db.inTransaction(tx -> {
            Map<String, SellableLines.Sellable> products = SellableLines.productsWithStock(tx, actor.shopId(), productIds);
            List<BillItem> items = SellableLines.items(draft.lines(), products);
            List<BillCalculator.Line> lines = items.stream().map(BillItem::calcLine).toList();
            BillCalculator.Totals totals = BillCalculator.totals(lines, draft.discount(), rules.rounding());
            List<Payment> payments = SaleChecks.payments(draft.payments(), totals.total());
            String overrideUser = SaleApprovals.stock(tx, actor, items, products, draft.overrideUserId());
            long cut = DiscountLimit.deepestCutBp(lines, items.stream()
                    .map(i -> i.listPrice() == null ? i.unitPrice() : i.listPrice()).toList(), totals);
            String discountApprover = SaleApprovals.discount(tx, actor, rules, cut, draft.discountApprovedBy());

            long now = clock.millis();
            long number = NumberCounter.next(tx, CounterScope.DEVICE.key(actor.deviceId()));
            String code = deviceCode(tx, actor.deviceId());
            List<String> notes = NoteRedemption.check(tx, actor.shopId(), code, payments);
            List<String> unchecked = NoteRedemption.unchecked(tx, actor.shopId(), payments);
            String noteApprover = SaleApprovals.note(tx, actor, unchecked, draft.noteApprovedBy());
            String label = code + "-" + zeroPadded(number, 6);
            long paid = payments.stream().mapToLong(Payment::amount).sum();
            long change = payments.stream().mapToLong(p -> p.tendered() - p.amount()).sum();
            List<BillItem> priced = SellableLines.withTotals(items, totals);
            Bill bill = new Bill(id, actor.shopId(), actor.deviceId(), actor.userId(), draft.customerId(), number, label,
                    null, BillStatus.COMPLETED, totals.subtotal(), totals.tax(), totals.total(), paid, change,
                    overrideUser, null, null, null, BillSyncState.PENDING, 1, now, null, priced, payments, draft.discount(),
                    Text.optional("discountReason", draft.discountReason(), 400, ErrorText.LABEL_DISCOUNT_REASON),
                    totals.discount(), discountApprover, totals.rounding(), rules.rounding().unit(), totals.taxes());
            BillRows.insert(tx, bill);
            // The bill's items are its stock movements (product, quantity, time, cashier): no stock_movement rows
            // for a sale, which would only repeat them (and cost a fifth of the pages a bill's commit writes).
            StockService.applyDeltas(tx, actor.shopId(), priced.stream()
                    .map(i -> new StockService.Move(null, i.productId(), -i.quantity())).toList(), now);
            if (overrideUser != null) {
                audit.record(tx, actor, AuditAction.BILL_STOCK_OVERRIDE, EntityType.BILL, id, "approved by supervisor",
                        "approvedBy=" + overrideUser);
            }
            if (discountApprover != null) {
                audit.record(tx, actor, AuditAction.BILL_DISCOUNT_APPROVED, EntityType.BILL, id, "cut " + Money.rate((int) cut)
                        + " above the cashier's limit", "approvedBy=" + discountApprover);
            }
            if (noteApprover != null) {
                VouchedNotes.record(tx, audit, actor, id, unchecked, noteApprover);
            }
            recorder.record(tx, new Change(Change.streamKey(EntityType.BILL, id), EntityType.BILL, id,
                    ChangeAction.CREATE_BILL.name(), Payloads.toJson(bill.payload().withNoteApprovedBy(noteApprover)), Payloads.VERSION, null,
                    actor.userId(), dependencies(bill, notes), true));
            return bill;
        });
    }

    /** Other tills' notes the bill took unchecked and the supervisor who vouched for them, for its receipt. */
    public Optional<VouchedNotes.Vouched> vouchedNotes(String billId) {
        return VouchedNotes.of(db.dsl(), billId);
    }

    public SaleRules rules() {
        return terms.get();
    }

    /** Cancels a completed bill and puts its items back into stock. Supervisors only; a reason is required. */
    public Bill voidBill(Actor actor, String billId, String reason) {
        RoleMatrix.require(actor, ChangeAction.VOID_BILL, ErrorText.ACTION_VOID_BILL);
        String why = Text.required("reason", reason, 400, ErrorText.LABEL_REASON_VOID);
        return db.inTransaction(tx -> {
            BillRecord r = tx.selectFrom(BILL).where(BILL.ID.eq(billId)).and(BILL.SHOP_ID.eq(actor.shopId())).fetchOne();
            if (r == null) throw new NotFoundException(ErrorText.NOUN_BILL, billId);
            if (!BillStatus.COMPLETED.code().equals(r.getStatus())) {
                throw new InvalidStateException("status", ErrorText.BILL_ALREADY_VOIDED, r.getLocalLabel());
            }
            long now = clock.millis();
            tx.update(BILL).set(BILL.STATUS, BillStatus.VOIDED.code()).set(BILL.VOID_REASON, why)
                    .set(BILL.VOIDED_BY, actor.userId()).set(BILL.VOIDED_AT, now).set(BILL.VERSION, BILL.VERSION.plus(1))
                    .where(BILL.ID.eq(billId)).execute();
            List<StockService.Move> back = tx.selectFrom(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(billId)).fetch()
                    .map(item -> new StockService.Move(Ids.newId(), item.getProductId(), item.getQuantity()));
            StockService.applyDeltas(tx, actor.shopId(), back, now);
            StockService.insertMovements(tx, actor, back, MovementKind.VOID, why, billId, now);
            audit.record(tx, actor, AuditAction.BILL_VOID, EntityType.BILL, billId, why, r.getLocalLabel());
            recorder.record(tx, new Change(Change.streamKey(EntityType.BILL, billId), EntityType.BILL, billId,
                    ChangeAction.VOID_BILL.name(), Payloads.toJson(new VoidBillPayload(billId, why, actor.userId())),
                    Payloads.VERSION, null, actor.userId(), List.of()));
            return load(tx, billId).orElseThrow();
        });
    }

    /** Legal numbers the bill had before a server that lost it numbered it again. */
    public List<Long> earlierServerNumbers(String billId) {
        return BillNumberHistory.earlier(db.dsl(), billId);
    }

    /** The bill's legal number in its series as the server answered it (e.g. INV/2026-27/000012); null until then. */
    public String legalLabel(String billId) {
        return db.dsl().select(BILL.LEGAL_LABEL).from(BILL).where(BILL.ID.eq(billId)).fetchOne(BILL.LEGAL_LABEL);
    }

    public Optional<Bill> findById(String billId) {
        return load(db.dsl(), billId);
    }

    /** By local label (T1-000012, any case) or by the server's legal number. */
    public Optional<Bill> findByNumber(String shopId, String number) {
        return search.idByNumber(shopId, number).flatMap(this::findById);
    }

    /** Newest first; see {@link BillSearch} for how a text filter is answered. */
    public Page<BillSummary> list(BillQuery q, PageRequest page) {
        return search.list(q, page);
    }

    /** {@code String.format("%06d")} without the formatter (a few percent of a bill's CPU). */
    static String zeroPadded(long n, int width) {
        String digits = Long.toString(n);
        if (digits.length() >= width || n < 0) return digits;
        return "0".repeat(width - digits.length()) + digits;
    }

    private String deviceCode(DSLContext tx, String deviceId) {
        String code = deviceCodes.get(deviceId);
        if (code != null) return code;
        code = tx.select(DEVICE.CODE).from(DEVICE).where(DEVICE.ID.eq(deviceId)).fetchOptional(DEVICE.CODE)
                .orElseThrow(() -> new NotFoundException(ErrorText.NOUN_DEVICE, deviceId));
        deviceCodes.put(deviceId, code);
        return code;
    }

    private static List<String> dependencies(Bill bill, List<String> notes) {
        Set<String> deps = new LinkedHashSet<>(notes);
        bill.items().forEach(i -> deps.add(Change.streamKey(EntityType.PRODUCT, i.productId())));
        if (bill.customerId() != null) deps.add(Change.streamKey(EntityType.CUSTOMER, bill.customerId()));
        return List.copyOf(deps);
    }

    /** The bill with its items, payments and tax table, as stored on this till. */
    public static Optional<Bill> load(DSLContext dsl, String billId) {
        return BillLoad.load(dsl, billId);
    }
}
