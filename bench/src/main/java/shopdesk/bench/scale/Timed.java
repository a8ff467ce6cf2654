package shopdesk.bench.scale;

import java.util.Arrays;

/**
 * Runs a query a few times and keeps the first (cold) time, the median and the worst of the warm runs. A query
 * whose first run takes over a second gets 3 runs and no extra warm-up, to keep the whole run under 15 minutes.
 */
public record Timed(String name, double firstMs, double medianMs, double maxMs, String result) {

    public interface Query {
        Object run() throws Exception;
    }

    public static Timed of(String name, int runs, Query q) throws Exception {
        long t0 = System.nanoTime();
        Object first = q.run();
        double firstMs = (System.nanoTime() - t0) / 1e6;
        if (firstMs > 1000) runs = 3;
        else for (int i = 0; i < 2; i++) q.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            q.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Timed(name, firstMs, ms[runs / 2], ms[runs - 1], String.valueOf(first));
    }
}
