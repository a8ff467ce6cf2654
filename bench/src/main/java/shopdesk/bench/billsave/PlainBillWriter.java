package shopdesk.bench.billsave;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import shopdesk.bench.till.TillShop;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.product.Product;

/**
 * The bare minimum a bill costs the database: the same rows the till writes (the device counter claimed, 1 bill,
 * 3 items, 3 stock decrements, 1 payment, a tax row per rate, 1 SyncQueue entry with its delivery row), with plain JDBC prepared
 * statements prepared once, items and stock updates sent as batches, in one transaction (BEGIN IMMEDIATE on
 * SQLite). Holds one connection for its lifetime.
 */
public final class PlainBillWriter implements AutoCloseable {
    private static final String PAYLOAD_PAD = "x".repeat(420); // about the size of a CREATE_BILL payload of 3 items

    private final Connection c;
    private final TillShop shop;
    private final String counterScope;
    private final PreparedStatement claim;
    private final PreparedStatement bill;
    private final PreparedStatement item;
    private final PreparedStatement stock;
    private final PreparedStatement payment;
    private final PreparedStatement tax;
    private final PreparedStatement queue;
    private final PreparedStatement delivery;
    private final BillCalculator.Totals totals;

    private final boolean queueRows;

    /** A till's bill: with its SyncQueue entry. */
    public PlainBillWriter(Connection c, Dialect dialect, TillShop shop) throws SQLException {
        this(c, dialect, shop, true);
    }

