package shopdesk.bench.drain;

import static shopdesk.bench.report.Report.f1;
import static shopdesk.bench.report.Report.f2;

import org.jooq.impl.DefaultExecuteListenerProvider;
import shopdesk.bench.billsave.StatementProfile;
import shopdesk.bench.till.BenchDatabases;
import shopdesk.bench.till.Engine;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;

/** Where a drained bill's time goes on the server: its statements per pushed bill and their execution time. */
public final class DrainProfiler {
    private DrainProfiler() {
    }

    public static String profile(Engine engine, int bills) {
        DatabaseConfig cfg = BenchDatabases.config(engine, SchemaContext.CLOUD);
        try (CloudShop cloud = new CloudShop(cfg, 1); QueuedTill till = new QueuedTill(cloud, "T1", cloud.url(0), bills)) {
            till.open();
            StatementProfile profile = new StatementProfile();
            cloud.database().dsl().configuration().set(new DefaultExecuteListenerProvider(profile));
            long t0 = System.nanoTime();
            till.drain();
            long total = System.nanoTime() - t0;
            StringBuilder b = new StringBuilder();
            b.append("Server side of a drain into ").append(engine.label).append(" (").append(bills).append(" bills): ")
                    .append(f1((double) profile.statements() / bills)).append(" statements per pushed bill; ")
                    .append(f2(total / 1e6 / bills)).append(" ms per bill end to end, of which ")
                    .append(f2(profile.executeNanos() / 1e6 / bills)).append(" ms inside the server's statements.\n\n");
            b.append(profile.table("Server statement (per pushed bill)", bills));
            return b.toString();
        } finally {
            BenchDatabases.dispose(cfg);
        }
    }

    public static void main(String[] args) {
        System.out.println(profile(Engine.valueOf(args.length > 0 ? args[0] : "POSTGRES"),
                args.length > 1 ? Integer.parseInt(args[1]) : 500));
    }
}
