package shopdesk.server.bill;

import static shopdesk.db.Tables.PRODUCT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.bill.SaleRules;
import shopdesk.db.tables.records.ProductRecord;
import shopdesk.protocol.BillSeries;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.audit.AuditTrail;
import shopdesk.server.feed.ChangeFeed;
import shopdesk.server.push.BatchMustSplit;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;
import shopdesk.server.returns.NoteSpending;
import shopdesk.server.sequence.LegalSeries;
import shopdesk.server.stock.StockLedger;

/**
 * CREATE_BILL, one bill: the server re-checks all the till claims, takes stock (a shortfall is a STOCK conflict
 * unless an honoured {@link StockOverride}) and uses a legal number of its transaction, given back if refused.
 */
public final class BillApplier {
    private BillApplier() {
    }

    public static Applied create(DSLContext tx, EntryContext ctx) {
        return create(tx, ctx, SaleRules.DEFAULT);
    }

    /** Applies one bill under the shop's selling terms (the cashier's discount limit). */
    public static Applied create(DSLContext tx, EntryContext ctx, SaleRules rules) {
        BillPayload b = ctx.payload(BillPayload.class);
        String id = ctx.entityId(b.id());
        String shop = ctx.shopId();
        BillValidation.fields(b);
        BillChecks.References refs = BillChecks.references(tx, shop, id, b);
        if (!refs.deviceInShop()) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_DEVICE, "Till " + b.deviceId() + " is not a device of this shop");
        }
        if (!refs.userInShop()) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_USER, "User " + b.userId() + " is not a user of this shop");
        }
        if (!refs.customerInShop()) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_CUSTOMER, "Customer " + b.customerId() + " does not exist in this shop");
        }
        if (refs.billExists()) {
            throw EntryRefused.rejected(RejectCodes.DUPLICATE, "Bill " + id + " already exists");
        }
        if (refs.billWithSameLocalNumber() != null) {
            throw EntryRefused.rejected(RejectCodes.LOCAL_NUMBER_TAKEN, "Till bill number " + b.localLabel()
                    + " was already used by bill " + refs.billWithSameLocalNumber()
                    + " of the same till (was the till restored from an old backup?)");
        }
        BillRowWriter rows = BillRowWriter.of(ctx);
        if (rows.holds(id, b)) throw new BatchMustSplit("bill " + id + " or its till number appears twice in the batch");
        Map<String, ProductRecord> products = products(tx, shop, b.items(), rows);
        long paid = BillValidation.amounts(b);
        DiscountApproval.check(tx, ctx, b, BillValidation.totals(b), rules);
        Map<String, Long> credit = NoteSpending.wanted(b);
        if (!credit.isEmpty()) {
            NoteSpending.check(tx, ctx, credit, rows::pendingCredit, StockOverride.decide(tx, ctx, b.overrideUserId()).honoured());
        }

        SortedMap<String, Long> wanted = new TreeMap<>(); // sorted: every bill locks stock rows in the same order
        for (BillPayload.Item i : b.items()) wanted.merge(i.productId(), i.quantity(), Long::sum);
        List<StockLedger.Level> levels = takeStock(tx, ctx, b, id, products, wanted);

        long number = ctx.nextBillNumber();
        LegalSeries.Number legal = LegalSeries.claim(tx, shop, series(b), ctx.now());
        rows.add(ctx, b, id, paid, products);
        rows.number(id, shop, number, legal);
        return announce(ctx, b, id, number, legal, levels, null);
    }

    /** The series the server decides from the bill's content (the till predicts it with the same rule). */
    static BillSeries series(BillPayload b) {
        return BillSeries.ofSale(b.items().stream().map(BillPayload.Item::taxRateBp).toList());
    }

    /** The bill as the server stores and publishes it: completed, with its legal number (null: not known yet). */
    static BillPayload stored(BillPayload b, String id, Long number) {
        return new BillPayload(id, b.deviceId(), b.userId(), b.customerId(), b.localNumber(), b.localLabel(),
                b.clientCreatedAt(), b.subtotal(), b.taxTotal(), b.total(), b.items(), b.payments(), b.overrideUserId(),
                number, BillStatus.COMPLETED, b.discount(), b.discountReason(), b.discountTotal(),
                b.discountApprovedBy(), b.rounding(), b.coin(), b.taxes(), b.noteApprovedBy());
    }

    /**
     * The bill's feed rows (its new stock levels, then the bill with its legal number) and its result; the bill's
     * payload from {@code unnumbered} when it was serialised before the shop's lock, else serialised now.
     */
    static Applied announce(EntryContext ctx, BillPayload b, String id, long number, LegalSeries.Number legal,
                            List<StockLedger.Level> levels, UnnumberedBillJson unnumbered) {
        String state = unnumbered == null ? UnnumberedBillJson.feedJson(stored(b, id, number), legal.label())
                : unnumbered.numbered(number, legal.label());
        for (StockLedger.Level level : levels) ctx.feed().add(StockLedger.feedRow(ctx.shopId(), ctx.deviceId(), level, ctx.now()));
        ctx.feed().add(ctx.shopId(), ctx.deviceId(), EntityType.BILL, id, ChangeAction.CREATE_BILL.name(), 1L,
                new ChangeFeed.JsonText(state), ctx.now());
        return new Applied(number, 1L, ctx.now(), legal.series().name(), legal.label());
    }

    private static Map<String, ProductRecord> products(DSLContext tx, String shop, List<BillPayload.Item> items,
                                                       BillRowWriter rows) {
        Set<String> ids = items.stream().map(BillPayload.Item::productId).collect(Collectors.toSet());
        if (rows.products().keySet().containsAll(ids)) return rows.products();
        Map<String, ProductRecord> found = tx.selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(shop), PRODUCT.ID.in(ids))
                .fetchMap(PRODUCT.ID);
        rows.products().putAll(found);
        List<String> unknown = ids.stream().filter(i -> !found.containsKey(i)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_PRODUCT, "The bill sells products this shop does not have: "
                    + String.join(", ", unknown));
        }
        return found;
    }

    /** The new level of every product sold, in product id order. */
    private static List<StockLedger.Level> takeStock(DSLContext tx, EntryContext ctx, BillPayload b, String billId,
                                                     Map<String, ProductRecord> products, SortedMap<String, Long> wanted) {
        List<Conflict.Shortfall> shortfalls = new ArrayList<>();
        List<StockLedger.Level> levels = new ArrayList<>();
        Map<String, StockLedger.Level> taken = StockLedger.take(tx, ctx.shopId(), wanted, ctx.now());
        for (Map.Entry<String, Long> w : wanted.entrySet()) {
            StockLedger.Level level = taken.get(w.getKey());
            if (level == null) {
                shortfalls.add(new Conflict.Shortfall(w.getKey(), products.get(w.getKey()).getSku(), w.getValue(),
                        StockLedger.quantity(tx, ctx.shopId(), w.getKey())));
            } else {
                levels.add(level);
            }
        }
        if (shortfalls.isEmpty()) return levels;
        StockOverride override = StockOverride.decide(tx, ctx, b.overrideUserId());
        String details = shortfalls.stream().map(s -> s.sku() + " wanted " + s.requested() + " had " + s.available())
                .collect(Collectors.joining("; "));
        if (!override.honoured()) {
            String message = "Not enough stock for this bill: " + details
                    + (override.refusal() == null ? "" : ". Supervisor override not accepted: " + override.refusal());
            EntryRefused.AfterRollback audit = override.refusal() == null ? null
                    : t -> AuditTrail.write(t, ctx.now(), ctx.shopId(), ctx.caller().userId(), AuditAction.BILL_STOCK_OVERRIDE_REFUSED,
                    EntityType.BILL, billId, override.refusal(), "override by " + b.overrideUserId() + "; " + details);
            throw EntryRefused.stockConflict(message, shortfalls, audit);
        }
        for (Conflict.Shortfall s : shortfalls) {
            StockLedger.add(tx, ctx.shopId(), s.productId(), -s.requested(), ctx.now());
            levels.add(StockLedger.level(tx, ctx.shopId(), s.productId()));
        }
        AuditTrail.write(tx, ctx.now(), ctx.shopId(), b.overrideUserId(), AuditAction.BILL_STOCK_OVERRIDE, EntityType.BILL,
                billId, "Sold beyond stock with a supervisor override, pushed by " + ctx.caller().username(), details);
        levels.sort(Comparator.comparing(StockLedger.Level::productId));
        return levels;
    }
}
