package shopdesk.bench.drain;

import java.util.Map;

/** The one-till drain on PostgreSQL: bills per second, the CPUs' busy fraction, where the CPU went per bill. */
record OneTillBaseline(double rate, Double busy, Map<String, Double> cpu) {
}
