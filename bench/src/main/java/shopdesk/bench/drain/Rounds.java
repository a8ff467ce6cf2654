package shopdesk.bench.drain;

import java.util.ArrayList;
import java.util.List;
import shopdesk.bench.report.Report;

/**
 * Measured rounds of one drain figure: each round one till's whole queue drained, then the server database's own
 * bill rate right after it, so the two are measured in the same state of the JVM. Judged on the medians: on 2 cores
 * one short sample measures the JIT compiler as much as ShopDesk (a profile of a drain after 2,000 warm-up bills
 * put half of the process's CPU in C2, and the database baseline itself rose 1,500 to 2,950 bills/s over ten
 * repetitions in one process).
 */
final class Rounds {
    record Round(double drain, double dbRate, double jit) {
        double ratio() {
            return drain / dbRate;
        }
    }

    private final List<Round> rounds = new ArrayList<>();

    /** @param jit the JIT compiler's share of the machine's CPU during the drain (NaN when unknown) */
    void add(double drain, double dbRate, double jit) {
        rounds.add(new Round(drain, dbRate, jit));
    }

    List<Round> all() {
        return rounds;
    }

    double medianDrain() {
        return median(rounds.stream().mapToDouble(Round::drain).toArray());
    }

    double medianDbRate() {
        return median(rounds.stream().mapToDouble(Round::dbRate).toArray());
    }

    /** The median drain ÷ the median database rate: what the target is judged on. */
    double ratio() {
        return medianDrain() / medianDbRate();
    }

    /** "round 1 1,467 ÷ 2,179 = 0.67; round 2 ...": every round's drain, database rate and ratio. */
    String describe() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            b.append(i == 0 ? "" : "; ").append("round ").append(i + 1).append(' ').append(Report.f0(r.drain()))
                    .append(" ÷ ").append(Report.f0(r.dbRate())).append(" = ").append(Report.f2(r.ratio()));
            if (!Double.isNaN(r.jit())) b.append(" (JIT ").append(Report.percent(r.jit())).append(')');
        }
        return b.toString();
    }

    /** The element whose {@code key} is the median (the upper middle one of an even count); the list is not changed. */
    static <T> T medianBy(List<T> items, java.util.function.ToDoubleFunction<T> key) {
        if (items.isEmpty()) throw new IllegalStateException("no rounds measured");
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparingDouble(key));
        return sorted.get(sorted.size() / 2);
    }

    static double median(double[] values) {
        if (values.length == 0) throw new IllegalStateException("no rounds measured");
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
