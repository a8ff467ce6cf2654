package shopdesk.dal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A statement on a hot path: jOOQ renders its SQL once per dialect, from the same typed query the code would
 * otherwise run, and plain JDBC executes it (docs/BENCHMARKS.md has the figures). The template's values are
 * placeholders ({@link #param}), and each execution sets them by placeholder in a {@link JdbcValues}; a
 * {@code DSL.inline} value stays in the SQL. Runs on the caller's transaction connection; engine-specific driver
 * calls are the {@link Dialect}'s. The SQL is cached per dialect: every {@link Database} renders with the same settings.
 */
public final class JdbcStatement {
    private record Rendered(String sql, List<DataType<?>> types, Map<String, Integer> positions, DriverCalls driver) {
        boolean insert() {
            return sql.regionMatches(true, 0, "insert", 0, 6);
        }
    }

    /** No placeholders to set. */
    public static final Consumer<JdbcValues> NO_VALUES = v -> { };

    private final Function<DSLContext, ? extends Query> template;
    private final Map<SQLDialect, Rendered> rendered = new ConcurrentHashMap<>();

    JdbcStatement(Function<DSLContext, ? extends Query> template) {
        this.template = template;
    }

    /** @param template builds the query on the given context, with {@link #param}s for its values; called once per dialect */
    public static JdbcStatement of(Function<DSLContext, ? extends Query> template) {
        return new JdbcStatement(template);
    }

    /** A placeholder for a value of this column, named after it (set it with the column or with this param). */
    public static <T> Param<T> param(Field<T> column) {
        return DSL.param(column.getName(), column.getDataType());
    }

    /** A placeholder of the column's type under another name (a column may need two, or an IN list several). */
    public static <T> Param<T> param(String name, Field<T> like) {
        return DSL.param(name, like.getDataType());
    }

    /** {@code insert into table (columns...) values (...)}, executed with records of the table. */
    public static <R extends org.jooq.Record> JdbcInsert<R> insert(org.jooq.Table<R> table, Field<?>... columns) {
        return new JdbcInsert<>(table, columns);
    }

    /** The SQL this statement runs on the context's dialect (for logs and tests). */
    public String sql(DSLContext tx) {
        return render(tx).sql();
    }

    /** Executes once; returns the update count. */
    public int execute(DSLContext tx, Consumer<JdbcValues> values) {
        Rendered r = render(tx);
        Object[] v = values(r, values);
        if (observed(tx)) return tx.query(r.sql(), jooqValues(r, v)).execute();
        return onConnection(tx, r, c -> {
            try (PreparedStatement ps = prepare(c, r)) {
                bind(ps, r, v);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Executes once per row as one JDBC batch; returns the update counts (a driver may answer
     * {@link java.sql.Statement#SUCCESS_NO_INFO} for a row it changed). No rows run nothing.
     */
    public <T> int[] executeBatch(DSLContext tx, Collection<T> rows, BiConsumer<JdbcValues, T> values) {
        if (rows.isEmpty()) return new int[0];
        Rendered r = render(tx);
        List<Object[]> all = new ArrayList<>(rows.size());
        for (T row : rows) all.add(values(r, v -> values.accept(v, row)));
        if (observed(tx)) {
            var batch = tx.batch(tx.query(r.sql(), jooqValues(r, all.get(0))));
            for (Object[] row : all) batch = batch.bind(jooqValues(r, row));
            return batch.execute();
        }
        return onConnection(tx, r, c -> {
            try (PreparedStatement ps = prepare(c, r)) {
                if (all.size() == 1) {
                    bind(ps, r, all.get(0));
                    return new int[] {ps.executeUpdate()};
                }
                for (Object[] row : all) {
                    bind(ps, r, row);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /** Runs a query and reads every row it answers. */
    public <T> List<T> fetch(DSLContext tx, JdbcRows.Reader<T> reader, Consumer<JdbcValues> values) {
        try (JdbcRows rows = open(tx, 0, values)) {
            List<T> out = new ArrayList<>();
            for (T row = rows.next(reader); row != null; row = rows.next(reader)) out.add(row);
            return out;
        }
    }

    /** Runs a query answering at most one row (e.g. {@code ... returning}) and returns its first column, or null. */
    public Long fetchLong(DSLContext tx, Consumer<JdbcValues> values) {
        try (JdbcRows rows = open(tx, 0, values)) {
            return rows.next(rs -> JdbcRows.nullableLong(rs, 1));
        }
    }

    /**
     * Runs a query and leaves its rows to be read lazily, {@code fetchSize} at a time where the driver streams
     * (PostgreSQL, inside a transaction; 0 for the driver's default).
     */
    public JdbcRows open(DSLContext tx, int fetchSize, Consumer<JdbcValues> values) {
        Rendered r = render(tx);
        Object[] v = values(r, values);
        if (observed(tx)) {
            var cursor = tx.resultQuery(r.sql(), jooqValues(r, v)).fetchSize(fetchSize).fetchLazy();
            return new JdbcRows(r.sql(), cursor.resultSet(), cursor::close);
        }
        ConnectionProvider provider = tx.configuration().connectionProvider();
        Connection c = provider.acquire();
        PreparedStatement ps = null;
        try {
            ps = prepare(c, r);
            bind(ps, r, v);
            if (fetchSize > 0) ps.setFetchSize(fetchSize);
            ResultSet rs = ps.executeQuery();
            PreparedStatement statement = ps;
            return new JdbcRows(r.sql(), rs, () -> {
                try (statement; rs) {
                    // closed in reverse order: the rows, then the statement (back to a cache); then the connection's lease
                } finally {
                    provider.release(c);
                }
            });
        } catch (SQLException e) {
            try {
                if (ps != null) ps.close();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            provider.release(c);
            throw new DataAccessException("SQL [" + r.sql() + "]; " + e.getMessage(), e);
        }
    }

    private Rendered render(DSLContext tx) {
        return rendered.computeIfAbsent(tx.dialect(), d -> {
            Query q = template.apply(tx);
            String sql = tx.renderContext().paramType(ParamType.INDEXED).visit(q).render();
            List<DataType<?>> types = new ArrayList<>();
            Map<String, Integer> positions = new HashMap<>();
            q.getParams().forEach((name, p) -> {
                if (p.isInline()) return; // a DSL.inline value is part of the SQL, not a parameter
                if (!name.equals(p.getParamName()) || positions.put(name, types.size()) != null) {
                    throw new IllegalStateException("Every value of a JdbcStatement is a param of its own name: " + sql);
                }
                types.add(p.getDataType());
            });
            long marks = sql.chars().filter(ch -> ch == '?').count();
            if (marks != types.size()) {
                throw new IllegalStateException("Rendered " + marks + " parameters but the query has " + types.size()
                        + " (a value was inlined or a param used twice?): " + sql);
            }
            return new Rendered(sql, types, Map.copyOf(positions), Dialect.of(d).driver());
        });
    }

    private static Object[] values(Rendered r, Consumer<JdbcValues> values) {
        JdbcValues v = new JdbcValues(r.positions(), r.sql());
        values.accept(v);
        return v.inOrder();
    }

    /**
     * While jOOQ execute listeners are installed (the benchmarks' statement profiles; the application installs
     * none) the same SQL runs through jOOQ's plain-SQL API, so the listeners see and time it like any statement.
     */
    private static boolean observed(DSLContext tx) {
        return tx.configuration().executeListenerProviders().length > 0;
    }

    private static Object[] jooqValues(Rendered r, Object[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) out[i] = DSL.val(values[i], r.types().get(i));
        return out;
    }

    private static void bind(PreparedStatement ps, Rendered r, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + 1;
            if (v == null) ps.setNull(at, r.types().get(i).getSQLType());
            else if (v instanceof String s) ps.setString(at, s);
            else if (v instanceof Long l) ps.setLong(at, l);
            else if (v instanceof Integer n) ps.setInt(at, n);
            else if (v instanceof Boolean b) ps.setBoolean(at, b);
            else throw new IllegalArgumentException("Cannot bind a " + v.getClass().getName() + " (parameter " + at + "): " + r.sql());
        }
    }

    private interface OnConnection<T> {
        T run(Connection c) throws SQLException;
    }

    /** The statement on this connection, as its engine's driver wants it ({@link DriverCalls#prepared}). */
    private static PreparedStatement prepare(Connection c, Rendered r) throws SQLException {
        PreparedStatement ps = c.prepareStatement(r.sql());
        r.driver().prepared(ps, r.insert());
        return ps;
    }

    /** On the transaction's connection, as jOOQ's own statements get it (the provider of a transaction hands it out). */
    private static <T> T onConnection(DSLContext tx, Rendered r, OnConnection<T> work) {
        ConnectionProvider provider = tx.configuration().connectionProvider();
        Connection c = provider.acquire();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + r.sql() + "]; " + e.getMessage(), e);
        } finally {
            provider.release(c);
        }
    }
}
