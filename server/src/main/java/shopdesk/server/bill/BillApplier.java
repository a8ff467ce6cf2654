package shopdesk.server.bill;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER;
import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.DEVICE;
import static shopdesk.db.Tables.PRODUCT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.bill.BillRows;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.change.ChangeAction;
import shopdesk.dal.change.EntityType;
import shopdesk.dal.change.payload.BillPayload;
import shopdesk.dal.common.Ids;
import shopdesk.db.tables.records.ProductRecord;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;
import shopdesk.server.audit.AuditTrail;
import shopdesk.server.feed.ChangeFeed;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;
import shopdesk.server.stock.StockLedger;

/**
 * CREATE_BILL on the server: re-checks everything the till claims (shop membership of device, user, customer
 * and products; totals recomputed with the shared BillCalculator; payments add up), takes stock with
 * conditional decrements (a shortfall is a CONFLICT STOCK unless an honoured {@link StockOverride}), and takes
 * the shop's next legal bill number in the same transaction (claimed here, or claimed with the rest of a batch
 * applied as one transaction), so a refused bill, whose transaction rolls back, never consumes one.
 */
public final class BillApplier {
    private BillApplier() {
    }

    /**
     * Bills of a pushed batch applied in one transaction: their bill, item and payment rows are written as one
     * JDBC batch per table ({@link #flush}) instead of three statements per bill, and the shop's products are read
     * once. A sale writes no stock_movement rows: its items are its movements (see {@link StockLedger}). Bound to the applying thread between {@link #deferWrites} and
     * {@link #close}. The batch's applier must {@link #flush} before any entry that is not a CREATE_BILL (it may
     * read those rows or change a product) and before commit. A bill id or till bill number repeated within the
     * pending rows throws {@link BatchMustSplit}: entry by entry, the second is refused as before.
     */
    public static final class Deferred implements AutoCloseable {
        private final List<Object[]> bills = new ArrayList<>();
        private final List<Object[]> items = new ArrayList<>();
        private final List<Object[]> pays = new ArrayList<>();
        private final List<Object[]> numbers = new ArrayList<>();
        private final Set<String> billIds = new java.util.HashSet<>();
        private final Set<String> localNumbers = new java.util.HashSet<>();
        private final Map<String, ProductRecord> products = new java.util.HashMap<>();

        /** Writes the pending rows (bills first: the others refer to them) and forgets the products read. */
        public void flush(DSLContext tx) {
            BILL_ROW.executeBatch(tx, bills);
            BillRows.ITEM_ROW.executeBatch(tx, items);
            BillRows.PAYMENT_ROW.executeBatch(tx, pays);
            NUMBER_ROW.executeBatch(tx, numbers);
            bills.clear();
            items.clear();
            pays.clear();
            numbers.clear();
            billIds.clear();
            localNumbers.clear();
            products.clear();
        }

        /** A bill's legal number, written with the next {@link #flush} (after the bill's own row, if pending). */
        void number(String billId, String shopId, long number) {
            numbers.add(new Object[] {billId, shopId, number});
        }

        @Override
        public void close() {
            DEFERRED.remove();
        }
    }

    /** Thrown when a batch cannot be applied as one transaction; the caller applies it entry by entry instead. */
    public static final class BatchMustSplit extends RuntimeException {
        public BatchMustSplit(String why) {
            super(why, null, false, false);
        }
    }

    private static final ThreadLocal<Deferred> DEFERRED = new ThreadLocal<>();

    /** From now on this thread's bills are written by {@link Deferred#flush}; close it in a finally. */
    public static Deferred deferWrites() {
        if (DEFERRED.get() != null) throw new IllegalStateException("already deferring bill writes on this thread");
        Deferred d = new Deferred();
        DEFERRED.set(d);
        return d;
    }

    public static Applied create(DSLContext tx, EntryContext ctx) {
        BillPayload b = ctx.payload(BillPayload.class);
        String id = ctx.entityId(b.id());
        String shop = ctx.shopId();
        validate(b);
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
        Deferred deferred = DEFERRED.get();
        if (deferred != null && (deferred.billIds.contains(id) || deferred.localNumbers.contains(localKey(b)))) {
            throw new BatchMustSplit("bill " + id + " or its till number appears twice in the batch");
        }
        Map<String, ProductRecord> products = products(tx, shop, b.items());
        checkTotals(b);
        long paid = checkPayments(b);

        java.util.SortedMap<String, Long> wanted = new TreeMap<>(); // sorted: every bill locks stock rows in the same order
        for (BillPayload.Item i : b.items()) wanted.merge(i.productId(), i.quantity(), Long::sum);
        List<StockLedger.Level> levels = takeStock(tx, ctx, b, id, products, wanted);

        return complete(tx, ctx, b, id, paid, products, levels);
    }

