package shopdesk.bench.scale;

import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import shopdesk.dal.db.Database;

/** Captures the SQL a service runs (values inlined) so a slow query's SQLite plan can be shown in the report. */
public final class QueryPlans implements ExecuteListener {
    private final List<String> captured = new ArrayList<>();
    private volatile boolean capturing;

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (capturing && ctx.query() != null) captured.add(ctx.dsl().renderInlined(ctx.query()));
    }

    /** Runs the work once and returns the statements it executed. */
    public synchronized List<String> capture(Timed.Query work) throws Exception {
        captured.clear();
        capturing = true;
        try {
            work.run();
        } finally {
            capturing = false;
        }
        return new ArrayList<>(captured);
    }

    /** SQLite's EXPLAIN QUERY PLAN of one statement, one detail per line. */
    public static String explain(Database db, String sql) {
        StringBuilder b = new StringBuilder();
        db.dsl().fetch("explain query plan " + sql).forEach(r -> b.append(r.get("detail")).append('\n'));
        return b.toString();
    }
}
