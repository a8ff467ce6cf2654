package shopdesk.bench.drain;

import static shopdesk.bench.report.Report.f0;
import static shopdesk.bench.report.Report.f2;
import static shopdesk.bench.report.Report.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** Section 3: 4 tills at once into 1 and 2 server instances on one PostgreSQL, against section 2's one-till drain. */
public final class FourTillsSection {
    private final DrainSection oneTill;

    /** Bills pushed by another till into each server instance before the four tills (section 3). */
    static final int WARM_UP_BILLS = 2_000;

    public FourTillsSection(DrainSection oneTill) {
        this.oneTill = oneTill;
    }

    /** 4 tills drained together: all bills per second, how busy the CPUs were, the JIT's share of them. */
    private record Together(double rate, double busy, double jit, Map<String, Double> cpu) {
        String describe() {
            return f0(rate) + " (CPUs " + percent(busy) + ", JIT " + percent(jit) + ")";
        }
    }

    /** Bills per till in an unmeasured round of 4 tills together (section 3). */
    static final int TOGETHER_WARM_UP_BILLS = 1_000;

    public void load(boolean quick, Report report) throws Exception {
        int perTill = quick ? 250 : 2_500;
        int tills = 4;
        int judgedRounds = DrainSection.roundsPerEngine(quick);
        StringBuilder b = new StringBuilder("## 3. Four tills at once\n\n");
        b.append(tills).append(" tills of one shop, ").append(String.format("%,d", perTill)).append(" queued bills each, "
                + "drain at the same moment (one thread each, all in this JVM) into 1 and into 2 server instances on "
                + "one PostgreSQL (tills split evenly over the instances). Each configuration starts on a new database: each instance is first warmed with " + String.format("%,d", WARM_UP_BILLS) + " unmeasured bills from one till, then 4 tills of " + String.format("%,d", quick ? perTill : TOGETHER_WARM_UP_BILLS) + " bills each drain together unmeasured until the JIT compiler took less than " + percent(DrainSection.JIT_SETTLED) + " of the CPUs in such a round (1 to " + maxTogetherWarmUp(quick) + " rounds: 4 tills at once run code paths one till does not, and a measured round of 2 seconds in which C2 still compiles them measures the compiler). Rate = all bills ÷ wall time until the last "
                + "till is done; the judged configuration is measured " + judgedRounds + " times (median), the others once. Baseline: the one-till drain rate on PostgreSQL from section 2. The target is judged on "
                + "the one-shop row with 2 instances (all bills of one shop share its counter and stock rows); the last "
                + "row, 4 tills of 4 different shops, is for comparison only (a real server serves many shops).\n\n");
        b.append("| Server instances | Shops | Bills/s, 4 tills together | ÷ one-till drain rate | CPUs busy | of which JIT |\n|---|---|---|---|---|---|\n");
        List<String> roundLines = new ArrayList<>();
        OneTillBaseline baseline = oneTill.postgresBaseline();
        Double single = baseline == null ? null : baseline.rate();
        double twoInstances = 0;
        Map<String, Double> judgedCpu = Map.of();
        for (int[] run : new int[][] {{1, 1}, {2, 1}, {2, tills}}) {
            int instances = run[0];
            int shops = run[1];
            boolean judged = instances == 2 && shops == 1;
            DatabaseConfig cfg = BenchDatabases.config(Engine.POSTGRES, SchemaContext.CLOUD);
            try (CloudShop cloud = new CloudShop(cfg, instances)) {
                warmUp(cloud, instances);
                List<CloudShop> shopOf = new ArrayList<>();
                for (int i = 0; i < tills; i++) shopOf.add(shops == 1 || i == 0 ? cloud : cloud.anotherShop(i + 1));
                List<Together> warmUp = new ArrayList<>();
                do {
                    warmUp.add(together(cloud, shopOf, instances, quick ? perTill : TOGETHER_WARM_UP_BILLS, "W" + warmUp.size()));
                } while (warmUp.size() < maxTogetherWarmUp(quick) && !(warmUp.get(warmUp.size() - 1).jit() < DrainSection.JIT_SETTLED));
                List<Together> measured = new ArrayList<>();
                for (int round = 0; round < (judged ? judgedRounds : 1); round++) {
                    measured.add(together(cloud, shopOf, instances, perTill, "M" + round));
                }
                Together median = Rounds.medianBy(measured, Together::rate);
                if (judged) {
                    twoInstances = median.rate();
                    judgedCpu = median.cpu();
                }
                b.append("| ").append(instances).append(" | ").append(shops).append(" | ").append(f0(median.rate())).append(" | ")
                        .append(single == null ? "n/a" : f2(median.rate() / single)).append(" | ").append(percent(median.busy()))
                        .append(" | ").append(percent(median.jit())).append(" |\n");
                roundLines.add("- " + instances + (instances == 1 ? " instance, " : " instances, ") + shops
                        + (shops == 1 ? " shop" : " shops") + ": warm-up " + warmUp.stream().map(Together::describe)
                        .collect(java.util.stream.Collectors.joining(", ")) + "; measured " + measured.stream()
                        .map(Together::describe).collect(java.util.stream.Collectors.joining(", ")) + "\n");
            } finally {
                BenchDatabases.dispose(cfg);
            }
        }
        b.append("\nEach round (bills/s):\n\n");
        roundLines.forEach(b::append);
        Map<String, Double> singleCpu = baseline == null ? Map.of() : baseline.cpu();
        if (!judgedCpu.isEmpty() && !singleCpu.isEmpty()) {
            b.append("\nWhere the CPU went (user + system time from /proc: this JVM's threads by role, the tills' included, "
                    + "and every PostgreSQL process): one till (section 2's median round) ").append(CpuShares.describe(singleCpu))
                    .append("; 4 tills of one shop into 2 instances (median round) ").append(CpuShares.describe(judgedCpu))
                    .append(".\n");
        }
        Double singleBusy = baseline == null ? null : baseline.busy();
        String bound = null;
        if (singleBusy != null && !Double.isNaN(singleBusy)) {
            bound = "the one-till drain already kept the CPUs " + percent(singleBusy) + " busy: at the CPU per bill it "
                    + "cost there, 4 tills reach about " + f2(1 / singleBusy) + " × it with every CPU busy";
            b.append("\nFor scale: the tills, the server instances and PostgreSQL all share this machine's ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores, and ").append(bound)
                    .append(". Above that, running together cost less CPU per bill than one till alone (the one-till "
                            + "drain's JIT share included); below it, more.\n");
        }
        if (single != null) {
            boolean met = twoInstances >= 1.5 * single;
            report.verdict("4 tills into 2 server instances: ≥ 1.5 × one-till drain", f0(twoInstances) + " bills/s = "
                    + f2(twoInstances / single) + " × " + f0(single), met, met ? null : bound);
        }
        report.section(b.toString());
    }