    /**
     * The end of applying a bill whose stock is taken: claims the shop's legal number, writes the bill's rows and
     * its feed rows.
     */
    private static Applied complete(DSLContext tx, EntryContext ctx, BillPayload b, String id, long paid,
                                    Map<String, ProductRecord> products, List<StockLedger.Level> levels) {
        long number = ctx.nextBillNumber(tx);
        insert(tx, ctx, b, id, number, paid, products);
        return announce(tx, ctx, b, id, number, levels, null);
    }

    /** The bill as the server stores and publishes it: completed, with its legal number (null: not known yet). */
    private static BillPayload stored(BillPayload b, String id, Long number) {
        return new BillPayload(id, b.deviceId(), b.userId(), b.customerId(), b.localNumber(), b.localLabel(),
                b.clientCreatedAt(), b.subtotal(), b.taxTotal(), b.total(), b.items(), b.payments(), b.overrideUserId(),
                number, BillState.COMPLETED);
    }

    /**
     * The bill's feed rows (the new stock levels, then the bill with its legal number) and its result; the bill's
     * payload from {@code unnumbered} when it was serialised before the shop's lock, else serialised now.
     */
    private static Applied announce(DSLContext tx, EntryContext ctx, BillPayload b, String id, long number,
                                    List<StockLedger.Level> levels, UnnumberedBillJson unnumbered) {
        Object state = unnumbered == null ? stored(b, id, number) : new ChangeFeed.JsonText(unnumbered.numbered(number));
        List<ChangeFeed.Row> feed = new ArrayList<>();
        for (StockLedger.Level level : levels) feed.add(StockLedger.feedRow(ctx.shopId(), ctx.deviceId(), level, ctx.now()));
        feed.add(new ChangeFeed.Row(ctx.shopId(), ctx.deviceId(), EntityType.BILL, id, ChangeAction.CREATE_BILL.name(), 1L,
                state, ctx.now()));
        ChangeFeed.append(tx, feed.toArray(ChangeFeed.Row[]::new));
        return new Applied(number, 1L, ctx.now());
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
     * Whether the till already sent a bill with one of these numbers (uq_bill_device_local_number). Asked as a
     * range of the (device_id, local_number) index, not {@code local_number in (...)}: H2 answers an IN list on
     * the second column of an index by reading every bill of the till, which grew with each batch.
     */
    private static boolean localNumberTaken(DSLContext tx, String deviceId, Set<Long> numbers) {
        long min = java.util.Collections.min(numbers);
        long max = java.util.Collections.max(numbers);
        return tx.select(BILL.LOCAL_NUMBER).from(BILL)
                .where(BILL.DEVICE_ID.eq(deviceId)).and(BILL.LOCAL_NUMBER.between(min, max))
                .fetch(BILL.LOCAL_NUMBER).stream().anyMatch(numbers::contains);
    }

    /**
     * Several new CREATE_BILLs of one batch transaction, in two steps with the same result as {@link #create} for
     * each in order. First, before the shop's write lock ({@link #prepareAll}): the checks, in a few statements for
     * all of them (references, existing bills and till numbers, products), and their rows, written now, without
     * their legal numbers (bill, items and payments are most of a batch's writes, and no other writer of the
     * shop waits for them). Then, under the lock ({@link NewBills#complete}): the stock of all of them taken with ONE
     * conditional update of each product's total (if the total is there, each bill in turn would have found its own
     * quantity there too; each bill's feed levels and versions are computed from the final ones), the legal numbers
     * claimed and written (narrow {@code bill_number} rows: an update of the wide bill rows written before the lock
     * cost PostgreSQL more than writing them), the feed rows. Anything that {@link #create} would refuse or treat
     * specially (a shortfall, an override, a missing reference) throws {@link BatchMustSplit} or an
     * {@link EntryRefused}; the caller's transaction rolls back whole (rows written before the lock included) and it
     * applies the batch entry by entry instead. A twin
     * of these bills committed meanwhile by another instance makes the rows' unique keys fail, with the same outcome.
     * The batch's first writes: needs a {@link #deferWrites} with nothing pending.
     */
    public static NewBills prepareAll(DSLContext tx, List<EntryContext> ctxs) {
        Deferred deferred = DEFERRED.get();
        if (deferred == null || !deferred.billIds.isEmpty()) {
            throw new IllegalStateException("prepareAll writes a batch's first rows: it needs a fresh deferWrites()");
        }
        String shop = ctxs.get(0).shopId();
        List<BillPayload> bills = new ArrayList<>(ctxs.size());
        List<String> ids = new ArrayList<>(ctxs.size());
        List<Long> paid = new ArrayList<>(ctxs.size());
        Set<String> devices = new java.util.HashSet<>();
        Set<String> users = new java.util.HashSet<>();
        Set<String> customers = new java.util.HashSet<>();
        Set<String> productIds = new java.util.HashSet<>();
        Set<String> distinctIds = new java.util.HashSet<>();
        Set<String> locals = new java.util.HashSet<>();
        Map<String, Set<Long>> localNumbers = new java.util.HashMap<>();
        for (EntryContext ctx : ctxs) {
            if (!ctx.shopId().equals(shop)) throw new BatchMustSplit("bills of several shops");
            BillPayload b = ctx.payload(BillPayload.class);
            String id = ctx.entityId(b.id());
            validate(b);
            checkTotals(b);
            paid.add(checkPayments(b));
            if (!distinctIds.add(id) | !locals.add(localKey(b))) {
                throw new BatchMustSplit("bill " + id + " or its till number appears twice in the batch");
            }
            devices.add(b.deviceId());
            users.add(b.userId());
            if (b.customerId() != null) customers.add(b.customerId());
            for (BillPayload.Item i : b.items()) productIds.add(i.productId());
            localNumbers.computeIfAbsent(b.deviceId(), d -> new java.util.HashSet<>()).add(b.localNumber());
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
        for (int k = 0; k < bills.size(); k++) insert(tx, ctxs.get(k), bills.get(k), ids.get(k), null, paid.get(k), products);
        deferred.flush(tx);
        List<UnnumberedBillJson> unnumbered = new ArrayList<>(bills.size());
        for (int k = 0; k < bills.size(); k++) unnumbered.add(new UnnumberedBillJson(stored(bills.get(k), ids.get(k), null)));
        return new NewBills(ctxs, bills, ids, unnumbered);
    }

    /** New bills whose rows {@link #prepareAll} wrote; {@link #complete} finishes them under the shop's lock. */
    public static final class NewBills {
        private final List<EntryContext> ctxs;
        private final List<BillPayload> bills;
        private final List<String> ids;
        /** Their feed payloads, serialised before the lock. */
        private final List<UnnumberedBillJson> unnumbered;

        private NewBills(List<EntryContext> ctxs, List<BillPayload> bills, List<String> ids,
                         List<UnnumberedBillJson> unnumbered) {
            this.ctxs = ctxs;
            this.bills = bills;
            this.ids = ids;
            this.unnumbered = unnumbered;
        }

        /** Takes the bills' stock, writes their legal numbers and appends their feed rows; their results in order. */
        public List<Applied> complete(DSLContext tx) {
            String shop = ctxs.get(0).shopId();
            // every bill's quantities per product, sorted (as create() takes them), and the totals over all bills
            List<java.util.SortedMap<String, Long>> wanted = new ArrayList<>(bills.size());
            java.util.SortedMap<String, Long> total = new TreeMap<>();
            Map<String, Integer> touches = new java.util.HashMap<>();
            for (BillPayload b : bills) {
                java.util.SortedMap<String, Long> w = new TreeMap<>();
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
            Map<String, long[]> running = new java.util.HashMap<>();
            after.forEach((p, l) -> running.put(p, new long[] {l.quantity() + total.get(p), l.version() - touches.get(p)}));

            Deferred rows = DEFERRED.get();
            if (rows == null) throw new IllegalStateException("complete() needs the deferWrites() of prepareAll()");
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
                long number = ctx.nextBillNumber(tx);
                rows.number(ids.get(k), shop, number);
                applied.add(announce(tx, ctx, bills.get(k), ids.get(k), number, levels, unnumbered.get(k)));
            }
            rows.flush(tx);
            return applied;
        }
    }

    /** A bill's till number, as (device, local number): unique per till. */
    private static String localKey(BillPayload b) {
        return b.deviceId() + "#" + b.localNumber();
    }

    private static void validate(BillPayload b) {
        Checks.text(b.deviceId(), "payload.deviceId", 36);
        Checks.text(b.userId(), "payload.userId", 36);
        Checks.optionalText(b.customerId(), "payload.customerId", 36);
        Checks.text(b.localLabel(), "payload.localLabel", 32);
        Checks.atLeast(b.localNumber(), 1, "payload.localNumber");
        if (b.items() == null || b.items().isEmpty()) throw EntryRefused.invalid("payload.items", "must list at least one item");
        for (int n = 0; n < b.items().size(); n++) {
            BillPayload.Item i = b.items().get(n);
            String at = "payload.items[" + n + "]";
            if (i == null) throw EntryRefused.invalid(at, "is missing");
            Checks.text(i.productId(), at + ".productId", 36);
            Checks.atLeast(i.quantity(), 1, at + ".quantity");
            Checks.atLeast(i.unitPrice(), 0, at + ".unitPrice");
            Checks.atLeast(i.taxRateBp(), 0, at + ".taxRateBp");
            Checks.optionalText(i.sku(), at + ".sku", 64);
            Checks.optionalText(i.name(), at + ".name", 200);
        }
        if (b.payments() != null) {
            for (int n = 0; n < b.payments().size(); n++) {
                BillPayload.Payment p = b.payments().get(n);
                String at = "payload.payments[" + n + "]";
                if (p == null) throw EntryRefused.invalid(at, "is missing");
                Checks.text(p.method(), at + ".method", 16);
                Checks.atLeast(p.amount(), 0, at + ".amount");
                Checks.optionalText(p.reference(), at + ".reference", 64);
            }
        }
    }

    private static Map<String, ProductRecord> products(DSLContext tx, String shop, List<BillPayload.Item> items) {
        Set<String> ids = items.stream().map(BillPayload.Item::productId).collect(Collectors.toSet());
        Deferred deferred = DEFERRED.get();
        if (deferred != null && deferred.products.keySet().containsAll(ids)) return deferred.products;
        Map<String, ProductRecord> found = tx.selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(shop), PRODUCT.ID.in(ids))
                .fetchMap(PRODUCT.ID);
        if (deferred != null) deferred.products.putAll(found);
        List<String> unknown = ids.stream().filter(i -> !found.containsKey(i)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_PRODUCT, "The bill sells products this shop does not have: "
                    + String.join(", ", unknown));
        }
        return found;
    }

