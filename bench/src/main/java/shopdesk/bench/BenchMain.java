package shopdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shopdesk.bench.billsave.BillSaveProfiler;
import shopdesk.bench.billsave.BillSaveSection;
import shopdesk.bench.client.ClientSection;
import shopdesk.bench.drain.DrainProfiler;
import shopdesk.bench.drain.DrainSection;
import shopdesk.bench.drain.FourTillsSection;
import shopdesk.bench.machine.Machine;
import shopdesk.bench.report.Report;
import shopdesk.bench.scale.OutboxSyncCentreProbe;
import shopdesk.bench.scale.ScaleSection;
import shopdesk.bench.till.BenchDatabases;
import shopdesk.bench.till.Engine;

/**
 * Runs every benchmark in one process (JMH forks its own JVMs for the bill save) and writes docs/BENCHMARKS.md:
 * the machine, a verdict per target, then each benchmark's figures beside the baseline measured in the same run.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /** One part of the run; a failing section is reported in the document instead of stopping the run. */
    interface Section {
        void run() throws Exception;
    }

    public static void main(String[] args) throws IOException {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Path out = Path.of(System.getProperty("bench.out", "docs/BENCHMARKS.md"));
        Instant started = Instant.now();
        String loadAtStart = Machine.loadAverage();
        Report report = new Report();
        List<String> failures = new ArrayList<>();

        BillSaveSection billSave = new BillSaveSection();
        run("billsave", settings, failures, () -> billSave.run(settings, report));
        run("profile", settings, failures, () -> report.section("### Where BillService's time goes\n\n"
                + BillSaveProfiler.profile(Engine.SQLITE_FULL, settings.quick() ? 300 : 1000, settings.quick() ? 200 : 500)
                + "\n" + BillSaveProfiler.profile(Engine.POSTGRES, settings.quick() ? 300 : 1000, settings.quick() ? 200 : 500)));
        run("scale", settings, failures, () -> new ScaleSection(OutboxSyncCentreProbe::new)
                .run(Path.of(System.getProperty("bench.cache", "bench/target/scale")), settings.quick(), report));
        DrainSection drain = new DrainSection();
        run("drain", settings, failures, () -> drain.drain(settings, report));
        run("drain-profile", settings, failures, () -> report.section("### Where a drained bill's time goes (server)\n\n"
                + DrainProfiler.profile(Engine.POSTGRES, settings.quick() ? 200 : 500)));
        run("load", settings, failures, () -> new FourTillsSection(drain).load(settings.quick(), report));
        run("client", settings, failures, () -> new ClientSection().run(BenchDatabases.scratch(), settings.quick(), report));

        Instant finished = Instant.now();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, document(settings, report, failures, started, finished, loadAtStart));
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    private static void run(String name, BenchSettings settings, List<String> failures, Section section) {
        if (!settings.runs(name)) return;
        long t0 = System.nanoTime();
        System.err.println("== bench section " + name + " (load " + Machine.loadAverage() + ")");
        try {
            section.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            failures.add(name + ": " + e);
        }
        System.err.printf(Locale.ROOT, "== bench section %s took %.0f s%n", name, (System.nanoTime() - t0) / 1e9);
    }

    private static String document(BenchSettings settings, Report report, List<String> failures, Instant started,
                                   Instant finished, String loadAtStart) {
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
        StringBuilder b = new StringBuilder("# ShopDesk benchmarks\n\n");
        b.append("Written by `scripts/bench` (module `bench`); rerun it to refresh this page. Every figure is put "
                + "beside a baseline measured in the same run on the same machine, so a slowdown shows as a ratio "
                + "rather than as a number to remember. Run it with `scripts/bench` (about 7-13 minutes on 2 cores; "
                + "`-Dbench.quick=true` for a rough harness check, `-Dbench.only=billsave,profile,scale,drain,drain-profile,load,client` "
                + "for some sections). Benchmarks never run in `mvn verify`.\n\n");
        b.append("## Machine and run\n\n");
        b.append("- Date: ").append(fmt.format(started)).append(" (run took ")
                .append((finished.getEpochSecond() - started.getEpochSecond()) / 60).append(" min ")
                .append((finished.getEpochSecond() - started.getEpochSecond()) % 60).append(" s)")
                .append(settings.quick() ? " — **quick mode: short iterations, figures are rough**" : "").append("\n");
        b.append("- CPU: ").append(Machine.cpuModel()).append(", ").append(Machine.cores()).append(" cores visible to the JVM\n");
        b.append("- RAM: ").append(Machine.ram()).append("\n");
        b.append("- JDK: ").append(Machine.jdk()).append("\n");
        b.append("- OS: ").append(Machine.os()).append("\n");
        b.append("- PostgreSQL: ").append(BenchDatabases.postgresSettings()).append(" (").append(
                BenchDatabases.postgresBaseUrl().replaceAll("\\?.*", "")).append(")\n");
        b.append("- Load average (1/5/15 min) at start: ").append(loadAtStart).append("; at end: ")
                .append(Machine.loadAverage()).append("\n\n");
        b.append("## Targets\n\n").append(report.verdictTable()).append("\n");
        if (!failures.isEmpty()) {
            b.append("**Sections that failed in this run:**\n\n");
            failures.forEach(f -> b.append("- ").append(f).append("\n"));
            b.append("\n");
        }
        report.sections().forEach(s -> b.append(s).append("\n"));
        Path analysis = Path.of("bench", "ANALYSIS.md");
        if (Files.exists(analysis)) {
            try {
                b.append(Files.readString(analysis));
            } catch (IOException e) {
                b.append("(bench/ANALYSIS.md could not be read: ").append(e.getMessage()).append(")\n");
            }
        }
        return b.toString();
    }
}