    /** Unmeasured rounds of 4 tills together at most, per configuration. */
    static int maxTogetherWarmUp(boolean quick) {
        return quick ? 1 : 5;
    }

    /**
     * New tills (one per shop of {@code shopOf}) ring up {@code perTill} bills each, then drain together into the
     * instances; checks that every bill reached the server.
     */
    private static Together together(CloudShop cloud, List<CloudShop> shopOf, int instances, int perTill, String prefix)
            throws Exception {
        int tills = shopOf.size();
        List<QueuedTill> queued = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(tills);
        try {
            List<Future<QueuedTill>> made = new ArrayList<>();
            for (int i = 0; i < tills; i++) {
                String code = prefix + "T" + (i + 1);
                String url = cloud.url(i % instances);
                CloudShop shop = shopOf.get(i);
                made.add(pool.submit(() -> new QueuedTill(shop, code, url, perTill)));
            }
            for (Future<QueuedTill> f : made) queued.add(f.get());
            for (QueuedTill t : queued) t.open();
            int before = cloud.billCount();
            JitSettle.await(30_000); // the ring-up's compilations are not the drain's
            CpuBusy cpu = CpuBusy.start();
            CpuShares shares = CpuShares.start();
            JitTime jit = JitTime.start();
            long t0 = System.nanoTime();
            List<Future<DrainResult>> drains = new ArrayList<>();
            for (QueuedTill t : queued) drains.add(pool.submit(t::drain));
            for (int i = 0; i < tills; i++) DrainSection.check(drains.get(i).get(), perTill, queued.get(i).undelivered());
            double rate = tills * perTill / ((System.nanoTime() - t0) / 1e9);
            Together together = new Together(rate, cpu.busy(), jit.share(), shares.perBill(tills * perTill));
            int onServer = cloud.billCount() - before;
            if (onServer != tills * perTill) {
                throw new IllegalStateException("the server has " + onServer + " new bills, expected " + tills * perTill);
            }
            return together;
        } finally {
            pool.shutdownNow();
            for (QueuedTill t : queued) t.close();
        }
    }

    /** A short drain into each instance first, so the measured drain meets a server the JIT has warmed. */
    private static void warmUp(CloudShop cloud, int instances) {
        for (int i = 0; i < instances; i++) {
            try (QueuedTill warm = new QueuedTill(cloud, "W" + (i + 1), cloud.url(i), WARM_UP_BILLS)) {
                warm.open();
                DrainSection.check(warm.drain(), WARM_UP_BILLS, warm.undelivered());
            }
        }
    }
}