    /** The till's prices are what the customer paid; the server recomputes the arithmetic, never trusts it. */
    private static void checkTotals(BillPayload b) {
        BillCalculator.Totals t;
        try {
            t = BillCalculator.totals(b.items().stream()
                    .map(i -> new BillCalculator.Line(i.quantity(), i.unitPrice(), i.taxRateBp())).toList());
        } catch (ArithmeticException e) {
            throw EntryRefused.rejected(RejectCodes.TOTAL_MISMATCH, "The bill's amounts overflow");
        }
        if (t.subtotal() != b.subtotal() || t.tax() != b.taxTotal() || t.total() != b.total()) {
            throw EntryRefused.rejected(RejectCodes.TOTAL_MISMATCH, "The bill's totals (subtotal " + b.subtotal() + ", tax "
                    + b.taxTotal() + ", total " + b.total() + ") disagree with the server's (subtotal " + t.subtotal()
                    + ", tax " + t.tax() + ", total " + t.total() + ")");
        }
    }

    private static long checkPayments(BillPayload b) {
        long paid = 0;
        if (b.payments() != null) for (BillPayload.Payment p : b.payments()) paid = Math.addExact(paid, p.amount());
        if (paid != b.total()) {
            throw EntryRefused.rejected(RejectCodes.PAYMENT_MISMATCH, "The payments add up to " + paid
                    + " but the bill's total is " + b.total());
        }
        return paid;
    }

