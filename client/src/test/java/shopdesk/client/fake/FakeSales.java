package shopdesk.client.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import shopdesk.client.bills.BillView;
import shopdesk.client.sale.SaleLine;
import shopdesk.client.sale.SaleRequest;
import shopdesk.client.sale.SalesPort;
import shopdesk.client.sale.StockShortfallException;
import shopdesk.client.sale.Tender;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.user.Role;
import shopdesk.protocol.BillStatus;

/** In-memory bills over a FakeCatalog: local numbers T1-000001..., stock checks with supervisor override. */
public final class FakeSales implements SalesPort {
    private final FakeCatalog catalog;
    public final List<BillView> bills = new ArrayList<>();
    public final List<String> audit = new ArrayList<>();
    public final List<String> supervisorIds = new ArrayList<>();
    public long now = 1_764_115_200_000L;
    /** Thrown by the next complete(), as a database or disk failure would be. */
    public RuntimeException failNextComplete;

    /** Held sales by id, in the order held (a till's database keeps them across restarts; this map, the test's run). */
    public final java.util.Map<String, shopdesk.client.sale.HeldSaleView> held = new java.util.LinkedHashMap<>();
    public final java.util.Map<String, String> heldJson = new java.util.HashMap<>();
    public String lastDiscountApprovedBy;
    public String lastNoteApprovedBy;

    @Override
    public String hold(Actor actor, String label, long total, String saleJson) {
        String id = Ids.newId();
        held.put(id, new shopdesk.client.sale.HeldSaleView(id, label, total, now));
        heldJson.put(id, saleJson);
        return id;
    }

    @Override
    public List<shopdesk.client.sale.HeldSaleView> held() {
        return List.copyOf(held.values());
    }

    @Override
    public Optional<String> resume(String heldId) {
        held.remove(heldId);
        return Optional.ofNullable(heldJson.remove(heldId));
    }

    public FakeSales(FakeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public BillView complete(Actor actor, SaleRequest r) {
        lastDiscountApprovedBy = r.discountApprovedBy();
        lastNoteApprovedBy = r.noteApprovedBy();
        if (failNextComplete != null) {
            RuntimeException e = failNextComplete;
            failNextComplete = null;
            throw e;
        }
        List<StockShortfallException.Shortfall> short_ = new ArrayList<>();
        for (var i : r.items()) {
            var p = catalog.products.get(i.productId());
            if (p.stock() < i.quantity()) short_.add(new StockShortfallException.Shortfall(p.id(), p.sku(), p.name(), i.quantity(), p.stock()));
        }
        if (!short_.isEmpty() && (r.overrideUserId() == null || !supervisorIds.contains(r.overrideUserId()))) {
            throw new StockShortfallException(short_);
        }
        List<BillView.Item> items = new ArrayList<>();
        int n = 1;
        for (var i : r.items()) {
            var p = catalog.products.get(i.productId());
            var t = BillCalculator.line(new BillCalculator.Line(i.quantity(), p.unitPrice(), p.taxRateBp()));
            items.add(new BillView.Item(n++, p.sku(), p.name(), i.quantity(), p.unitPrice(), p.taxRateBp(), t.subtotal(), t.tax(), t.total()));
            catalog.adjust(p.id(), -i.quantity());
        }
        long sub = items.stream().mapToLong(BillView.Item::subtotal).sum();
        long tax = items.stream().mapToLong(BillView.Item::tax).sum();
        long paid = r.payments().stream().mapToLong(Tender::amount).sum();
        long change = r.payments().stream().mapToLong(Tender::change).sum();
        String customer = r.customerId() == null ? null : catalog.customers.get(r.customerId()).name();
        BillView b = new BillView(Ids.newId(), String.format("T1-%06d", bills.size() + 1), null, BillStatus.COMPLETED, "PENDING",
                now, actor.userId(), customer, items, r.payments(), sub, tax, sub + tax, paid, change, null);
        bills.add(b);
        return b;
    }

    @Override
    public void recordLineRemoved(Actor actor, SaleLine line, String reason) {
        audit.add("LINE_REMOVED " + line.product().sku() + " x" + line.quantity() + " by " + actor.userId() + ": " + reason);
    }

    @Override
    public BillView voidBill(Actor actor, String billId, String reason) {
        if (!actor.role().atLeast(Role.SUPERVISOR)) throw new PermissionDeniedException("Voiding needs a supervisor");
        for (int i = 0; i < bills.size(); i++) {
            BillView b = bills.get(i);
            if (b.id().equals(billId)) {
                BillView v = new BillView(b.id(), b.localLabel(), b.serverNumber(), BillStatus.VOIDED, "PENDING", b.clientCreatedAt(),
                        b.cashier(), b.customerName(), b.items(), b.payments(), b.subtotal(), b.tax(), b.total(), b.paid(),
                        b.changeDue(), reason);
                bills.set(i, v);
                return v;
            }
        }
        throw new IllegalArgumentException(billId);
    }

    @Override
    public Page<BillView> list(String query, PageRequest page) {
        String q = query.toLowerCase(Locale.ROOT);
        List<BillView> newest = new ArrayList<>(bills);
        java.util.Collections.reverse(newest);
        return Page.of(newest.stream().filter(b -> q.isEmpty() || b.localLabel().toLowerCase(Locale.ROOT).contains(q)
                || (b.customerName() != null && b.customerName().toLowerCase(Locale.ROOT).contains(q)))
                .skip(page.offset()).limit(page.limit() + 1L).toList(), page);
    }

    @Override
    public Optional<BillView> find(String billId) {
        return bills.stream().filter(b -> b.id().equals(billId)).findFirst();
    }
}
