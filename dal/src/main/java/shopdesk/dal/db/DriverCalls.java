package shopdesk.dal.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What ShopDesk asks of one engine's JDBC driver beyond JDBC itself; {@link Dialect#driver()} gives each engine's. */
interface DriverCalls {
    /** A statement just prepared by {@link JdbcStatement}; {@code insert} tells an insert from the rest. */
    void prepared(PreparedStatement ps, boolean insert) throws SQLException;

    /** A statement going back to a statement cache: whatever the driver keeps of its last run is dropped. */
    void reset(PreparedStatement ps) throws SQLException;

    DriverCalls NONE = new DriverCalls() {
        @Override
        public void prepared(PreparedStatement ps, boolean insert) {
        }

        @Override
        public void reset(PreparedStatement ps) {
        }
    };
}