    /** The new level of every product sold, in product id order. */
    private static List<StockLedger.Level> takeStock(DSLContext tx, EntryContext ctx, BillPayload b, String billId,
                                                     Map<String, ProductRecord> products, java.util.SortedMap<String, Long> wanted) {
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
                    : t -> AuditTrail.write(t, ctx.now(), ctx.shopId(), ctx.caller().userId(), AuditTrail.STOCK_OVERRIDE_REFUSED,
                    EntityType.BILL, billId, override.refusal(), "override by " + b.overrideUserId() + "; " + details);
            throw EntryRefused.stockConflict(message, shortfalls, audit);
        }
        for (Conflict.Shortfall s : shortfalls) {
            StockLedger.add(tx, ctx.shopId(), s.productId(), -s.requested(), ctx.now());
            levels.add(StockLedger.level(tx, ctx.shopId(), s.productId()));
        }
        AuditTrail.write(tx, ctx.now(), ctx.shopId(), b.overrideUserId(), AuditTrail.STOCK_OVERRIDE_USED, EntityType.BILL,
                billId, "Sold beyond stock with a supervisor override, pushed by " + ctx.caller().username(), details);
        levels.sort(java.util.Comparator.comparing(StockLedger.Level::productId));
        return levels;
    }

    /** Every column but server_number: on the server a bill's legal number is its own row ({@link BillState#number}). */
    private static final JdbcStatement BILL_ROW = JdbcStatement.insert(BILL, BILL.ID, BILL.SHOP_ID, BILL.DEVICE_ID,
            BILL.USER_ID, BILL.CUSTOMER_ID, BILL.LOCAL_NUMBER, BILL.LOCAL_LABEL, BILL.STATUS,
            BILL.SUBTOTAL, BILL.TAX_TOTAL, BILL.TOTAL, BILL.PAID_TOTAL, BILL.CHANGE_DUE, BILL.OVERRIDE_USER_ID,
            BILL.SYNC_STATE, BILL.VERSION, BILL.CLIENT_CREATED_AT, BILL.SERVER_CREATED_AT);
    private static final JdbcStatement NUMBER_ROW = JdbcStatement.insert(BILL_NUMBER, BILL_NUMBER.BILL_ID,
            BILL_NUMBER.SHOP_ID, BILL_NUMBER.SERVER_NUMBER);

    /**
     * The bill's rows, each table's as one JDBC batch of one prepared statement ({@link JdbcStatement}: one round
     * trip to PostgreSQL, one parse in H2, no jOOQ rendering per row), executed now or added to the batch's
     * {@link Deferred} rows.
     */
    private static void insert(DSLContext tx, EntryContext ctx, BillPayload b, String id, Long number, long paid,
                               Map<String, ProductRecord> products) {
        Deferred d = DEFERRED.get();
        Deferred rows = d != null ? d : new Deferred();
        long change = 0;
        if (b.payments() != null) for (BillPayload.Payment p : b.payments()) change += Math.max(0, p.tendered() - p.amount());
        rows.bills.add(new Object[] {id, ctx.shopId(), b.deviceId(), b.userId(), b.customerId(), b.localNumber(),
                b.localLabel(), BillState.COMPLETED, b.subtotal(), b.taxTotal(), b.total(), paid, change,
                b.overrideUserId(), BillState.SYNCED, 1L, b.clientCreatedAt(), ctx.now()});
        if (number != null) rows.number(id, ctx.shopId(), number);
        rows.billIds.add(id);
        rows.localNumbers.add(localKey(b));
        int line = 0;
        for (BillPayload.Item i : b.items()) {
            line++;
            BillCalculator.LineTotals t = BillCalculator.line(new BillCalculator.Line(i.quantity(), i.unitPrice(), i.taxRateBp()));
            ProductRecord product = products.get(i.productId());
            String sku = i.sku() != null ? i.sku() : product.getSku();
            String name = i.name() != null ? i.name() : product.getName();
            // stored line numbers are the order sent, so a till's duplicate lineNo cannot break the key
            rows.items.add(new Object[] {id, line, i.productId(), sku, name, i.quantity(), i.unitPrice(),
                    i.taxRateBp(), t.subtotal(), t.tax(), t.total()});
        }
        if (b.payments() != null) {
            int n = 0;
            for (BillPayload.Payment p : b.payments()) {
                n++;
                rows.pays.add(new Object[] {id, n, p.method(), p.amount(), Math.max(p.tendered(), p.amount()), p.reference()});
            }
        }
        if (d == null) rows.flush(tx);
    }
}
