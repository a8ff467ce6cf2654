package shopdesk.bench.machine;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How much of the machine the JIT compiler took between {@link #start()} and {@link #share()}: the JVM's total
 * compilation time (elapsed time spent compiling, summed over the compiler threads) over the elapsed time of all
 * cores. An approximation of its CPU share (a compiler thread waiting for a core still counts). On 2 cores a drain
 * measured while C2 still compiles the server's code measures the compiler as much as ShopDesk; the drain's warm-up
 * rounds go on until this share is small.
 */
public final class JitTime {
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    private final long compileMs;
    private final long startNanos;

    private JitTime(long compileMs) {
        this.compileMs = compileMs;
        this.startNanos = System.nanoTime();
    }

    public static JitTime start() {
        return new JitTime(supported() ? JIT.getTotalCompilationTime() : -1);
    }

    /** Compilation time ÷ (elapsed time × cores) since {@link #start()}; NaN when the JVM does not report it. */
    public double share() {
        if (compileMs < 0) return Double.NaN;
        double elapsedMs = (System.nanoTime() - startNanos) / 1e6;
        return (JIT.getTotalCompilationTime() - compileMs) / (elapsedMs * Runtime.getRuntime().availableProcessors());
    }

    private static boolean supported() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported();
    }
}
