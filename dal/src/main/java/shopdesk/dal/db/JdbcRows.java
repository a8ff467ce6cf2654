package shopdesk.dal.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/** A query's rows from a {@link JdbcStatement}, read one at a time by a caller that may stop early; close it. */
public final class JdbcRows implements AutoCloseable {
    /** Reads one result row (positioned by the caller; columns by index, from 1). */
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final String sql;
    private final ResultSet rs;
    private final AutoCloseable resources;

    JdbcRows(String sql, ResultSet rs, AutoCloseable resources) {
        this.sql = sql;
        this.rs = rs;
        this.resources = resources;
    }

    /** Moves to the next row; reads it with {@code reader}, or answers null after the last. */
    public <T> T next(Reader<T> reader) {
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
}
