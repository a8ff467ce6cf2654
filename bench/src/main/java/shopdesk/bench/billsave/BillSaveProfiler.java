package shopdesk.bench.billsave;

import static shopdesk.bench.report.Report.f1;
import static shopdesk.bench.report.Report.f2;

import java.time.Clock;
import org.jooq.impl.DefaultExecuteListenerProvider;
import shopdesk.bench.till.BenchDatabases;
import shopdesk.bench.till.Engine;
import shopdesk.bench.till.TillRecorders;
import shopdesk.bench.till.TillShop;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.SchemaContext;

/**
 * Where a BillService bill's time goes: statements per bill and the time in each statement's execute, against
 * the whole call. Run after the JMH figures; its own overhead (a listener) is small but not zero.
 */
public final class BillSaveProfiler {
    private BillSaveProfiler() {
    }

    public static String profile(Engine engine, int warmup, int bills) {
        Database db = BenchDatabases.open(engine, SchemaContext.TILL);
        TillRecorders.Recorder recorder = null;
        try {
            TillShop shop = TillShop.create(db, Clock.systemUTC());
            recorder = TillRecorders.forTill(db, shop, Clock.systemUTC());
            BillService service = new BillService(db, recorder.recorder(), Clock.systemUTC());
            StatementProfile profile = new StatementProfile();
            db.dsl().configuration().set(new DefaultExecuteListenerProvider(profile));
            var draft = shop.draft();
            for (int i = 0; i < warmup; i++) service.create(shop.cashier, draft);
            profile.reset();
            long t0 = System.nanoTime();
            for (int i = 0; i < bills; i++) service.create(shop.cashier, draft);
            long total = System.nanoTime() - t0;
            StringBuilder b = new StringBuilder();
            b.append("Profile of `BillService.create` on ").append(engine.label).append(" (").append(bills)
                    .append(" bills after ").append(warmup).append(" warm-up bills, recorder: ").append(recorder.description())
                    .append("): ").append(f1((double) profile.statements() / bills)).append(" statements per bill (a JDBC batch counts once); ")
                    .append(f2(total / 1e6 / bills)).append(" ms per bill, of which ")
                    .append(f2(profile.executeNanos() / 1e6 / bills))
                    .append(" ms inside statement execution (the rest: transaction begin/commit incl. fsync, connection "
                            + "checkout, payload JSON). The statements are `JdbcStatement`s, SQL rendered once by jOOQ; while "
                            + "this profile's jOOQ listener is installed they run through jOOQ's plain-SQL API so that it sees "
                            + "them, so this profile's per-bill time is above the JMH figure.\n\n");
            b.append(profile.table("Statement (per bill)", bills));
            return b.toString();
        } finally {
            if (recorder != null) recorder.close();
            BenchDatabases.dispose(db);
        }
    }

    public static void main(String[] args) {
        Engine engine = Engine.valueOf(args.length > 0 ? args[0] : "SQLITE_FULL");
        int bills = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        System.out.println(profile(engine, bills, bills));
    }
}
