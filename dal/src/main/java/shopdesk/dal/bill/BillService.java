package shopdesk.dal.bill;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_TAX;
import static shopdesk.db.Tables.DEVICE;
import static shopdesk.db.Tables.PAYMENT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import shopdesk.dal.auth.Resolution;
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
import shopdesk.dal.error.InsufficientStockException;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;
import shopdesk.dal.returns.NoteLedger;
import shopdesk.dal.returns.NoteRedemption;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.user.Role;
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
        CheckedDraft checked = check(draft);
        String id = Ids.newId();
        SaleRules rules = terms.get();
        return db.inTransaction(tx -> {
            Map<String, SellableLines.Sellable> products = SellableLines.productsWithStock(tx, actor.shopId(), checked.productIds());
            List<BillItem> items = SellableLines.items(draft.lines(), products);
            List<BillCalculator.Line> lines = items.stream().map(BillItem::calcLine).toList();
            BillCalculator.Totals totals = BillCalculator.totals(lines, draft.discount(), rules.rounding());
            List<Payment> payments = payments(draft.payments(), totals.total());
            String overrideUser = checkStock(tx, actor, items, products, draft.overrideUserId());
            long cut = DiscountLimit.deepestCutBp(lines, items.stream()
                    .map(i -> i.listPrice() == null ? i.unitPrice() : i.listPrice()).toList(), totals);
            String discountApprover = checkDiscount(tx, actor, rules, cut, draft.discountApprovedBy());

            long now = clock.millis();
            long number = NumberCounter.next(tx, CounterScope.DEVICE.key(actor.deviceId()));
            String code = deviceCode(tx, actor.deviceId());
            List<String> notes = NoteRedemption.check(tx, actor.shopId(), code, payments);
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
            recorder.record(tx, new Change(Change.streamKey(EntityType.BILL, id), EntityType.BILL, id,
                    ChangeAction.CREATE_BILL.name(), Payloads.toJson(bill.payload()), Payloads.VERSION, null,
                    actor.userId(), dependencies(bill, notes), true));
            return bill;
        });
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

    // --- checks -------------------------------------------------------------------------------------

    private record CheckedDraft(Set<String> productIds) {
    }

    private static CheckedDraft check(BillDraft draft) {
        if (draft.lines() == null || draft.lines().isEmpty()) throw new ValidationException("items", ErrorText.BILL_NO_ITEMS);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            BillDraft.Line l = draft.lines().get(i);
            if (l.productId() == null) throw new ValidationException("items[" + i + "]", ErrorText.LINE_NO_PRODUCT, i + 1);
            if (l.quantity() <= 0) throw new ValidationException("items[" + i + "].quantity", ErrorText.LINE_QUANTITY_MIN, i + 1);
            if (l.quantity() > Limits.MAX_QUANTITY) {
                throw new ValidationException("items[" + i + "].quantity", ErrorText.LINE_QUANTITY_MAX, i + 1,
                        Limits.MAX_QUANTITY);
            }
            ids.add(l.productId());
        }
        if (draft.payments() == null || draft.payments().isEmpty()) throw new ValidationException("payments", ErrorText.PAYMENT_MISSING);
        return new CheckedDraft(ids);
    }

    /** {@code String.format("%06d")} without the formatter (a few percent of a bill's CPU). */
    static String zeroPadded(long n, int width) {
        String digits = Long.toString(n);
        if (digits.length() >= width || n < 0) return digits;
        return "0".repeat(width - digits.length()) + digits;
    }

    private static List<Payment> payments(List<BillDraft.PaymentDraft> drafts, long total) {
        List<Payment> out = new ArrayList<>(drafts.size());
        long sum = 0;
        int n = 1;
        for (BillDraft.PaymentDraft d : drafts) {
            String field = "payments[" + (n - 1) + "]";
            if (d.method() == null) throw new ValidationException(field + ".method", ErrorText.PAYMENT_METHOD_MISSING, n);
            if (d.amount() <= 0) throw new ValidationException(field + ".amount", ErrorText.PAYMENT_AMOUNT_MIN, n);
            if (d.tendered() > Limits.MAX_AMOUNT) {
                throw new ValidationException(field + ".tendered", ErrorText.PAYMENT_AMOUNT_MAX, n, Money.format(Limits.MAX_AMOUNT));
            }
            if (d.method() == PaymentMethod.CASH ? d.tendered() < d.amount() : d.tendered() != d.amount()) {
                throw new ValidationException(field + ".tendered", d.method() == PaymentMethod.CASH
                        ? ErrorText.CASH_SHORT : ErrorText.ONLY_CASH_OVER);
            }
            sum = Math.addExact(sum, d.amount());
            // a note's number as typed or scanned is stored as printed, so what is left on it sums exactly
            String ref = d.method() == PaymentMethod.STORE_CREDIT ? NoteLedger.normalise(d.reference()) : d.reference();
            out.add(new Payment(n++, d.method(), d.amount(), d.tendered(),
                    Text.optional(field + ".reference", ref, 64, ErrorText.LABEL_PAYMENT_REFERENCE)));
        }
        if (sum != total) throw new shopdesk.dal.error.PaymentMismatchException("payments", "Payments of "
                + shopdesk.dal.money.Money.format(sum) + " do not match the bill total of "
                + shopdesk.dal.money.Money.format(total));
        return out;
    }

    /** Returns the approving supervisor's id when the sale goes beyond stock with an override, else null. */
    private String checkStock(DSLContext tx, Actor actor, List<BillItem> items, Map<String, SellableLines.Sellable> products,
                              String overrideUserId) {
        Map<String, Long> wanted = new LinkedHashMap<>();
        for (BillItem i : items) wanted.merge(i.productId(), i.quantity(), Long::sum);
        List<InsufficientStockException.Shortfall> shortfalls = new ArrayList<>();
        for (var e : wanted.entrySet()) {
            long available = products.get(e.getKey()).onHand();
            if (e.getValue() > available) {
                BillItem any = items.stream().filter(i -> i.productId().equals(e.getKey())).findFirst().orElseThrow();
                shortfalls.add(new InsufficientStockException.Shortfall(e.getKey(), any.sku(), any.name(), e.getValue(), available));
            }
        }
        if (shortfalls.isEmpty()) return null;
        if (overrideUserId == null) throw new InsufficientStockException(shortfalls);
        if (!isSupervisor(tx, actor.shopId(), overrideUserId)) {
            throw new PermissionDeniedException(ErrorText.STOCK_NEEDS_SUPERVISOR);
        }
        return overrideUserId;
    }

    /**
     * Returns the approving supervisor's id when a cashier cuts prices beyond the limit with an approval, null when
     * the cut is within the seller's rights.
     */
    private String checkDiscount(DSLContext tx, Actor actor, SaleRules rules, long cutBp, String approvedBy) {
        if (actor.role().atLeast(Role.SUPERVISOR) || !rules.needsApproval(cutBp)) return null;
        if (approvedBy == null || !isSupervisor(tx, actor.shopId(), approvedBy)) {
            throw new PermissionDeniedException(ErrorText.DISCOUNT_ABOVE_LIMIT, Money.rate((int) cutBp),
                    Money.rate((int) rules.cashierDiscountLimitBp()));
        }
        return approvedBy;
    }

    private static boolean isSupervisor(DSLContext tx, String shopId, String userId) {
        var u = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).and(APP_USER.SHOP_ID.eq(shopId))
                .and(APP_USER.DISABLED_AT.isNull()).fetchOne();
        return u != null && RoleMatrix.allows(Role.valueOf(u.getRole()), Resolution.STOCK_OVERRIDE);
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

    // --- rows ---------------------------------------------------------------------------------------

    public static Optional<Bill> load(DSLContext dsl, String billId) {
        BillRecord r = dsl.selectFrom(BILL).where(BILL.ID.eq(billId)).fetchOne();
        if (r == null) return Optional.empty();
        List<BillItem> items = dsl.selectFrom(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(billId)).orderBy(BILL_ITEM.LINE_NO)
                .fetch(i -> new BillItem(i.getLineNo(), i.getProductId(), i.getSku(), i.getName(), i.getQuantity(),
                        i.getUnitPrice(), i.getTaxRateBp(), i.getLineSubtotal(), i.getLineTax(), i.getLineTotal(),
                        Boolean.TRUE.equals(i.getWeighed()), Boolean.TRUE.equals(i.getTaxInclusive()), i.getListPrice(),
                        i.getReason(), discount(i.getDiscountKind(), i.getDiscountValue()), orZero(i.getLineDiscount()),
                        orZero(i.getBillDiscount())));
        List<BillCalculator.TaxLine> taxes = dsl.selectFrom(BILL_TAX).where(BILL_TAX.BILL_ID.eq(billId))
                .orderBy(BILL_TAX.RATE_BP).fetch(t -> new BillCalculator.TaxLine(t.getRateBp(), t.getTaxable(), t.getTax()));
        List<Payment> payments = dsl.selectFrom(PAYMENT).where(PAYMENT.BILL_ID.eq(billId)).orderBy(PAYMENT.LINE_NO)
                .fetch(p -> new Payment(p.getLineNo(), PaymentMethod.valueOf(p.getMethod()), p.getAmount(), p.getTendered(),
                        p.getReference()));
        return Optional.of(new Bill(r.getId(), r.getShopId(), r.getDeviceId(), r.getUserId(), r.getCustomerId(),
                r.getLocalNumber(), r.getLocalLabel(), r.getServerNumber(), BillStatus.fromCode(r.getStatus()),
                r.getSubtotal(), r.getTaxTotal(), r.getTotal(), r.getPaidTotal(), r.getChangeDue(), r.getOverrideUserId(),
                r.getVoidReason(), r.getVoidedBy(), r.getVoidedAt(), BillSyncState.valueOf(r.getSyncState()),
                r.getVersion(), r.getClientCreatedAt(), r.getServerCreatedAt(), items, payments,
                discount(r.getDiscountKind(), r.getDiscountValue()), r.getDiscountReason(), orZero(r.getDiscountTotal()),
                r.getDiscountApprovedBy(), orZero(r.getRounding()), r.getRoundingUnit() == null ? 1 : r.getRoundingUnit(), taxes));
    }

    /** Columns added after a bill's first schema read null on rows some engines wrote before them: none. */
    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    private static Discount discount(String kind, Long value) {
        return kind == null || value == null ? null : new Discount(Discount.Kind.valueOf(kind), value);
    }
}
