package shopdesk.bench.drain;

import static shopdesk.bench.report.Report.f0;
import static shopdesk.bench.report.Report.f1;
import static shopdesk.bench.report.Report.f2;
import static shopdesk.bench.report.Report.percent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import shopdesk.bench.BenchSettings;
import shopdesk.bench.machine.CpuBusy;
import shopdesk.bench.machine.CpuShares;
import shopdesk.bench.machine.JitSettle;
import shopdesk.bench.machine.JitTime;
import shopdesk.bench.report.Report;
import shopdesk.bench.till.BenchDatabases;
import shopdesk.bench.till.Engine;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.outbox.DrainResult;

/**
 * Section 2: one till drains its queue into the server, on H2 and PostgreSQL ({@link FourTillsSection} is section 3).
 */
public final class DrainSection {
    private final Map<Engine, Double> oneTillRate = new EnumMap<>(Engine.class);
    /** The machine's CPU busy fraction during the measured one-till drains (median). */
    private final Map<Engine, Double> oneTillBusy = new EnumMap<>(Engine.class);
    /** Where the CPU went in the measured one-till drain with the median rate ({@link CpuShares}). */
    private final Map<Engine, Map<String, Double>> oneTillCpu = new EnumMap<>(Engine.class);

    /**
     * One till's drain: bills per second, how busy the machine's CPUs were meanwhile, the JIT compiler's share of
     * them ({@link JitTime}), its first push body if asked.
     */
    private record Drained(double rate, double busy, double jit, Map<String, Double> cpu, byte[] pushBody) {
        String describe() {
            return f0(rate) + (Double.isNaN(jit) ? "" : " (JIT " + percent(jit) + ")");
        }
    }

