package shopdesk.dal.db;

class SqliteJdbcStatementTest extends AbstractJdbcStatementTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
