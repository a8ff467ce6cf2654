package shopdesk.bench.machine;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Waits until the JIT compiler has gone quiet: one phase's compilations (say, ringing up a till's 10,000 bills
 * in this JVM) then do not run during the next phase's measurement on a 2-core machine. What the measured phase
 * itself makes the JIT compile still counts.
 */
public final class JitSettle {
    private static final long QUIET_MS = 300;

    private JitSettle() {
    }

    /** @return milliseconds waited (at most {@code maxMs}), or -1 when the JVM does not report compilation time */
    public static long await(long maxMs) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) return -1;
        long start = System.currentTimeMillis();
        long last = jit.getTotalCompilationTime();
        long quietSince = start;
        while (System.currentTimeMillis() - start < maxMs) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = jit.getTotalCompilationTime();
            if (now != last) {
                last = now;
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince >= QUIET_MS) {
                break;
            }
        }
        return System.currentTimeMillis() - start;
    }
}
