package shopdesk.bench.client;

import static shopdesk.bench.report.Report.f0;
import static shopdesk.bench.report.Report.f1;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import shopdesk.bench.report.Report;

/**
 * Section 5: the Swing till in fresh JVMs, started the way {@code scripts/run} starts it
 * (ClientProbe), under {@code xvfb-run} when there is no DISPLAY. Two measured starts: the first after an install
 * or update, which records the class-data-sharing archive at exit as scripts/run does, and a later start that
 * maps it (what the cashier sees every morning), after which 1,000 bills are rung up and memory is read.
 */
public final class ClientSection {
    private static final String PROBE = "shopdesk.bench.client.ClientProbe";
    /** Bills the first start rings up, so that its archive holds the sale path's classes as a day's first bills would. */
    private static final int FIRST_START_BILLS = 20;
    /** The till's JVM options in {@code scripts/run} (keep the two equal). */
    static final List<String> TILL_JVM_OPTIONS = List.of("-Xms64m");

    public void run(Path scratch, boolean quick, Report report) throws Exception {
        int bills = quick ? 50 : 1000;
        long budgetS = quick ? 60 : 150;
        StringBuilder b = new StringBuilder("## 5. The till (Swing client)\n\n");
        try {
            Class.forName(PROBE);
            Class.forName("shopdesk.client.app.TillLauncher");
        } catch (ClassNotFoundException e) {
            b.append("Not measured in this run: the client module is not on bench's class path yet (" + e.getMessage() + ").\n");
            report.verdict("Till: launch to sale screen < 3 s", "not measured", null, "client not available to bench");
            report.verdict("Till: memory after 1,000 bills < 300 MB", "not measured", null, "client not available to bench");
            report.section(b.toString());
            return;
        }
        Path dir = scratch.resolve("till-client-" + System.nanoTime()).toAbsolutePath();
        Path archive = dir.resolveSibling(dir.getFileName() + ".jsa");
        Map<String, String> prepared = probe(List.of(), "prepare", dir.toString());
        if (!prepared.containsKey("prepared")) throw new IllegalStateException("client set-up failed: " + prepared);
        Start first = Start.of(probe(List.of("-XX:ArchiveClassesAtExit=" + archive),
                "measure", dir.toString(), Integer.toString(FIRST_START_BILLS), Long.toString(budgetS)));
        if (!Files.isRegularFile(archive)) throw new IllegalStateException("the first start left no class archive at " + archive);
        // -Xshare:on: a later start that could not map the archive fails instead of being measured as one that did
        Start later = Start.of(probe(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"),
                "measure", dir.toString(), Integer.toString(bills), Long.toString(budgetS)));
        b.append("A standalone till (SQLite, synchronous=FULL) set up through its first-run window, then started twice in "
                + "fresh JVMs with the options `scripts/run` gives it, under ")
                .append(System.getenv("DISPLAY") == null ? "Xvfb" : "the display " + System.getenv("DISPLAY"))
                .append(". The *first start* after an install or update loads every class from the jar and, as "
                + "`scripts/run` does, records them in a class-data-sharing archive when the till exits (it rings up ")
                .append(FIRST_START_BILLS).append(" bills first, so the sale path is in it); every *later start* maps "
                + "that archive (here with `-Xshare:on`, so a start that could not use it fails rather than being counted). "
                + "The target is judged on the later start, the one a cashier waits for every morning. Times are from JVM "
                + "start. The login is typed programmatically, so *launch to sale screen* = start-up + the login's own "
                + "work (PBKDF2 check, session, building the work tabs), without human typing. After the later start, "
                + "bills are rung up through the sale screen itself (scan a barcode, Cash F5, Complete, close the receipt "
                + "dialog), one item each; resident memory is read from /proc right after them (judged) and again after a "
                + "full collection. The till runs with `" + String.join(" ", TILL_JVM_OPTIONS) + "`, as `scripts/run` "
                + "starts it: without it the JVM reserves 1/64 of the machine's RAM as the initial heap (384 MB on 24 "
                + "GiB), and with the archive's quicker start G1 kept all of it, so RSS rose to about 430 MB for 15 MB "
                + "of live heap.\n\n");
        b.append("| Figure | First start (no archive yet) | Later start (archive) | Target | Met |\n|---|---|---|---|---|\n");
        b.append("| Launch to login screen | ").append(f0(first.toLoginMs)).append(" ms | ").append(f0(later.toLoginMs))
                .append(" ms | | |\n");
        b.append("| Login to sale screen | ").append(f0(first.loginMs)).append(" ms | ").append(f0(later.loginMs))
                .append(" ms | | |\n");
        boolean launchMet = later.toSaleMs < 3000;
        b.append("| Launch to interactive sale screen | ").append(f0(first.toSaleMs)).append(" ms | ")
                .append(f0(later.toSaleMs)).append(" ms | < 3,000 ms (later start) | ").append(launchMet ? "yes" : "**no**")
                .append(" |\n");
        b.append("| Bills rung up through the sale screen | ").append(first.bills).append(" | ").append(later.bills)
                .append(" (").append(f1(later.perBillMs)).append(" ms each, incl. receipt dialog) | ").append(bills)
                .append(" | ").append(later.bills == bills ? "yes" : "**no** (time budget " + budgetS + " s)").append(" |\n");
        boolean memMet = later.rssNowMb() < 300;
        b.append("| Resident memory (RSS) right after them | | ").append(f0(later.rssNowMb())).append(" MB (peak ")
                .append(f0(later.hwmMb())).append(" MB; after a full collection ").append(f0(later.rssMb()))
                .append(" MB, heap used ").append(f0(later.heapMb())).append(" MB of ").append(f0(later.committedMb()))
                .append(" MB committed) | < 300 MB | ").append(memMet ? "yes" : "**no**").append(" |\n");
        b.append(startupLog(dir, later.jvmStartMs));
        report.verdict("Till: launch to sale screen < 3 s", f0(later.toSaleMs) + " ms (login screen at "
                + f0(later.toLoginMs) + " ms)", launchMet, "later start; the first start after an install: "
                + f0(first.toSaleMs) + " ms");
        report.verdict("Till: memory after " + later.bills + " bills < 300 MB", f0(later.rssNowMb()) + " MB RSS", memMet,
                later.bills == bills ? null : "only " + later.bills + " of " + bills + " bills within the time budget");
        report.section(b.toString());
    }

