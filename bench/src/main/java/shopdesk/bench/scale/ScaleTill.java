package shopdesk.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import shopdesk.bench.till.TillShop;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.protocol.BillStatus;

/**
 * A till database after a long time in service: 1,000,000 bills (one item and one payment each, 30% with one
 * of 20,000 customers, spread over a year) and 100,000 SyncQueue entries (the newest bills' CREATE_BILL:
 * 60,000 PENDING, 35,000 DONE, 3,000 RETRY_WAIT, 1,500 CONFLICT, 500 FAILED). The schema comes from the
 * changelog (Database.open), the rows from plain JDBC in big transactions. The file is cached under
 * bench/target/scale and reused while the change sets that create its tables are unchanged. No ANALYZE: a till in service has none either.
 */
public final class ScaleTill {
    public static final int BILLS = 1_000_000;
    public static final int QUEUE = 100_000;
    public static final int CUSTOMERS = 20_000;
    static final String[] FIRST = {"Asha", "Ravi", "Meera", "John", "Fatima", "Chen", "Lakshmi", "Arjun", "Sara", "Kofi",
            "Priya", "Omar", "Anita", "Vikram", "Grace", "Ibrahim", "Nisha", "Tom", "Deepa", "Yusuf"};
    static final String[] LAST = {"Rao", "Sharma", "Iyer", "Smith", "Khan", "Wang", "Nair", "Patel", "Menon", "Mensah",
            "Reddy", "Ali", "Das", "Singh", "Brown", "Hassan", "Pillai", "Jones", "Gupta", "Ahmed"};

    private ScaleTill() {
    }

    /** The cached file, generated first if missing or made by an older changelog. */
    public static Path ensure(Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("till-1m.db");
        Path marker = dir.resolve("till-1m.done");
        String stamp = stamp();
        if (Files.exists(file) && Files.exists(marker) && Files.readString(marker).equals(stamp)) return file;
        for (String s : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(file + s));
        Files.deleteIfExists(marker);
        long t0 = System.nanoTime();
        generate(file);
        Files.writeString(marker, stamp);
        System.err.printf(Locale.ROOT, "scale: generated %s in %.0f s%n", file, (System.nanoTime() - t0) / 1e9);
        return file;
    }

    /**
     * Changes when the change sets that create the tables the generator writes to do (their files' sizes), so such
     * a change regenerates the cache. Later change sets (indexes, columns, a schema version bump) are applied to
     * the cached file by Database.open like on a till in service, so they keep the 1,000,000 bills reusable.
     */
    private static String stamp() {
        StringBuilder b = new StringBuilder("v2");
        for (String f : new String[] {"db/changes/001-core.yaml", "db/changes/002-till.yaml"}) {
            try (var in = ScaleTill.class.getClassLoader().getResourceAsStream(f)) {
                b.append(':').append(in == null ? -1 : in.readAllBytes().length);
            } catch (IOException e) {
                b.append(":?");
            }
        }
        return b.toString();
    }

