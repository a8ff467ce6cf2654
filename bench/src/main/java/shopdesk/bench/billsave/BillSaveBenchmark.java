package shopdesk.bench.billsave;

import java.sql.SQLException;
import java.time.Clock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import shopdesk.bench.till.BenchDatabases;
import shopdesk.bench.till.Engine;
import shopdesk.bench.till.TillRecorders;
import shopdesk.bench.till.TillShop;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.SchemaContext;

/**
 * Saving one bill (3 items, 3 stock decrements, 1 payment, 1 SyncQueue entry), one at a time as a cashier does:
 * through dal's BillService, and as the bare-minimum plain-JDBC transaction. Each trial starts on a fresh,
 * migrated till database. Sample-time mode gives the latency distribution; bills/s is 1 / mean.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MICROSECONDS)
public class BillSaveBenchmark {

    @State(Scope.Benchmark)
    public static class ServiceState {
        @Param({"SQLITE_FULL", "SQLITE_NORMAL", "H2", "POSTGRES"})
        public Engine engine;

        Database db;
        TillRecorders.Recorder recorder;
        BillService bills;
        TillShop shop;
        BillDraft draft;

        @Setup(Level.Trial)
        public void open() {
            db = BenchDatabases.open(engine, SchemaContext.TILL);
            shop = TillShop.create(db, Clock.systemUTC());
            recorder = TillRecorders.forTill(db, shop, Clock.systemUTC());
            bills = new BillService(db, recorder.recorder(), Clock.systemUTC());
            draft = shop.draft();
            warmUp(() -> bills.create(shop.cashier, draft));
        }

        @TearDown(Level.Trial)
        public void close() {
            recorder.close();
            BenchDatabases.dispose(db);
        }
    }

    @State(Scope.Benchmark)
    public static class PlainState {
        @Param({"SQLITE_FULL", "SQLITE_NORMAL", "H2", "POSTGRES"})
        public Engine engine;

        Database db;
        PlainBillWriter writer;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            db = BenchDatabases.open(engine, SchemaContext.TILL);
            TillShop shop = TillShop.create(db, Clock.systemUTC());
            writer = new PlainBillWriter(db.dataSource().getConnection(), engine.dialect, shop);
            warmUp(writer::save);
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            writer.close();
            BenchDatabases.dispose(db);
        }
    }

    /** One bill saved, for the warm-up. */
    interface Save {
        Object run() throws Exception;
    }

    /**
     * JMH's warm-up is timed, and at a few hundred bills a second a few seconds do not get jOOQ, the JDBC driver and
     * (in-process) H2 compiled by the JIT: save WARM_UP_BILLS bills first (at most WARM_UP_SECONDS) so that both
     * sides are measured warm.
     */
    static void warmUp(Save save) {
        int bills = Integer.getInteger("bench.warmup.bills", 1000);
        long deadline = System.nanoTime() + Long.getLong("bench.warmup.seconds", 15L) * 1_000_000_000L;
        try {
            for (int i = 0; i < bills && System.nanoTime() < deadline; i++) save.run();
        } catch (Exception e) {
            throw new IllegalStateException("Warm-up failed: " + e.getMessage(), e);
        }
    }

    @Benchmark
    public Bill billService(ServiceState s) {
        return s.bills.create(s.shop.cashier, s.draft);
    }

    @Benchmark
    public long plainJdbc(PlainState s) throws SQLException {
        return s.writer.save();
    }
}
