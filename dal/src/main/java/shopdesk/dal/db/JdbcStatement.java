package shopdesk.dal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A statement on a hot path: jOOQ renders its SQL once per dialect, from the same typed query the code would
 * otherwise run, and plain JDBC executes it, binding values by position. Measured on the till, jOOQ spends
 * 13-16 µs per execution rendering the query tree and binding through its own layers, plain JDBC on the same
 * cached statement 3 µs; a bill save runs about 10, and the server writes a pushed batch's rows as JDBC
 * batches of one prepared statement instead of rendering (and H2 parsing) one multi-row insert per batch.
 *
 * <p>The template is built with placeholder values ({@code null} or any value of the column's type) in the order
 * the values will be given; every value becomes a {@code ?} (a {@code DSL.inline} one stays in the SQL). Values are bound by their Java type (String, Long,
 * Integer, Boolean; null with the column's SQL type). Runs on the caller's transaction connection. The SQL is
 * cached per dialect, which is sound because every {@link Database} renders with the same {@link Database#settings}.
 */
public final class JdbcStatement {
    private record Rendered(String sql, List<DataType<?>> types) {
        boolean insert() {
            return sql.regionMatches(true, 0, "insert", 0, 6);
        }
    }

    private final Function<DSLContext, ? extends Query> template;
    private final Map<SQLDialect, Rendered> rendered = new ConcurrentHashMap<>();

    private JdbcStatement(Function<DSLContext, ? extends Query> template) {
        this.template = template;
    }

    /** @param template builds the query on the given context; called once per dialect */
    public static JdbcStatement of(Function<DSLContext, ? extends Query> template) {
        return new JdbcStatement(template);
    }

    /** {@code insert into table (columns...) values (?, ...)}: give the values in the columns' order. */
    public static JdbcStatement insert(Table<?> table, Field<?>... columns) {
        List<Object> placeholders = java.util.Collections.nCopies(columns.length, null);
        return new JdbcStatement(tx -> tx.insertInto(table, columns).values(placeholders));
    }

    /** The SQL this statement runs on the context's dialect (for logs and tests). */
    public String sql(DSLContext tx) {
        return render(tx).sql();
    }

    /** Executes once with these values; returns the update count. */
    public int execute(DSLContext tx, Object... values) {
        Rendered r = render(tx);
        if (observed(tx)) return tx.query(r.sql(), jooqValues(r, values)).execute();
        return onConnection(tx, r, c -> {
            try (PreparedStatement ps = prepare(c, r)) {
                bind(ps, r, values);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Executes once per row as one JDBC batch; returns the update counts (a driver may answer
     * {@link java.sql.Statement#SUCCESS_NO_INFO} for a row it changed). An empty list runs nothing.
     */
    public int[] executeBatch(DSLContext tx, List<Object[]> rows) {
        if (rows.isEmpty()) return new int[0];
        Rendered r = render(tx);
        if (observed(tx)) {
            var batch = tx.batch(tx.query(r.sql(), jooqValues(r, rows.get(0))));
            for (Object[] row : rows) batch = batch.bind(jooqValues(r, row));
            return batch.execute();
        }
        return onConnection(tx, r, c -> {
            try (PreparedStatement ps = prepare(c, r)) {
                if (rows.size() == 1) {
                    bind(ps, r, rows.get(0));
                    return new int[] {ps.executeUpdate()};
                }
                for (Object[] row : rows) {
                    bind(ps, r, row);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /** Reads one result row (positioned by the caller; columns by index, from 1). */
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A nullable BIGINT column of the current row (JDBC reads SQL NULL as 0). */
    public static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A nullable INTEGER column of the current row (JDBC reads SQL NULL as 0). */
    public static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Runs a query and reads every row it answers. */
    public <T> List<T> fetch(DSLContext tx, RowReader<T> reader, Object... values) {
        Rendered r = render(tx);
        if (observed(tx)) {
            try (ResultSet rs = tx.resultQuery(r.sql(), jooqValues(r, values)).fetchResultSet()) {
                return readAll(rs, reader);
            } catch (SQLException e) {
                throw new DataAccessException("SQL [" + r.sql() + "]; " + e.getMessage(), e);
            }
        }
        return onConnection(tx, r, c -> {
            try (PreparedStatement ps = prepare(c, r)) {
                bind(ps, r, values);
                try (ResultSet rs = ps.executeQuery()) {
                    return readAll(rs, reader);
                }
            }
        });
    }

    /** A query's rows, read one at a time by a caller that may stop early; close it (it holds a statement). */
    public static final class OpenRows implements AutoCloseable {
        private final String sql;
        private final ResultSet rs;
        private final AutoCloseable resources;

        private OpenRows(String sql, ResultSet rs, AutoCloseable resources) {
            this.sql = sql;
            this.rs = rs;
            this.resources = resources;
        }

        /** Moves to the next row; reads it with {@code reader}, or answers null after the last. */
        public <T> T next(RowReader<T> reader) {
            try {
                return rs.next() ? reader.read(rs) : null;
            } catch (SQLException e) {
                throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                resources.close();
            } catch (Exception e) {
                throw new DataAccessException("SQL [" + sql + "]; closing: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs a query and leaves its rows to be read lazily, {@code fetchSize} at a time where the driver streams
     * (PostgreSQL, inside a transaction).
     */
    public OpenRows open(DSLContext tx, int fetchSize, Object... values) {
        Rendered r = render(tx);
        if (observed(tx)) {
            var cursor = tx.resultQuery(r.sql(), jooqValues(r, values)).fetchSize(fetchSize).fetchLazy();
            return new OpenRows(r.sql(), cursor.resultSet(), cursor::close);
        }
        ConnectionProvider provider = tx.configuration().connectionProvider();
        Connection c = provider.acquire();
        PreparedStatement ps = null;
        try {
            ps = prepare(c, r);
            bind(ps, r, values);
            ps.setFetchSize(fetchSize);
            ResultSet rs = ps.executeQuery();
            PreparedStatement statement = ps;
            return new OpenRows(r.sql(), rs, () -> {
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

    private static <T> List<T> readAll(ResultSet rs, RowReader<T> reader) throws SQLException {
        List<T> out = new java.util.ArrayList<>();
        while (rs.next()) out.add(reader.read(rs));
        return out;
    }

    /** Runs a query answering at most one row (e.g. {@code ... returning}) and returns its first column, or null. */
    public Long fetchLong(DSLContext tx, Object... values) {
        Rendered r = render(tx);
        if (observed(tx)) {
            var row = tx.resultQuery(r.sql(), jooqValues(r, values)).fetchOne();
            return row == null ? null : row.get(0, Long.class);
        }
        return onConnection(tx, r, c -> {
            try (PreparedStatement ps = prepare(c, r)) {
                bind(ps, r, values);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? nullableLong(rs, 1) : null;
                }
            }
        });
    }

    private Rendered render(DSLContext tx) {
        return rendered.computeIfAbsent(tx.dialect(), d -> {
            Query q = template.apply(tx);
            String sql = tx.renderContext().paramType(ParamType.INDEXED).visit(q).render();
            // a DSL.inline value is part of the SQL, not a parameter
            List<DataType<?>> types = q.getParams().values().stream().filter(p -> !p.isInline())
                    .<DataType<?>>map(Param::getDataType).toList();
            long marks = sql.chars().filter(ch -> ch == '?').count();
            if (marks != types.size()) {
                throw new IllegalStateException("Rendered " + marks + " parameters but the query has " + types.size()
                        + " (a value was inlined?): " + sql);
            }
            return new Rendered(sql, types);
        });
    }

    /**
     * While jOOQ execute listeners are installed (the benchmarks' statement profiles; the application installs
     * none) the same SQL runs through jOOQ's plain-SQL API, so the listeners see and time it like any statement.
     */
    private static boolean observed(DSLContext tx) {
        return tx.configuration().executeListenerProviders().length > 0;
    }

    private static Object[] jooqValues(Rendered r, Object[] values) {
        check(r, values);
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) out[i] = DSL.val(values[i], r.types().get(i));
        return out;
    }

    private static void check(Rendered r, Object[] values) {
        if (values.length != r.types().size()) {
            throw new IllegalArgumentException(values.length + " values for " + r.types().size() + " parameters: " + r.sql());
        }
    }

    private static void bind(PreparedStatement ps, Rendered r, Object[] values) throws SQLException {
        check(r, values);
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

    /**
     * The statement on this connection. On PostgreSQL ShopDesk's statements are planned with their values each time
     * ({@link Database#POSTGRES_PREPARE_THRESHOLD}); an insert has no plan to choose, so it is prepared on the server
     * at once and parsed (and, after a few runs, planned) once per connection instead: a pushed batch's multi-row
     * inserts are most of the SQL text PostgreSQL would otherwise parse again for every batch.
     */
    private static PreparedStatement prepare(Connection c, Rendered r) throws SQLException {
        PreparedStatement ps = c.prepareStatement(r.sql());
        if (r.insert() && ps.isWrapperFor(org.postgresql.PGStatement.class)) {
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(1);
        }
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
