package shopdesk.bench.machine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the CPU went between {@link #start()} and {@link #perBill}: this JVM's threads by what they do (the tills'
 * threads, their push senders and WAL checkpointers; the server's request threads; the JIT compiler, the garbage collector, the rest) and every local
 * PostgreSQL process, from /proc (Linux; user + system time). {@link CpuBusy} says how busy the machine was, this
 * says who kept it busy: the figure that tells a 4-till round that costs more CPU per bill than one till from one
 * that merely waits. Empty where /proc is not readable.
 */
public final class CpuShares {
    /** Groups in the order they are reported. */
    static final String TILLS = "tills";
    static final String SERVER = "server";
    static final String POSTGRES = "PostgreSQL";
    static final String JIT = "JIT";
    static final String GC = "GC";
    static final String OTHER = "other";

    private static final long TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the JVM runs on
    private final Map<String, Long> start;

    private CpuShares(Map<String, Long> start) {
        this.start = start;
    }

    public static CpuShares start() {
        return new CpuShares(read());
    }

    /** CPU microseconds per bill by group since {@link #start()}, in the groups' order; empty if unknown. */
    public Map<String, Double> perBill(int bills) {
        Map<String, Long> now = read();
        Map<String, Double> out = new LinkedHashMap<>();
        if (start.isEmpty() || now.isEmpty()) return out;
        for (String group : new String[] {TILLS, SERVER, POSTGRES, JIT, GC, OTHER}) out.put(group, 0.0);
        now.forEach((key, ticks) -> {
            long delta = ticks - start.getOrDefault(key, 0L);
            if (delta > 0) out.merge(key.substring(0, key.indexOf('/')), delta * 1e6 / TICKS_PER_SECOND / bills, Double::sum);
        });
        return out;
    }

    /** "tills 150, server 200, ..." in µs per bill, with the total; "" when unknown. */
    public static String describe(Map<String, Double> perBill) {
        if (perBill.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Double> e : perBill.entrySet()) {
            b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(Math.round(e.getValue()));
            total += e.getValue();
        }
        return Math.round(total) + " µs per bill (" + b + ")";
    }

    /** Ticks per "group/thread-or-process id". */
    private static Map<String, Long> read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String comm = readOrNull(task.resolve("comm"));
                Long t = cpuTicks(task);
                if (comm != null && t != null) ticks.put(groupOf(comm.trim()) + "/t" + task.getFileName(), t);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                String comm = readOrNull(proc.resolve("comm"));
                if (comm == null || !comm.trim().equals("postgres")) continue;
                Long t = cpuTicks(proc);
                if (t != null) ticks.put(POSTGRES + "/p" + proc.getFileName(), t);
            }
        } catch (IOException | RuntimeException e) {
            // no PostgreSQL figures
        }
        return ticks;
    }

    /** The group of one of this JVM's threads, by its name as Linux keeps it (the first 15 characters). */
    static String groupOf(String comm) {
        if (comm.startsWith("till") || comm.startsWith("pool-") || comm.equals("java") || comm.equals("main")
                || comm.startsWith("shopdesk-wal") || comm.startsWith("shopdesk-push")) return TILLS;
        if (comm.startsWith("JettyServerThre") || comm.startsWith("qtp")) return SERVER;
        if (comm.contains("CompilerThre")) return JIT;
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) return GC;
        return OTHER;
    }

    private static String readOrNull(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return null; // the thread or process ended meanwhile
        }
    }

    /** utime + stime of /proc/.../stat, or null. */
    private static Long cpuTicks(Path dir) {
        String stat = readOrNull(dir.resolve("stat"));
        if (stat == null) return null;
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
