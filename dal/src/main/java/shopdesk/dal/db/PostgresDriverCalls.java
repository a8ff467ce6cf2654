package shopdesk.dal.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * PostgreSQL: ShopDesk's statements are planned with their values each time ({@link Database#POSTGRES_PREPARE_THRESHOLD});
 * an insert has no plan to choose, so it is prepared on the server at once and parsed (and, after a few runs,
 * planned) once per connection instead: a pushed batch's inserts are most of the SQL PostgreSQL would parse again.
 */
final class PostgresDriverCalls implements DriverCalls {
    static final DriverCalls INSTANCE = new PostgresDriverCalls();

    @Override
    public void prepared(PreparedStatement ps, boolean insert) throws SQLException {
        if (insert && ps.isWrapperFor(PGStatement.class)) ps.unwrap(PGStatement.class).setPrepareThreshold(1);
    }

    @Override
    public void reset(PreparedStatement ps) {
    }
}
