package shopdesk.bench.client;

import static shopdesk.bench.report.Report.f0;
import static shopdesk.bench.report.Report.f1;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import shopdesk.bench.report.Report;

/**
 * Section 5: the Swing till in fresh JVMs with default options, as {@code scripts/run} starts it (ClientProbe),
 * under {@code xvfb-run} when there is no DISPLAY.
 */
public final class ClientSection {
    private static final String PROBE = "shopdesk.bench.client.ClientProbe";

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
        Map<String, String> prepared = probe("prepare", dir.toString());
        if (!prepared.containsKey("prepared")) throw new IllegalStateException("client set-up failed: " + prepared);
        Map<String, String> r = probe("measure", dir.toString(), Integer.toString(bills), Long.toString(budgetS));
        if (r.containsKey("error")) throw new IllegalStateException("client probe failed: " + r.get("error"));
        double toLogin = Double.parseDouble(r.get("toLoginMs"));
        double toSale = Double.parseDouble(r.get("toSaleMs"));
        double login = Double.parseDouble(r.get("loginMs"));
        int rung = Integer.parseInt(r.get("bills"));
        double rssMb = Long.parseLong(r.get("rssKb")) / 1024.0;
        double hwmMb = Long.parseLong(r.get("hwmKb")) / 1024.0;
        double heapMb = Long.parseLong(r.get("heapUsedKb")) / 1024.0;
        double committedMb = Long.parseLong(r.get("heapCommittedKb")) / 1024.0;
        b.append("A standalone till (SQLite, synchronous=FULL) set up through its first-run window, then started in a "
                + "fresh JVM with default options (as `scripts/run` does) under ")
                .append(System.getenv("DISPLAY") == null ? "Xvfb" : "the display " + System.getenv("DISPLAY"))
                .append(". Times are from JVM start. The login is typed programmatically, so *launch to sale screen* = "
                + "start-up + the login's own work (PBKDF2 check, session, building the work tabs), without human "
                + "typing. Then bills are rung up through the sale screen itself (scan a barcode, Cash F5, Complete, "
                + "close the receipt dialog), one item each; memory is read from /proc after a GC.\n\n");
        b.append("| Figure | Value | Target | Met |\n|---|---|---|---|\n");
        b.append("| Launch to login screen | ").append(f0(toLogin)).append(" ms | | |\n");
        b.append("| Login to sale screen | ").append(f0(login)).append(" ms | | |\n");
        boolean launchMet = toSale < 3000;
        b.append("| Launch to interactive sale screen | ").append(f0(toSale)).append(" ms | < 3,000 ms | ")
                .append(launchMet ? "yes" : "**no**").append(" |\n");
        b.append("| Bills rung up through the sale screen | ").append(rung).append(" (")
                .append(f1(Double.parseDouble(r.get("perBillMs")))).append(" ms each, incl. receipt dialog) | ")
                .append(bills).append(" | ").append(rung == bills ? "yes" : "**no** (time budget " + budgetS + " s)").append(" |\n");
        boolean memMet = rssMb < 300;
        b.append("| Resident memory (RSS) after them | ").append(f0(rssMb)).append(" MB (peak ").append(f0(hwmMb))
                .append(" MB; heap used ").append(f0(heapMb)).append(" MB of ").append(f0(committedMb))
                .append(" MB committed) | < 300 MB | ").append(memMet ? "yes" : "**no**").append(" |\n");
        report.verdict("Till: launch to sale screen < 3 s", f0(toSale) + " ms (login screen at " + f0(toLogin) + " ms)",
                launchMet, null);
        report.verdict("Till: memory after " + rung + " bills < 300 MB", f0(rssMb) + " MB RSS", memMet,
                rung == bills ? null : "only " + rung + " of " + bills + " bills within the time budget");
        report.section(b.toString());
    }

    /**
     * The till's own self-contained jar when it is built (as scripts/run starts it) plus bench's classes for the
     * probe; else bench's class path.
     */
    static String classPath() {
        String bench = System.getProperty("java.class.path");
        File[] jars = new File("client/target").listFiles((d, n) -> n.startsWith("shopdesk-client-") && n.endsWith("-all.jar"));
        if (jars == null || jars.length == 0) return bench;
        String own = bench.split(File.pathSeparator)[0]; // bench/target/classes, first on scripts/bench's class path
        return jars[0].getPath() + File.pathSeparator + own;
    }

    private static Map<String, String> probe(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            cmd.add("xvfb-run");
            cmd.add("-a");
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dshopdesk.log.dir=" + Path.of(args[1], "logs")); // as TillApp sets it, for the till's log file
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(PROBE);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("RESULT ")) continue;
                for (String kv : line.substring(7).split(" ")) {
                    int i = kv.indexOf('=');
                    if (i > 0) out.put(kv.substring(0, i), kv.substring(i + 1));
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
        return out;
    }

}
