package shopdesk.bench.billsave;

import static shopdesk.bench.report.Report.f2;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the statements a service runs and the time the database spends on them (from just before execute to
 * just after), grouped by SQL shape, so the report can say where a bill's time goes.
 */
public final class StatementProfile implements ExecuteListener {
    /** Per SQL shape: how often, and nanoseconds in execute. */
    public static final class Shape {
        public long count;
        public long nanos;
    }

    private final Map<String, Shape> shapes = new LinkedHashMap<>();
    private long started;
    private long statements;

    @Override
    public synchronized void executeStart(ExecuteContext ctx) {
        started = System.nanoTime();
    }

    @Override
    public synchronized void executeEnd(ExecuteContext ctx) {
        long t = System.nanoTime() - started;
        String sql = ctx.sql() == null ? String.valueOf(ctx.query()) : ctx.sql();
        String key = sql.length() > 90 ? sql.substring(0, 90) + "…" : sql;
        Shape s = shapes.computeIfAbsent(key, k -> new Shape());
        s.count++;
        s.nanos += t;
        statements++;
    }

    public synchronized long statements() {
        return statements;
    }

    public synchronized long executeNanos() {
        return shapes.values().stream().mapToLong(s -> s.nanos).sum();
    }

    public synchronized Map<String, Shape> shapes() {
        return new LinkedHashMap<>(shapes);
    }

    /** A Markdown table of the statements per {@code units} (bills), headed by {@code heading}. */
    public String table(String heading, long units) {
        StringBuilder b = new StringBuilder("| " + heading + " | Count per bill | ms per bill |\n|---|---|---|\n");
        for (Map.Entry<String, Shape> e : shapes().entrySet()) {
            b.append("| `").append(e.getKey().replace("|", "\\|").replace("`", "'")).append("` | ")
                    .append(f2((double) e.getValue().count / units)).append(" | ")
                    .append(f2(e.getValue().nanos / 1e6 / units)).append(" |\n");
        }
        return b.toString();
    }

    public synchronized void reset() {
        shapes.clear();
        statements = 0;
    }
}
