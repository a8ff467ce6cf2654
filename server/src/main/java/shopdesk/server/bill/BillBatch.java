package shopdesk.server.bill;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.DEVICE;
import static shopdesk.db.Tables.PRODUCT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.bill.SaleRules;
import shopdesk.db.tables.records.ProductRecord;
import shopdesk.protocol.BillSeries;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.push.Appliers;
import shopdesk.server.push.BatchMustSplit;
import shopdesk.server.push.EntryContext;
import shopdesk.server.returns.NoteSpending;
import shopdesk.server.sequence.LegalSeries;
import shopdesk.server.sequence.SeriesSettings;
import shopdesk.server.stock.StockLedger;

/**
 * Several new CREATE_BILLs with the result {@link BillApplier#create} gives each in turn: checks and rows before the
 * shop's lock, few statements for all; stock, legal numbers and feed rows under it. Anything special throws.
 */
public final class BillBatch {
    private BillBatch() {
    }

    public static Appliers.Prepared prepare(DSLContext tx, List<EntryContext> ctxs) {
        return prepare(tx, ctxs, SaleRules.DEFAULT);
    }

    public static Appliers.Prepared prepare(DSLContext tx, List<EntryContext> ctxs, SaleRules rules) {
        String shop = ctxs.get(0).shopId();
        List<BillPayload> bills = new ArrayList<>(ctxs.size());
        List<String> ids = new ArrayList<>(ctxs.size());
        List<Long> paid = new ArrayList<>(ctxs.size());
        Set<String> devices = new HashSet<>();
        Set<String> users = new HashSet<>();
        Set<String> customers = new HashSet<>();
        Set<String> productIds = new HashSet<>();
        Set<String> distinctIds = new HashSet<>();
        Set<String> locals = new HashSet<>();
        Map<String, Set<Long>> localNumbers = new HashMap<>();
        for (EntryContext ctx : ctxs) {
            if (!ctx.shopId().equals(shop)) throw new BatchMustSplit("bills of several shops");
            BillPayload b = ctx.payload(BillPayload.class);
            String id = ctx.entityId(b.id());
            BillValidation.fields(b);
            paid.add(BillValidation.amounts(b));
            DiscountApproval.check(tx, ctx, b, BillValidation.totals(b), rules);
            if (!NoteSpending.wanted(b).isEmpty()) throw new BatchMustSplit("a bill is paid with store credit");
            if (!distinctIds.add(id) | !locals.add(BillRowWriter.localKey(b))) {
                throw new BatchMustSplit("bill " + id + " or its till number appears twice in the batch");
            }
            devices.add(b.deviceId());
            users.add(b.userId());
            if (b.customerId() != null) customers.add(b.customerId());
            for (BillPayload.Item i : b.items()) productIds.add(i.productId());
            localNumbers.computeIfAbsent(b.deviceId(), d -> new HashSet<>()).add(b.localNumber());
            bills.add(b);
            ids.add(id);
        }
        if (!referencesHoldAndBillsAreNew(tx, shop, devices, users, customers, ids)
                || localNumbers.entrySet().stream().anyMatch(d -> localNumberTaken(tx, d.getKey(), d.getValue()))) {
            throw new BatchMustSplit("a bill of the batch refers to something missing or repeats a bill");
        }
        Map<String, ProductRecord> products = tx.selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(shop), PRODUCT.ID.in(productIds))
                .fetchMap(PRODUCT.ID);
        if (!products.keySet().containsAll(productIds)) throw new BatchMustSplit("a bill sells an unknown product");
        BillRowWriter rows = BillRowWriter.of(ctxs.get(0));
        for (int k = 0; k < bills.size(); k++) rows.add(ctxs.get(k), bills.get(k), ids.get(k), paid.get(k), products);
        rows.flush(tx);
        List<UnnumberedBillJson> unnumbered = new ArrayList<>(bills.size());
        for (int k = 0; k < bills.size(); k++) {
            unnumbered.add(new UnnumberedBillJson(BillApplier.stored(bills.get(k), ids.get(k), null)));
        }
        return new Prepared(ctxs, bills, ids, unnumbered, rows);
    }

    /**
     * The batch's devices, users and customers all belong to the shop and none of its bill ids exists yet: one
     * statement (each part a sub-select) instead of four round trips.
     */
    private static boolean referencesHoldAndBillsAreNew(DSLContext tx, String shop, Set<String> devices,
                                                        Set<String> users, Set<String> customers, List<String> ids) {
        var r = tx.select(
                DSL.field(DSL.selectCount().from(DEVICE).where(DEVICE.SHOP_ID.eq(shop), DEVICE.ID.in(devices))),
                DSL.field(DSL.selectCount().from(APP_USER).where(APP_USER.SHOP_ID.eq(shop), APP_USER.ID.in(users))),
                customers.isEmpty() ? DSL.inline(0)
                        : DSL.field(DSL.selectCount().from(CUSTOMER).where(CUSTOMER.SHOP_ID.eq(shop), CUSTOMER.ID.in(customers))),
                DSL.field(DSL.exists(DSL.selectOne().from(BILL).where(BILL.ID.in(ids))))).fetchOne();
        return r.value1() == devices.size() && r.value2() == users.size() && r.value3() == customers.size()
                && !r.value4();
    }

    /**
     * Whether the till already sent a bill with one of these numbers, asked as a range of the (device_id,
     * local_number) index: H2 answers an IN list on an index's second column by reading every bill of the till.
     */
    private static boolean localNumberTaken(DSLContext tx, String deviceId, Set<Long> numbers) {
        long min = Collections.min(numbers);
        long max = Collections.max(numbers);
        return tx.select(BILL.LOCAL_NUMBER).from(BILL)
                .where(BILL.DEVICE_ID.eq(deviceId)).and(BILL.LOCAL_NUMBER.between(min, max))
                .fetch(BILL.LOCAL_NUMBER).stream().anyMatch(numbers::contains);
    }

    /** New bills whose rows {@link #prepare} wrote; completed under the shop's lock. */
    private record Prepared(List<EntryContext> ctxs, List<BillPayload> bills, List<String> ids,
                            List<UnnumberedBillJson> unnumbered, BillRowWriter rows) implements Appliers.Prepared {

        /** Takes the bills' stock, writes their legal numbers and adds their feed rows; their results in order. */
        @Override
        public List<Applied> complete(DSLContext tx) {
            String shop = ctxs.get(0).shopId();
            // every bill's quantities per product, sorted (as create() takes them), and the totals over all bills
            List<SortedMap<String, Long>> wanted = new ArrayList<>(bills.size());
            SortedMap<String, Long> total = new TreeMap<>();
            Map<String, Integer> touches = new HashMap<>();
            for (BillPayload b : bills) {
                SortedMap<String, Long> w = new TreeMap<>();
                for (BillPayload.Item i : b.items()) w.merge(i.productId(), i.quantity(), Long::sum);
                w.forEach((p, q) -> {
                    total.merge(p, q, Math::addExact);
                    touches.merge(p, 1, Integer::sum);
                });
                wanted.add(w);
            }
            long now = ctxs.get(ctxs.size() - 1).now();
            Map<String, StockLedger.Level> after = StockLedger.take(tx, shop, total, now, touches);
            if (after.size() != total.size()) throw new BatchMustSplit("not enough stock for the whole batch");
            // levels before the batch, then each bill's own step, as if each bill had taken its stock in turn
            Map<String, long[]> running = new HashMap<>();
            after.forEach((p, l) -> running.put(p, new long[] {l.quantity() + total.get(p), l.version() - touches.get(p)}));

            Map<BillSeries, LegalSeries.Block> series = claimSeries(tx, shop, now);
            List<Applied> applied = new ArrayList<>(bills.size());
            for (int k = 0; k < bills.size(); k++) {
                EntryContext ctx = ctxs.get(k);
                List<StockLedger.Level> levels = new ArrayList<>();
                for (Map.Entry<String, Long> w : wanted.get(k).entrySet()) {
                    long[] r = running.get(w.getKey());
                    r[0] -= w.getValue();
                    r[1] += 1;
                    levels.add(new StockLedger.Level(w.getKey(), r[0], r[1]));
                }
                long number = ctx.nextBillNumber();
                LegalSeries.Number legal = series.get(BillApplier.series(bills.get(k))).next();
                rows.number(ids.get(k), shop, number, legal);
                applied.add(BillApplier.announce(ctx, bills.get(k), ids.get(k), number, legal, levels, unnumbered.get(k)));
            }
            rows.flush(tx);
            return applied;
        }

        /** One block of numbers per series the batch's bills fall in: one statement each, not one per bill. */
        private Map<BillSeries, LegalSeries.Block> claimSeries(DSLContext tx, String shop, long now) {
            Map<BillSeries, Integer> counts = new EnumMap<>(BillSeries.class);
            for (BillPayload b : bills) counts.merge(BillApplier.series(b), 1, Integer::sum);
            SeriesSettings settings = SeriesSettings.of(tx, shop);
            Map<BillSeries, LegalSeries.Block> blocks = new EnumMap<>(BillSeries.class);
            counts.forEach((s, n) -> blocks.put(s, LegalSeries.claim(tx, settings, shop, s, n, now)));
            return blocks;
        }
    }
}
