package shopdesk.client.local;

import java.util.List;
import java.util.Optional;
import shopdesk.client.bills.BillView;
import shopdesk.client.sale.HeldSaleView;
import shopdesk.client.sale.PaymentMethod;
import shopdesk.client.sale.SaleLine;
import shopdesk.client.sale.SaleRequest;
import shopdesk.client.sale.SalesPort;
import shopdesk.client.sale.StockShortfallException;
import shopdesk.client.sale.Tender;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillQuery;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.BillSummary;
import shopdesk.dal.bill.HeldSales;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.customer.CustomerService;
import shopdesk.dal.error.InsufficientStockException;
import shopdesk.dal.user.User;
import shopdesk.dal.user.UserService;

/** The sales port over the till's BillService: the bill, its stock and its SyncQueue entry commit together. */
public final class LocalSales implements SalesPort {
    private final BillService bills;
    private final CustomerService customers;
    private final UserService users;
    private final AuditLog audit;
    private java.util.function.Function<String, Optional<BillView.CreditNote>> creditNotes = id -> Optional.empty();
    private final String shopId;
    private final HeldSales held;
    private final String deviceId;

    public LocalSales(BillService bills, CustomerService customers, UserService users, AuditLog audit, String shopId) {
        this(bills, customers, users, audit, shopId, null, null);
    }

    public LocalSales(BillService bills, CustomerService customers, UserService users, AuditLog audit, String shopId,
                      HeldSales held, String deviceId) {
        this.held = held;
        this.deviceId = deviceId;
        this.bills = bills;
        this.customers = customers;
        this.users = users;
        this.audit = audit;
        this.shopId = shopId;
    }

    @Override
    public BillView complete(Actor actor, SaleRequest r) {
        BillDraft draft = new BillDraft(r.customerId(),
                r.items().stream().map(i -> new BillDraft.Line(i.productId(), i.quantity(), i.price(), i.reason(), i.discount()))
                        .toList(),
                r.payments().stream().map(t -> new BillDraft.PaymentDraft(shopdesk.dal.bill.PaymentMethod.valueOf(t.method().name()),
                        t.amount(), t.tendered(), t.reference())).toList(),
                r.overrideUserId(), r.discount(), r.discountReason(), r.discountApprovedBy(), r.noteApprovedBy());
        try {
            return view(bills.create(actor, draft));
        } catch (InsufficientStockException e) {
            throw new StockShortfallException(e.shortfalls().stream().map(s -> new StockShortfallException.Shortfall(
                    s.productId(), s.sku(), s.name(), s.requested(), s.available())).toList());
        }
    }

    @Override
    public String hold(Actor actor, String label, long total, String saleJson) {
        return held.hold(actor, label, total, saleJson);
    }

    @Override
    public List<HeldSaleView> held() {
        return held.list(deviceId).stream().map(h -> new HeldSaleView(h.id(), h.label(), h.total(), h.heldAt())).toList();
    }

    @Override
    public Optional<String> resume(String heldId) {
        return held.take(heldId);
    }

    @Override
    public SaleRules rules() {
        return bills.rules();
    }

    @Override
    public void recordLineRemoved(Actor actor, SaleLine line, String reason) {
        audit.record(actor, AuditAction.SALE_LINE_REMOVED, "product", line.product().id(), reason,
                line.product().sku() + " x" + line.quantity() + " @ " + line.product().unitPrice());
    }

    @Override
    public BillView voidBill(Actor actor, String billId, String reason) {
        return view(bills.voidBill(actor, billId, reason));
    }

    @Override
    public Page<BillView> list(String query, PageRequest page) {
        Page<BillSummary> p = bills.list(new BillQuery(shopId, null, null, null, query == null || query.isBlank() ? null : query), page);
        return new Page<>(p.items().stream().map(LocalSales::row).toList(), p.request(), p.hasMore());
    }

    @Override
    public Optional<BillView> find(String billId) {
        return bills.findById(billId).map(this::view);
    }

    private static BillView row(BillSummary s) {
        return new BillView(s.id(), s.localLabel(), s.serverNumber(), s.status(), s.syncState().name(),
                s.clientCreatedAt(), null, s.customerName(), List.of(), List.of(), 0, 0, s.total(), 0, 0, null);
    }

    /** Where a bill's store-credit note is found, for its receipt. */
    public void useCreditNotes(java.util.function.Function<String, Optional<BillView.CreditNote>> notes) {
        this.creditNotes = notes;
    }

    private BillView view(Bill b) {
        String customer = b.customerId() == null ? null
                : customers.findById(shopId, b.customerId()).map(c -> c.name()).orElse(null);
        String cashier = users.findById(b.userId()).map(User::displayName).orElse(null);
        BillView view = new BillView(b.id(), b.localLabel(), b.serverNumber(), b.status(),
                b.syncState().name(), b.clientCreatedAt(), cashier, customer,
                b.items().stream().map(i -> new BillView.Item(i.lineNo(), i.sku(), i.name(), i.quantity(), i.unitPrice(),
                        i.taxRateBp(), i.lineSubtotal(), i.lineTax(), i.lineTotal(), i.lineDiscount() + i.billDiscount(),
                        i.weighed(), i.taxInclusive(), i.listPrice(), i.reason())).toList(),
                b.payments().stream().map(p -> new Tender(method(p.method()), p.amount(), p.tendered(), p.reference())).toList(),
                b.subtotal(), b.taxTotal(), b.total(), b.paidTotal(), b.changeDue(), b.voidReason(),
                bills.earlierServerNumbers(b.id()), bills.legalLabel(b.id()), new BillView.Terms(b.discountTotal(),
                        b.discount() == null ? null : b.discount().describe(), b.rounding(),
                        b.taxes().stream().map(t -> new BillView.TaxRow(t.rateBp(), t.taxable(), t.tax())).toList()));
        view = bills.vouchedNotes(b.id()).map(v -> new BillView.Vouched(v.notes(), users.findById(v.approvedBy())
                .map(User::displayName).orElse(v.approvedBy()))).map(view::withVouched).orElse(view);
        return creditNotes.apply(b.id()).map(view::withCreditNote).orElse(view);
    }

    private static PaymentMethod method(shopdesk.dal.bill.PaymentMethod m) {
        try {
            return PaymentMethod.valueOf(m.name());
        } catch (IllegalArgumentException e) {
            return PaymentMethod.CARD; // wallet/voucher are not taken at this till; shown as card-like
        }
    }
}