    private static void generate(Path file) throws SQLException {
        try (Database db = Database.open(DatabaseConfig.sqlite(file, SchemaContext.TILL))) {
            TillShop.create(db, Clock.systemUTC());
        }
        Random rnd = new Random(42);
        long yearAgo = 1_760_000_000_000L;
        long step = 31_536_000_000L / BILLS; // one bill every ~31 s over a year
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("pragma synchronous = off");
                s.execute("pragma cache_size = -200000");
            }
            c.setAutoCommit(false);
            String shop = TillShop.SHOP;
            String device = TillShop.DEVICE;
            String user;
            String product;
            try (Statement s = c.createStatement()) {
                var r = s.executeQuery("select id from app_user limit 1");
                r.next();
                user = r.getString(1);
                r = s.executeQuery("select id from product order by sku limit 1");
                r.next();
                product = r.getString(1);
            }
            String[] customers = new String[CUSTOMERS];
            try (PreparedStatement ps = c.prepareStatement("insert into customer (id, shop_id, name, name_search, phone, "
                    + "version, created_at, updated_at) values (?, ?, ?, ?, ?, 1, ?, ?)")) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    customers[i] = uuid(rnd);
                    String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " " + i;
                    ps.setString(1, customers[i]);
                    ps.setString(2, shop);
                    ps.setString(3, name);
                    ps.setString(4, name.toLowerCase(Locale.ROOT));
                    ps.setString(5, String.format(Locale.ROOT, "98%08d", i));
                    ps.setLong(6, yearAgo);
                    ps.setLong(7, yearAgo);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            PreparedStatement bill = c.prepareStatement("insert into bill (id, shop_id, device_id, user_id, customer_id, "
                    + "local_number, local_label, server_number, status, subtotal, tax_total, total, paid_total, change_due, "
                    + "sync_state, version, client_created_at, server_created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 1, ?, ?)");
            PreparedStatement item = c.prepareStatement("insert into bill_item (bill_id, line_no, product_id, sku, name, "
                    + "quantity, unit_price, tax_rate_bp, line_subtotal, line_tax, line_total) "
                    + "values (?, 1, ?, 'SKU-1', 'Bench product 1', ?, 4999, 1800, ?, ?, ?)");
            PreparedStatement pay = c.prepareStatement("insert into payment (bill_id, line_no, method, amount, tendered, "
                    + "reference) values (?, 1, 'CASH', ?, ?, null)");
            PreparedStatement queue = c.prepareStatement("insert into sync_queue (seq, request_id, stream_key, stream_seq, "
                    + "entity_type, entity_id, action, payload, payload_version, base_version, depends_on, user_id, created_at) "
                    + "values (?, ?, ?, 1, 'bill', ?, 'CREATE_BILL', ?, 1, null, ?, ?, ?)");
            PreparedStatement delivery = c.prepareStatement("insert into sync_delivery (seq, state, attempts, "
                    + "next_attempt_at, last_error, updated_at) values (?, ?, ?, ?, ?, ?)");
            String pad = "x".repeat(380);
            int firstQueued = BILLS - QUEUE + 1;
            for (int n = 1; n <= BILLS; n++) {
                String id = uuid(rnd);
                long at = yearAgo + n * step;
                long qty = 1 + rnd.nextInt(5);
                long sub = 4999 * qty;
                long tax = (sub * 1800 + 5000) / 10000;
                boolean queued = n >= firstQueued;
                int q = n - firstQueued; // 0.. QUEUE-1, oldest first
                String state = !queued ? null : q < 35_000 ? "DONE" : q < 36_500 ? "CONFLICT" : q < 37_000 ? "FAILED"
                        : q < 40_000 ? "RETRY_WAIT" : "PENDING";
                boolean synced = !queued || "DONE".equals(state);
                bill.setString(1, id);
                bill.setString(2, shop);
                bill.setString(3, device);
                bill.setString(4, user);
                bill.setString(5, rnd.nextInt(10) < 3 ? customers[rnd.nextInt(CUSTOMERS)] : null);
                bill.setLong(6, n);
                bill.setString(7, String.format(Locale.ROOT, "T1-%06d", n));
                if (synced) bill.setLong(8, n); else bill.setNull(8, java.sql.Types.BIGINT);
                bill.setString(9, (rnd.nextInt(100) == 0 ? BillStatus.VOIDED : BillStatus.COMPLETED).code());
                bill.setLong(10, sub);
                bill.setLong(11, tax);
                bill.setLong(12, sub + tax);
                bill.setLong(13, sub + tax);
                bill.setString(14, (synced ? BillSyncState.SYNCED : BillSyncState.PENDING).name());
                bill.setLong(15, at);
                if (synced) bill.setLong(16, at + 2_000); else bill.setNull(16, java.sql.Types.BIGINT);
                bill.addBatch();
                item.setString(1, id);
                item.setString(2, product);
                item.setLong(3, qty);
                item.setLong(4, sub);
                item.setLong(5, tax);
                item.setLong(6, sub + tax);
                item.addBatch();
                pay.setString(1, id);
                pay.setLong(2, sub + tax);
                pay.setLong(3, sub + tax);
                pay.addBatch();
                if (queued) {
                    long seq = q + 1;
                    queue.setLong(1, seq);
                    queue.setString(2, uuid(rnd));
                    queue.setString(3, "bill:" + id);
                    queue.setString(4, id);
                    queue.setString(5, "{\"id\":\"" + id + "\",\"pad\":\"" + pad + "\"}");
                    queue.setString(6, "product:" + product);
                    queue.setString(7, user);
                    queue.setLong(8, at);
                    queue.addBatch();
                    delivery.setLong(1, seq);
                    delivery.setString(2, state);
                    delivery.setInt(3, "PENDING".equals(state) ? 0 : 1);
                    delivery.setLong(4, at + ("RETRY_WAIT".equals(state) ? 60_000 : 0));
                    delivery.setString(5, "DONE".equals(state) || "PENDING".equals(state) ? null : "bench: " + state);
                    delivery.setLong(6, at);
                    delivery.addBatch();
                }
                if (n % 20_000 == 0 || n == BILLS) {
                    bill.executeBatch();
                    item.executeBatch();
                    pay.executeBatch();
                    queue.executeBatch();
                    delivery.executeBatch();
                    c.commit();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("update number_counter set last_number = " + BILLS + " where scope = 'device:" + device + "'");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("pragma wal_checkpoint(truncate)");
            }
        }
    }

    private static String uuid(Random rnd) {
        return new UUID(rnd.nextLong(), rnd.nextLong()).toString();
    }
}
