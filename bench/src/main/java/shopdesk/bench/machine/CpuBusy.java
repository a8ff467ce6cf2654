package shopdesk.bench.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the whole machine's CPUs were between {@link #start()} and {@link #busy()}: every process, PostgreSQL's
 * included, from the first line of /proc/stat (Linux). On another system the fraction is NaN.
 */
public final class CpuBusy {
    private final long[] start;

    private CpuBusy(long[] start) {
        this.start = start;
    }

    public static CpuBusy start() {
        return new CpuBusy(read());
    }

    /** Fraction of all CPU time since {@link #start()} not idle (0..1), or NaN when unknown. */
    public double busy() {
        long[] now = read();
        if (start == null || now == null || now[0] == start[0]) return Double.NaN;
        return 1.0 - (double) (now[1] - start[1]) / (now[0] - start[0]);
    }

    /** {total ticks, idle + iowait ticks}, or null. */
    private static long[] read() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) total += Long.parseLong(f[i]);
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
