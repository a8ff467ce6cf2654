package shopdesk.bench.billsave;

import static shopdesk.bench.report.Report.f0;
import static shopdesk.bench.report.Report.f2;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import shopdesk.bench.BenchSettings;
import shopdesk.bench.report.Report;
import shopdesk.bench.till.BenchDatabases;
import shopdesk.bench.till.Engine;

/** Runs {@link BillSaveBenchmark} under JMH and writes the bill-save figures and verdicts. */
public final class BillSaveSection {
    /** The per-engine figures, kept for the drain section (the server database's own bill-transaction rate). */
    public record Figures(double p50Micros, double p99Micros, double billsPerSecond, long samples) {
    }

    private final Map<Engine, Figures> ours = new EnumMap<>(Engine.class);
    private final Map<Engine, Figures> plain = new EnumMap<>(Engine.class);

    public Map<Engine, Figures> plainFigures() {
        return plain;
    }

    public void run(BenchSettings settings, Report report) throws RunnerException {
        Options opts = new OptionsBuilder()
                .include(BillSaveBenchmark.class.getName() + "\\.")
                .param("engine", settings.engines())
                .forks(1)
                .warmupIterations(1).warmupTime(TimeValue.seconds(settings.quick() ? 1 : 2))
                .measurementIterations(settings.quick() ? 2 : 3).measurementTime(TimeValue.seconds(settings.quick() ? 1 : 3))
                .jvmArgsAppend("-Xmx1g", "-Dbench.scratch=" + BenchDatabases.scratch().toAbsolutePath(),
                        "-Dbench.warmup.bills=" + (settings.quick() ? 300 : 1000),
                        "-Dbench.warmup.seconds=" + (settings.quick() ? 5 : 15))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        for (RunResult r : results) {
            Engine engine = Engine.valueOf(r.getParams().getParam("engine"));
            Statistics s = r.getPrimaryResult().getStatistics();
            Figures f = new Figures(s.getPercentile(50), s.getPercentile(99), 1e6 / s.getMean(), s.getN());
            (r.getParams().getBenchmark().endsWith("billService") ? ours : plain).put(engine, f);
        }
        write(report);
    }

    private void write(Report report) {
        StringBuilder b = new StringBuilder("## 1. Saving a bill\n\n");
        b.append("One bill of 3 items (3 stock decrements), 1 payment and its SyncQueue entry, saved one at a time "
                + "(JMH sample-time, 1 fork, fresh database per run, up to 1,000 unmeasured bills (15 s at most) before JMH's "
                + "own warm-up so the JIT has compiled the path; bills/s = 1 / mean latency). *Ours* is "
                + "`BillService.create` with the till's recorder; the *baseline* is the same rows written with plain "
                + "JDBC prepared statements (prepared once, items and stock updates batched) in one transaction.\n\n");
        b.append("| Engine | Ours p50 | Ours p99 | Ours bills/s | Baseline p50 | Baseline p99 | Baseline bills/s | Ratio (baseline ÷ ours) |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Engine e : Engine.values()) {
            Figures o = ours.get(e);
            Figures p = plain.get(e);
            if (o == null || p == null) continue;
            b.append("| ").append(e.label).append(" | ").append(f2(o.p50Micros / 1000)).append(" ms | ")
                    .append(f2(o.p99Micros / 1000)).append(" ms | ").append(f0(o.billsPerSecond)).append(" | ")
                    .append(f2(p.p50Micros / 1000)).append(" ms | ").append(f2(p.p99Micros / 1000)).append(" ms | ")
                    .append(f0(p.billsPerSecond)).append(" | ").append(f2(p.billsPerSecond / o.billsPerSecond)).append(" |\n");
        }
        report.section(b.toString());
        Figures o = ours.get(Engine.SQLITE_FULL);
        Figures p = plain.get(Engine.SQLITE_FULL);
        if (o != null && p != null) {
            double ratio = p.billsPerSecond / o.billsPerSecond;
            report.verdict("Bill save, SQLite FULL: p99 < 3 ms", f2(o.p99Micros / 1000) + " ms (baseline "
                    + f2(p.p99Micros / 1000) + " ms)", o.p99Micros < 3000, null);
            report.verdict("Bill save, SQLite FULL: baseline ÷ ours ≤ 1.5", f2(ratio) + " (" + f0(o.billsPerSecond)
                    + " vs " + f0(p.billsPerSecond) + " bills/s)", ratio <= 1.5, null);
        }
    }
}