    /** {@code -Dbench.engines} restricts the cloud databases too (for profiling one of them). */
    public void drain(BenchSettings settings, Report report) throws Exception {
        boolean quick = settings.quick();
        int bills = quick ? 1_000 : 10_000;
        StringBuilder b = new StringBuilder("## 2. Draining a day offline into the server\n\n");
        b.append(String.format("%,d", bills)).append(" bills rung up on one till while offline (SQLite, real Outbox "
                + "recorder), then pushed by `Outbox.drain` in batches of 50 to one ShopDesk server over loopback "
                + "(till reopened with synchronous=FULL), after warm-up rounds: tills of the same size drained unmeasured until the JIT compiler has settled, so the server and the push path meet the measured rounds compiled (a server runs for days). The warm-up goes on until one drain's compilations took less than " + percent(JIT_SETTLED) + " of the machine's time (the JVM's compilation time ÷ elapsed time × cores; at least " + MIN_WARM_UP + ", at most " + maxWarmUpRounds(quick) + " rounds; the *JIT* figures below): on 2 cores C2 was still compiling the server's code after 100,000 bills, and the drain into H2 rose round after round with it (1,753, 2,964, 2,966, 3,223, 4,032, 3,978, 5,099, 4,691, 4,423, 4,899, 4,725, 5,256, then 5,203-6,104 bills/s measured, in one experiment, while C2's time per bill fell from 534 to 19-32 µs). Before each drain the harness waits until the JIT has gone quiet, so the ring-up's compilations do not run during the drain. *End to end* = bills ÷ drain wall time, every bill applied "
                + "by the server (bill, items, conditional stock decrement, legal number, stored result in the same "
                + "transaction; a batch whose entries all apply is one transaction, otherwise one per entry) and marked "
                + "DONE on the till. Baselines in the same run: the *raw HTTP limit* = ")
                .append(bills / 50).append(" POSTs of the same size (the till's first push body) to a Javalin "
                + "endpoint that does nothing, ×50 bills each; the *server database's own bill-transaction rate* = "
                + "plain-JDBC bill transactions (bill, 3 items, 3 stock updates, payment, counter) one at a time "
                + "into the same cloud database (" + String.format("%,d", quick ? 300 : DB_RATE_BILLS) + " of them, or as many as 8 seconds allow, after 300 unmeasured; 2,000 swung by half from round to round), measured right after each "
                + "drain. " + roundsPerEngine(quick) + " rounds per database, each with a new till of "
                + String.format("%,d", bills) + " bills; the table gives the medians and the target is judged on "
                + "median drain ÷ median database rate. One round measured the JIT compiler as much as ShopDesk: on 2 "
                + "cores a profile of the drain put half of the process's CPU in C2 still compiling, and the database "
                + "rate alone rose from about 1,500 to 2,950 bills/s over ten repetitions in one process.\n\n");
        b.append("| Server database | Drain, bills/s | Raw HTTP limit, bills/s (POSTs/s) | Database bill rate, bills/s "
                + "| Drain ÷ HTTP limit | Drain ÷ database rate | Target ≥ 0.7 × database rate |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        List<String> roundLines = new ArrayList<>();
        for (Engine engine : new Engine[] {Engine.H2, Engine.POSTGRES}) {
            if (!settings.runs(engine)) continue;
            DatabaseConfig cfg = BenchDatabases.config(engine, SchemaContext.CLOUD);
            try (CloudShop cloud = new CloudShop(cfg, 1)) {
                List<Drained> warmUp = new ArrayList<>();
                while (!warmedUp(warmUp, quick)) warmUp.add(drainOneTill(cloud, "W" + (warmUp.size() + 1), bills, false));
                Rounds rounds = new Rounds();
                List<Double> busy = new ArrayList<>();
                List<Drained> measured = new ArrayList<>();
                byte[] body = null;
                for (int round = 1; round <= roundsPerEngine(quick); round++) {
                    Drained d = drainOneTill(cloud, "T" + round, bills, body == null);
                    if (body == null) body = d.pushBody();
                    measured.add(d);
                    double drain = d.rate();
                    busy.add(d.busy());
                    JitSettle.await(30_000);
                    rounds.add(drain, ServerDbRate.billsPerSecond(cloud, quick ? 300 : DB_RATE_BILLS, 300), d.jit());
                }
                double posts = RawHttpLimit.postsPerSecond(body, bills / 50, 100);
                double drain = rounds.medianDrain();
                double dbRate = rounds.medianDbRate();
                oneTillRate.put(engine, drain);
                oneTillBusy.put(engine, Rounds.median(busy.stream().mapToDouble(Double::doubleValue).toArray()));
                oneTillCpu.put(engine, Rounds.medianBy(measured, Drained::rate).cpu());
                boolean met = rounds.ratio() >= 0.7;
                b.append("| ").append(engine.label).append(" | ").append(f0(drain)).append(" | ")
                        .append(f0(posts * 50)).append(" (").append(f0(posts)).append(") | ").append(f0(dbRate))
                        .append(" | ").append(f2(drain / (posts * 50))).append(" | ").append(f2(rounds.ratio()))
                        .append(" | ").append(met ? "yes" : "**no**").append(" |\n");
                String cpu = CpuShares.describe(oneTillCpu.get(engine));
                roundLines.add("- " + engine.label + ": warm-up " + warmUp.stream().map(Drained::describe).collect(java.util.stream.Collectors.joining(", "))
                        + " bills/s; measured " + rounds.describe() + (cpu.isEmpty() ? "" : "; CPU in the median drain: " + cpu) + "\n");
                report.verdict("Drain into " + engine.label + ": ≥ 0.7 × the database's bill rate",
                        f0(drain) + " bills/s = " + f2(rounds.ratio()) + " × " + f0(dbRate) + " (medians of "
                                + rounds.all().size() + " rounds)", met, null);
                bodySize = body.length;
            } finally {
                BenchDatabases.dispose(cfg);
            }
        }
        b.append("\nEach round (bills/s, drain ÷ database rate):\n\n");
        roundLines.forEach(b::append);
        b.append("\nPush body: ").append(f1(bodySize / 1024.0)).append(" KiB per 50 bills.\n");
        report.section(b.toString());
    }

    private int bodySize;

    /** Bills per measurement of the database's own rate (2,000 swung by half from one round to the next). */
    static final int DB_RATE_BILLS = 10_000;

    /** The JIT compiler's share of the machine's CPU during a warm-up drain below which the JIT counts as settled. */
    static final double JIT_SETTLED = 0.10;
    /** Warm-up rounds at least (when the JIT's time is not reported: exactly this many). */
    static final int MIN_WARM_UP = 3;

    /** Warm-up rounds at most, so that a machine whose JIT never settles still finishes in time. */
    static int maxWarmUpRounds(boolean quick) {
        return quick ? 1 : 12;
    }

    /** Whether the unmeasured drains so far have warmed the JIT up (see {@link #JIT_SETTLED}). */
    static boolean warmedUp(List<Drained> warmUp, boolean quick) {
        if (warmUp.size() >= maxWarmUpRounds(quick)) return true;
        if (warmUp.size() < MIN_WARM_UP) return false;
        double jit = warmUp.get(warmUp.size() - 1).jit();
        return Double.isNaN(jit) || jit < JIT_SETTLED;
    }

    /**
     * A new till rings up {@code bills} while offline, then drains them into the cloud; returns the bills per second
     * of the drain alone, after checking that every bill reached the server, and the till's first push body when
     * {@code sampleBody}.
     */
    private static Drained drainOneTill(CloudShop cloud, String code, int bills, boolean sampleBody) {
        int before = cloud.billCount();
        Drained drained;
        try (QueuedTill till = new QueuedTill(cloud, code, cloud.url(0), bills)) {
            till.open();
            byte[] body = sampleBody ? till.samplePushBody() : null;
            JitSettle.await(30_000); // the ring-up's compilations are not the drain's
            CpuBusy cpu = CpuBusy.start();
            CpuShares shares = CpuShares.start();
            JitTime jit = JitTime.start();
            long t0 = System.nanoTime();
            DrainResult r = till.drain();
            double s = (System.nanoTime() - t0) / 1e9;
            drained = new Drained(bills / s, cpu.busy(), jit.share(), shares.perBill(bills), body);
            check(r, bills, till.undelivered());
        }
        int onServer = cloud.billCount() - before;
        if (onServer != bills) throw new IllegalStateException("the server has " + onServer + " new bills, expected " + bills);
        return drained;
    }

    /** Measured rounds per server database (medians judged); one in a quick run. */
    static int roundsPerEngine(boolean quick) {
        return quick ? 1 : 3;
    }

    /** Section 2's one-till drain on PostgreSQL, section 3's baseline; null when it did not run. */
    OneTillBaseline postgresBaseline() {
        Double rate = oneTillRate.get(Engine.POSTGRES);
        return rate == null ? null : new OneTillBaseline(rate, oneTillBusy.get(Engine.POSTGRES),
                oneTillCpu.getOrDefault(Engine.POSTGRES, Map.of()));
    }

    static void check(DrainResult r, int expected, int left) {
        if (left != 0 || r.needAttention() != 0) {
            throw new IllegalStateException("drain incomplete: " + r + ", " + left + " still undelivered (expected "
                    + expected + " sent)");
        }
    }
}