    /** One measured start, as the probe reported it. */
    private record Start(long jvmStartMs, double toLoginMs, double toSaleMs, double loginMs, int bills, double perBillMs,
                         long rssNowKb, long rssKb, long hwmKb, long heapUsedKb, long heapCommittedKb) {
        static Start of(Map<String, String> r) {
            if (r.containsKey("error") || !r.containsKey("toSaleMs")) {
                throw new IllegalStateException("client probe failed: " + r.getOrDefault("error", r.toString()));
            }
            return new Start(Long.parseLong(r.get("jvmStartMs")), Double.parseDouble(r.get("toLoginMs")),
                    Double.parseDouble(r.get("toSaleMs")), Double.parseDouble(r.get("loginMs")),
                    Integer.parseInt(r.get("bills")), Double.parseDouble(r.get("perBillMs")), Long.parseLong(r.get("rssNowKb")), Long.parseLong(r.get("rssKb")),
                    Long.parseLong(r.get("hwmKb")), Long.parseLong(r.get("heapUsedKb")), Long.parseLong(r.get("heapCommittedKb")));
        }

        double rssNowMb() {
            return rssNowKb / 1024.0;
        }

        double rssMb() {
            return rssKb / 1024.0;
        }

        double hwmMb() {
            return hwmKb / 1024.0;
        }

        double heapMb() {
            return heapUsedKb / 1024.0;
        }

        double committedMb() {
            return heapCommittedKb / 1024.0;
        }
    }

    /** The till's own log lines of the measured start, with their time since JVM start: where start-up goes. */
    private static String startupLog(Path dir, long jvmStart) {
        Path log = dir.resolve("logs").resolve("till.log");
        StringBuilder b = new StringBuilder();
        try {
            for (String line : Files.readAllLines(log)) {
                if (line.length() < 23) continue;
                long at;
                try {
                    at = java.time.LocalDateTime.parse(line.substring(0, 23).replace(' ', 'T'))
                            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
                } catch (java.time.format.DateTimeParseException e) {
                    continue;
                }
                if (at < jvmStart) continue;
                b.append("    +").append(at - jvmStart).append(" ms  ").append(line.substring(24)).append('\n');
            }
        } catch (IOException e) {
            return "";
        }
        return b.length() == 0 ? "" : "\nThe till's own log during the later start (time since JVM start):\n\n" + b + "\n";
    }

    /**
     * The till's own self-contained jar when it is built (as scripts/run starts it) plus bench's jar for the probe
     * (jars only: a class-data-sharing archive does not take classes from a directory); else bench's class path.
     */
    static String classPath() {
        String bench = System.getProperty("java.class.path");
        File[] jars = new File("client/target").listFiles((d, n) -> n.startsWith("shopdesk-client-") && n.endsWith("-all.jar"));
        File[] own = new File("bench/target").listFiles((d, n) -> n.startsWith("shopdesk-bench-") && n.endsWith(".jar"));
        if (jars == null || jars.length == 0 || own == null || own.length == 0) return bench;
        return jars[0].getPath() + File.pathSeparator + own[0].getPath();
    }

    private static Map<String, String> probe(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            cmd.add("xvfb-run");
            cmd.add("-a");
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(TILL_JVM_OPTIONS);
        cmd.addAll(jvmOptions);
        cmd.add("-Xlog:cds=off");
        cmd.add("-Xlog:cds+dynamic=off");
        cmd.add("-Dshopdesk.log.dir=" + Path.of(args[1], "logs")); // as TillApp sets it, for the till's log file
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(PROBE);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> out = new HashMap<>();
        List<String> tail = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("RESULT ")) {
                    tail.add(line);
                    if (tail.size() > 5) tail.remove(0);
                    continue;
                }
                for (String kv : line.substring(7).split(" ")) {
                    int i = kv.indexOf('=');
                    if (i > 0) out.put(kv.substring(0, i), kv.substring(i + 1));
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
        if (out.isEmpty()) out.put("error", "the probe printed no result; its last lines: " + String.join(" | ", tail));
        return out;
    }

}