    /**
     * @param queueRows false on a cloud database (no SyncQueue there): the bill transaction the server's database can
     *                  do at best, as the ceiling for the drain
     */
    public PlainBillWriter(Connection c, Dialect dialect, TillShop shop, boolean queueRows) throws SQLException {
        this.c = c;
        this.shop = shop;
        this.queueRows = queueRows;
        this.counterScope = shopdesk.dal.bill.CounterScope.DEVICE.key(shop.cashier.deviceId());
        c.setAutoCommit(false);
        String update = "update \"number_counter\" set \"last_number\" = \"last_number\" + 1 where \"scope\" = ?";
        claim = c.prepareStatement(dialect == Dialect.H2
                ? "select \"last_number\" from final table (" + update + ")" : update + " returning \"last_number\"");
        bill = c.prepareStatement("insert into \"bill\" (\"id\", \"shop_id\", \"device_id\", \"user_id\", \"customer_id\", "
                + "\"local_number\", \"local_label\", \"status\", \"subtotal\", \"tax_total\", \"total\", \"paid_total\", "
                + "\"change_due\", \"sync_state\", \"version\", \"client_created_at\") "
                + "values (?, ?, ?, ?, null, ?, ?, 'COMPLETED', ?, ?, ?, ?, 0, 'PENDING', 1, ?)");
        item = c.prepareStatement("insert into \"bill_item\" (\"bill_id\", \"line_no\", \"product_id\", \"sku\", \"name\", "
                + "\"quantity\", \"unit_price\", \"tax_rate_bp\", \"line_subtotal\", \"line_tax\", \"line_total\") "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        stock = c.prepareStatement("update \"stock\" set \"quantity\" = \"quantity\" - ?, \"updated_at\" = ? "
                + "where \"shop_id\" = ? and \"product_id\" = ?");
        payment = c.prepareStatement("insert into \"payment\" (\"bill_id\", \"line_no\", \"method\", \"amount\", "
                + "\"tendered\", \"reference\") values (?, 1, 'CARD', ?, ?, null)");
        tax = c.prepareStatement("insert into \"bill_tax\" (\"bill_id\", \"rate_bp\", \"taxable\", \"tax\") values (?, ?, ?, ?)");
        String insertQueue = "insert into \"sync_queue\" (\"request_id\", \"stream_key\", \"stream_seq\", \"entity_type\", "
                + "\"entity_id\", \"action\", \"payload\", \"payload_version\", \"base_version\", \"depends_on\", \"user_id\", "
                + "\"created_at\") values (?, ?, 1, 'bill', ?, 'CREATE_BILL', ?, 1, null, ?, ?, ?)";
        queue = !queueRows ? null : c.prepareStatement(dialect == Dialect.H2
                ? "select \"seq\" from final table (" + insertQueue + ")" : insertQueue + " returning \"seq\"");
        delivery = !queueRows ? null : c.prepareStatement("insert into \"sync_delivery\" (\"seq\", \"state\", \"attempts\", \"next_attempt_at\", "
                + "\"updated_at\") values (?, 'PENDING', 0, ?, ?)");
        List<Product> ps = shop.products;
        totals = BillCalculator.totals(List.of(
                new BillCalculator.Line(1, ps.get(0).unitPrice(), ps.get(0).taxRateBp()),
                new BillCalculator.Line(2, ps.get(1).unitPrice(), ps.get(1).taxRateBp()),
                new BillCalculator.Line(3, ps.get(2).unitPrice(), ps.get(2).taxRateBp())));
    }

    /** Writes one bill and commits; returns its local number. */
    public long save() throws SQLException {
        try {
            long now = System.currentTimeMillis();
            String id = UUID.randomUUID().toString();
            claim.setString(1, counterScope);
            long number;
            try (ResultSet r = claim.executeQuery()) {
                r.next();
                number = r.getLong(1);
            }
            bill.setString(1, id);
            bill.setString(2, shop.cashier.shopId());
            bill.setString(3, shop.cashier.deviceId());
            bill.setString(4, shop.cashier.userId());
            bill.setLong(5, number);
            bill.setString(6, "T1-" + String.format(Locale.ROOT, "%06d", number));
            bill.setLong(7, totals.subtotal());
            bill.setLong(8, totals.tax());
            bill.setLong(9, totals.total());
            bill.setLong(10, totals.total());
            bill.setLong(11, now);
            bill.executeUpdate();
            for (int i = 0; i < 3; i++) {
                Product p = shop.products.get(i);
                BillCalculator.LineTotals t = totals.lines().get(i);
                item.setString(1, id);
                item.setInt(2, i + 1);
                item.setString(3, p.id());
                item.setString(4, p.sku());
                item.setString(5, p.name());
                item.setLong(6, i + 1);
                item.setLong(7, p.unitPrice());
                item.setInt(8, p.taxRateBp());
                item.setLong(9, t.subtotal());
                item.setLong(10, t.tax());
                item.setLong(11, t.total());
                item.addBatch();
                stock.setLong(1, i + 1);
                stock.setLong(2, now);
                stock.setString(3, shop.cashier.shopId());
                stock.setString(4, p.id());
                stock.addBatch();
            }
            item.executeBatch();
            stock.executeBatch();
            payment.setString(1, id);
            payment.setLong(2, totals.total());
            payment.setLong(3, totals.total());
            payment.executeUpdate();
            java.util.Map<Integer, long[]> byRate = new java.util.TreeMap<>();
            for (int i = 0; i < 3; i++) {
                long[] sum = byRate.computeIfAbsent(shop.products.get(i).taxRateBp(), r -> new long[2]);
                sum[0] += totals.lines().get(i).subtotal();
                sum[1] += totals.lines().get(i).tax();
            }
            for (var r : byRate.entrySet()) {
                tax.setString(1, id);
                tax.setInt(2, r.getKey());
                tax.setLong(3, r.getValue()[0]);
                tax.setLong(4, r.getValue()[1]);
                tax.addBatch();
            }
            tax.executeBatch();
            if (!queueRows) {
                c.commit();
                return number;
            }
            queue.setString(1, UUID.randomUUID().toString());
            queue.setString(2, "bill:" + id);
            queue.setString(3, id);
            queue.setString(4, "{\"id\":\"" + id + "\",\"pad\":\"" + PAYLOAD_PAD + "\"}");
            queue.setString(5, "product:" + shop.products.get(0).id() + ",product:" + shop.products.get(1).id()
                    + ",product:" + shop.products.get(2).id());
            queue.setString(6, shop.cashier.userId());
            queue.setLong(7, now);
            long seq;
            try (ResultSet r = queue.executeQuery()) {
                r.next();
                seq = r.getLong(1);
            }
            delivery.setLong(1, seq);
            delivery.setLong(2, now);
            delivery.setLong(3, now);
            delivery.executeUpdate();
            c.commit();
            return number;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        c.setAutoCommit(true);
        c.close();
    }
}
